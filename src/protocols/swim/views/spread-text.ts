/**
 * The dissemination tab in words: how far the news of a failure (or a rumour) had spread
 * and when, next to what the model predicts, for the summary under the chart and the
 * chart's accessible name.
 */

import { t } from '../../../i18n'
import { formatMs, formatTime } from '../../../render/charts/time-format'
import {
  timeToReach,
  type FailureSpread,
  type RumourSpread,
  type SpreadPoint,
} from '../dissemination'
import type { Curve } from '../epidemic'

const percent = (v: number) => `${Math.round(v * 100)}%`
/** A duration to the ms: `868 ms`, `1.271 s`. */
const duration = (ms: number) => formatMs(Math.round(ms))

/** The value of a step series at t (0 before its first point). */
export function valueAt(points: readonly SpreadPoint[], atMs: number): number {
  let value = 0
  for (const p of points) {
    if (p.t > atMs) break
    value = p.value
  }
  return value
}

/** `half 1.3 s after the first (model 1.3 s), 90% after 1.8 s (model 1.9 s)`, as far as reached. */
export function quantilesText(
  points: readonly SpreadPoint[],
  startMs: number,
  model: Curve,
): string {
  const parts = [0.5, 0.9].map((q) => {
    const at = timeToReach(points, q)
    const vars = { share: percent(q), model: duration(model.timeTo(q)) }
    return at === null
      ? t('swim.views.spread.notYet', vars)
      : t('swim.views.spread.reached', { ...vars, after: duration(at - startMs) })
  })
  return parts.join(', ')
}

export function failureLines(s: FailureSpread, model: { suspect: Curve; dead: Curve }): string[] {
  const lines = [t('swim.views.spread.crashed', { node: s.node, at: formatTime(s.crashedAt) })]
  if (s.firstSuspect === null) {
    lines.push(t('swim.views.spread.noSuspicion'))
    return lines
  }
  lines.push(
    t('swim.views.spread.suspected', {
      after: duration(s.firstSuspect - s.crashedAt),
      live: s.observers,
      quantiles: quantilesText(s.suspect, s.firstSuspect, model.suspect),
    }),
  )
  if (s.firstDead === null) return lines
  lines.push(
    t('swim.views.spread.declared', {
      at: formatTime(s.firstDead),
      quantiles: quantilesText(s.dead, s.firstDead, model.dead),
    }),
  )
  if (s.allDead !== null) {
    lines.push(
      t('swim.views.spread.detected', {
        at: formatTime(s.allDead),
        took: duration(s.allDead - s.crashedAt),
      }),
    )
  }
  return lines
}

export function rumourLines(s: RumourSpread, model: Curve): string[] {
  if (s.startedAt === null) return [t('swim.views.spread.noRumour', { version: s.version })]
  const lines = [
    t('swim.views.spread.rumour', {
      version: s.version,
      at: formatTime(s.startedAt),
      members: s.members,
      quantiles: quantilesText(s.points, s.startedAt, model),
    }),
  ]
  const all = timeToReach(s.points, 1)
  if (all !== null)
    lines.push(t('swim.views.spread.everyone', { after: duration(all - s.startedAt) }))
  return lines
}

/** What the chart says at the cursor: `suspect or dead 40%, dead 0%`. */
export function atCursorText(
  series: readonly { label: string; points: readonly SpreadPoint[] }[],
  cursor: number,
): string {
  return series.map((s) => `${s.label} ${percent(valueAt(s.points, cursor))}`).join(', ')
}
