/** About this run: what determines it, and the hash that proves two runs are the same. */

import { useMemo } from 'react'
import { useAppStore } from '../store/context'
import { describeAction } from '../store/branches'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => ({
  scenario: s.scenario,
  timeline: s.timeline,
  cursor: s.cursor,
  playing: s.playing,
})

export function RunInfo() {
  const { scenario, timeline, cursor, playing } = useAppStore(selector)
  // Hashing up to the cursor costs a little; while playing, the number would only flicker.
  const hash = useMemo(
    () => (playing ? null : timeline.traceHashAt(cursor)),
    [timeline, cursor, playing],
  )
  return (
    <details className="run-info">
      <summary>About this run</summary>
      <dl>
        <dt>Protocol</dt>
        <dd>{scenario.protocol}</dd>
        <dt>Nodes</dt>
        <dd>{scenario.nodes}</dd>
        <dt>Seed</dt>
        <dd>{scenario.seed}</dd>
        {scenario.variant === undefined ? null : (
          <>
            <dt>Variant</dt>
            <dd>{scenario.variant}</dd>
          </>
        )}
        <dt>Inputs</dt>
        <dd>
          {scenario.inputs.length === 0 ? (
            'none'
          ) : (
            <ol className="run-inputs" aria-label="Inputs">
              {scenario.inputs.map((input, i) => (
                <li key={i}>
                  <span className="run-input-at">{(input.at / 1000).toFixed(3)} s</span>{' '}
                  {describeAction(input)}
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt>Trace hash</dt>
        <dd aria-label="Trace hash">{hash ?? '…'}</dd>
      </dl>
    </details>
  )
}
