/**
 * Checks, live: the protocol's safety properties after every step, and linearizability of
 * the client history at the cursor. A violation is said in one plain sentence with why it
 * matters, and a button goes to the moment it happened. A broken variant says what it broke.
 */

import { explainViolation, variantStory } from '../app/explain'
import { formatTime } from './format'
import { historyAt } from '../store/live-checks'
import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'
import type { HistoryAtCursor } from '../store/live-checks'
import './checks.css'

const selector = (s: AppState) => ({
  protocol: s.scenario.protocol,
  variant: s.scenario.variant,
  violations: s.timeline.violations().countUntil(s.cursor),
  timeline: s.timeline,
  history: historyAt(s.timeline, s.world, s.cursor),
  goToEvent: s.goToEvent,
})

/** How many violations are listed; the count says if there were more. */
const SHOWN = 4

export function ChecksPanel() {
  const s = useAppStore(selector)
  const story = variantStory(s.protocol, s.variant)
  const found = s.timeline.violations().all.slice(0, Math.min(s.violations, SHOWN))
  return (
    <section className="panel checks" aria-label="Checks">
      <h2>Checks</h2>
      {story !== null && (
        <div className="variant-story">
          <strong>Broken on purpose: {story.title}.</strong> {story.explanation}
        </div>
      )}
      {s.violations === 0 ? (
        <p className="check-ok">✓ Every safety property holds so far.</p>
      ) : (
        <div className="check-fail" role="status">
          <p>
            ✗ {s.violations === 1 ? 'A safety property broke' : `${s.violations} safety violations`}{' '}
            so far:
          </p>
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
      <HistoryVerdict history={s.history} />
    </section>
  )
}

function HistoryVerdict({ history }: { history: HistoryAtCursor }) {
  const { check } = history
  if (check === null) return <p className="hint">No client operations yet.</p>
  const n = check.ops.length
  const verdict = check.result.linearizable
  if (verdict === true) {
    return <p className="check-ok">✓ The client history ({n} operations) is linearizable.</p>
  }
  if (verdict === 'unknown') {
    return <p className="hint">The client history ({n} operations) took too long to check.</p>
  }
  const stuck = check.result.explanation?.stuck ?? []
  const names = stuck.map((id) => describeOp(history, id)).join('; ')
  return (
    <p className="check-fail" role="status">
      ✗ The client history is not linearizable: no order of the operations agrees with what the
      clients saw. Nothing can come next after the longest ordering found: {names}.
    </p>
  )
}

export function describeOp(history: HistoryAtCursor, id: number): string {
  const h = history.history[id]
  if (h === undefined) return `operation ${id}`
  const what =
    h.op === 'get'
      ? `get ${h.key} → ${h.output ?? '(nothing)'}`
      : `${h.op} ${h.key}=${h.value ?? ''}`
  return `${what} (${h.client}, ${formatTime(h.invokedAt)})`
}
