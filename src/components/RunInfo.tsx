/** About this run: what determines it, and the hash that proves two runs are the same. */

import { memo, useMemo, useState } from 'react'
import { useAppStore } from '../store/context'
import { describeInput } from '../scenario/describe-input'
import type { AppState } from '../store/app-store'
import type { Input } from '../scenario/types'
import { formatTime } from './format'
import { t } from '../i18n'
import { CompactLabel } from './CompactLabel'

// The cursor only matters while paused (the hash is not shown while playing): no render a frame.
const selector = (s: AppState) => ({
  scenario: s.scenario,
  timeline: s.timeline,
  cursor: s.playing ? null : s.cursor,
  playing: s.playing,
})

/** A scenario may hold thousands of inputs; the file and the link hold them all. */
const SHOWN_INPUTS = 200

export function RunInfo() {
  const { scenario, timeline, cursor, playing } = useAppStore(selector)
  const [open, setOpen] = useState(false)
  // Hashing up to the cursor costs a little; while playing, the number would only flicker.
  const hash = useMemo(
    () => (playing || !open || cursor === null ? null : timeline.traceHashAt(cursor)),
    [timeline, cursor, playing, open],
  )
  return (
    <details className="run-info" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-label={t('runInfo.title')}>
        <CompactLabel text={t('runInfo.title')} glyph="i" />
      </summary>
      <dl>
        <dt>{t('protocol.label')}</dt>
        <dd>{scenario.protocol}</dd>
        <dt>{t('params.nodes')}</dt>
        <dd>{scenario.nodes}</dd>
        <dt>{t('params.seed')}</dt>
        <dd>{scenario.seed}</dd>
        {scenario.variant === undefined ? null : (
          <>
            <dt>{t('runInfo.variant')}</dt>
            <dd>{scenario.variant}</dd>
          </>
        )}
        <dt>{t('runInfo.inputs')}</dt>
        <dd>{open ? <InputList inputs={scenario.inputs} /> : scenario.inputs.length}</dd>
        <dt>{t('runInfo.traceHash')}</dt>
        <dd aria-label={t('runInfo.traceHash')}>{hash ?? '…'}</dd>
      </dl>
    </details>
  )
}

const InputList = memo(function InputList({ inputs }: { inputs: readonly Input[] }) {
  if (inputs.length === 0) return t('runInfo.none')
  return (
    <>
      <ol className="run-inputs" aria-label={t('runInfo.inputs')}>
        {inputs.slice(0, SHOWN_INPUTS).map((input, i) => (
          <li key={i}>
            <span className="run-input-at">{formatTime(input.at)}</span> {describeInput(input)}
          </li>
        ))}
      </ol>
      {inputs.length > SHOWN_INPUTS && (
        <p className="hint">{t('runInfo.more', { count: inputs.length - SHOWN_INPUTS })}</p>
      )}
    </>
  )
})
