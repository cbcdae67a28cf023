/**
 * Checks, live: the protocol's safety properties after every step, and linearizability of
 * the client history at the cursor. A violation is said in one plain sentence with why it
 * matters, and a button goes to the moment it happened. A broken variant says what it broke.
 */

import { explainViolation, variantStory } from '../app/explain'
import { formatTime } from './format'
import { historyAt } from '../store/live-checks'
import { promisesLinearizability } from '../protocols/registry'
import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'
import type { HistoryAtCursor } from '../store/live-checks'
import { t } from '../i18n'
import './checks.css'

const selector = (s: AppState) => ({
  protocol: s.scenario.protocol,
  variant: s.scenario.variant,
  violations: s.timeline.violations().countUntil(s.cursor),
  timeline: s.timeline,
  history: historyAt(s.timeline, s.world, s.cursor),
  promised: promisesLinearizability(s.scenario),
  goToEvent: s.goToEvent,
})

/** How many violations are listed; the count says if there were more. */
const SHOWN = 4

export function ChecksPanel() {
  const s = useAppStore(selector)
  const story = variantStory(s.protocol, s.variant)
  const found = s.timeline.violations().all.slice(0, Math.min(s.violations, SHOWN))
  return (
    <section className="panel checks" aria-label={t('checks.title')}>
      <h2>{t('checks.title')}</h2>
      {story !== null && (
        <div className="variant-story">
          <strong>{t('checks.brokenOnPurpose', { title: story.title })}</strong> {story.explanation}
        </div>
      )}
      {s.violations === 0 ? (
        <p className="check-ok">✓ {t('checks.allHold')}</p>
      ) : (
        <div className="check-fail" role="status">
          <p>✗ {t('checks.violations', { count: s.violations })}</p>
          <ul>
            {found.map((v) => (
              <li key={v.index}>
                <button type="button" className="link-button" onClick={() => s.goToEvent(v.index)}>
                  {formatTime(v.t)}
                </button>{' '}
                <strong>{v.invariant}.</strong>{' '}
                {explainViolation(s.protocol, v.invariant, v.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <HistoryVerdict history={s.history} promised={s.promised} />
    </section>
  )
}

function HistoryVerdict({ history, promised }: { history: HistoryAtCursor; promised: boolean }) {
  const { check } = history
  if (check === null && history.history.length > 0) {
    // Transactions over several keys: not a register history the checker reads.
    return <p className="hint">{t('checks.notRegister', { count: history.history.length })}</p>
  }
  if (check === null) return <p className="hint">{t('clients.none')}</p>
  const n = check.ops.length
  const verdict = check.result.linearizable
  if (verdict === true) {
    return <p className="check-ok">✓ {t('checks.linearizable', { count: n })}</p>
  }
  if (verdict === 'unknown') {
    return <p className="hint">{t('checks.tooLong', { count: n })}</p>
  }
  const stuck = check.result.explanation?.stuck ?? []
  const names = stuck.map((id) => describeOp(history, id)).join('; ')
  return (
    <p className={promised ? 'check-fail' : 'check-allowed'} role="status">
      ✗ {t('checks.notLinearizable', { names })}
      {!promised && <> {t('checks.notPromised')}</>}
    </p>
  )
}

export function describeOp(history: HistoryAtCursor, id: number): string {
  const h = history.history[id]
  if (h === undefined) return t('checks.operation', { id })
  const what =
    h.op === 'get'
      ? `get ${h.key} → ${h.output ?? t('checks.nothing')}`
      : `${h.op} ${h.key}=${h.value ?? ''}`
  return `${what} (${h.client}, ${formatTime(h.invokedAt)})`
}
