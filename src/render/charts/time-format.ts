/**
 * Time as the charts and the space-time diagram write it. Times are virtual ms from 0, not
 * dates, so d3-time-format does not fit: the axis counts in ms, s or min, picked by the
 * span shown, and d3-scale places round ticks in that unit and says how many decimals
 * they need.
 */

import { scaleLinear } from 'd3-scale'
import { localDecimals } from '../../i18n/numbers'

export interface Tick {
  readonly value: number
  readonly label: string
}

/** Below this span a time axis counts seconds, from it minutes. */
const MINUTES_FROM_MS = 120_000

/** The unit an axis over [fromMs, toMs] counts in: minutes for long spans, ms near 0. */
function unitOf(fromMs: number, toMs: number): { readonly ms: number; readonly name: string } {
  if (toMs - fromMs >= MINUTES_FROM_MS) return { ms: 60_000, name: 'min' }
  return toMs >= 1000 ? { ms: 1000, name: 's' } : { ms: 1, name: 'ms' }
}

/** Round ticks over [fromMs, toMs], at most `maxCount`, labelled with their unit. */
export function timeTicks(fromMs: number, toMs: number, maxCount: number): Tick[] {
  const unit = unitOf(fromMs, toMs)
  const scale = scaleLinear().domain([fromMs / unit.ms, toMs / unit.ms])
  // d3 takes the count as a hint and may give up to about half as many again.
  let count = Math.max(1, maxCount)
  let values = scale.ticks(count)
  while (values.length > maxCount && count > 1) values = scale.ticks(--count)
  // 'f': fixed decimals, as many as the step needs, and no thousands separator.
  const format = scale.tickFormat(count, 'f')
  return values.map((v) => ({
    value: v * unit.ms,
    label: `${localDecimals(format(v))} ${unit.name}`,
  }))
}

/** A time for reading aloud or in a tooltip: `1.234 s`, `12 min 5 s`. */
export function formatTime(ms: number): string {
  if (ms < MINUTES_FROM_MS) {
    // Whole milliseconds first, half up, as the clock and the timeline slider round.
    const whole = Math.round(ms)
    return `${localDecimals((whole / 1000).toFixed(whole < 10_000 ? 3 : 1))} s`
  }
  const minutes = Math.floor(ms / 60_000)
  return `${minutes} min ${Math.floor((ms - minutes * 60_000) / 1000)} s`
}

/** A duration: `40 ms`, `2.5 s`. */
export function formatMs(ms: number): string {
  return ms >= 1000
    ? `${localDecimals(String(round(ms / 1000)))} s`
    : `${localDecimals(String(round(ms)))} ms`
}

/** Removes binary noise (0.30000000000000004). */
function round(v: number): number {
  return Math.round(v * 1e9) / 1e9
}
