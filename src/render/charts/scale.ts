/**
 * Scales and ticks for the charts: pure arithmetic, so the layout can be tested in Node.
 * Ticks fall on round numbers (1, 2, 5 × 10ⁿ; minutes and seconds on the time axis).
 */

export interface Scale {
  (value: number): number
  invert(px: number): number
}

export interface Tick {
  readonly value: number
  readonly label: string
}

/** Maps [d0, d1] onto [r0, r1] in a straight line; a zero-width domain maps to r0. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0)
  const scale = (v: number) => r0 + (v - d0) * k
  scale.invert = (px: number) => (k === 0 ? d0 : d0 + (px - r0) / k)
  return scale
}

/** Maps [d0, d1] (both > 0) onto [r0, r1] by logarithm; values below d0 clamp to it. */
export function logScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const inner = linearScale(Math.log10(d0), Math.log10(d1), r0, r1)
  const scale = (v: number) => inner(Math.log10(Math.max(v, d0)))
  scale.invert = (px: number) => 10 ** inner.invert(px)
  return scale
}

/** The smallest step of 1, 2 or 5 × 10ⁿ (at least `least`) that cuts `span` into at most `count` parts. */
export function niceStep(span: number, count: number, least = 0): number {
  const rough = Math.max(span / Math.max(count, 1), least, Number.MIN_VALUE)
  const power = 10 ** Math.floor(Math.log10(rough))
  for (const m of [1, 2, 5, 10]) if (m * power >= rough) return Math.max(m * power, least)
  return 10 * power
}

/**
 * A value axis from 0: its top rounded up to a whole step, and the ticks. Counts (terms,
 * indexes, messages) take whole steps only.
 */
export function valueTicks(
  max: number,
  count: number,
  whole: boolean,
): { readonly max: number; readonly ticks: readonly Tick[] } {
  const top = max > 0 ? max : 1
  const step = niceStep(top, count, whole ? 1 : 0)
  const ceiling = Math.ceil(top / step - 1e-9) * step
  const ticks: Tick[] = []
  for (let i = 0; i * step <= ceiling + step / 1e6; i++) {
    const value = round(i * step)
    ticks.push({ value, label: formatNumber(value) })
  }
  return { max: ceiling, ticks }
}

/** Decade ticks for a latency axis from lo to hi (powers of ten). */
export function logTicks(lo: number, hi: number): Tick[] {
  const ticks: Tick[] = []
  for (let v = lo; v <= hi * 1.0001; v *= 10) ticks.push({ value: v, label: formatMs(v) })
  return ticks
}

/** The decades that hold every value (at least one decade, from 1 ms). */
export function decadesOf(values: Iterable<number>): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (const v of values) {
    lo = Math.min(lo, v)
    hi = Math.max(hi, v)
  }
  if (lo > hi) return [10, 1000]
  const bottom = 10 ** Math.floor(Math.log10(Math.max(lo, 1)))
  const top = 10 ** Math.ceil(Math.log10(Math.max(hi, bottom * 10)))
  return [bottom, top]
}

/** Round durations in ms: decimal below a minute, then what clocks show. */
export const ROUND_DURATIONS_MS: readonly number[] = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000,
  300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 18_000_000, 36_000_000,
]
/** Below this span the time axis counts seconds, above it minutes. */
const MINUTES_FROM_MS = 120_000

/** Ticks from 0 to endMs, at most `count` of them, labelled with their unit. */
export function timeTicks(endMs: number, count: number): Tick[] {
  const parts = Math.max(count - 1, 1)
  const step = ROUND_DURATIONS_MS.find((s) => endMs / s <= parts) ?? ROUND_DURATIONS_MS.at(-1)!
  const minutes = endMs > MINUTES_FROM_MS
  const unitMs = minutes ? 60_000 : 1000
  const decimals = Math.max(0, Math.ceil(-Math.log10(step / unitMs) - 1e-9))
  const suffix = minutes ? ' min' : ' s'
  const ticks: Tick[] = []
  for (let t = 0; t <= endMs; t += step) {
    ticks.push({ value: t, label: (t / unitMs).toFixed(decimals) + suffix })
  }
  return ticks
}

/** A time for reading aloud or in a tooltip: `1.234 s`, `12 min 5 s`. */
export function formatTime(ms: number): string {
  if (ms < MINUTES_FROM_MS) return `${(ms / 1000).toFixed(ms < 10_000 ? 3 : 1)} s`
  const minutes = Math.floor(ms / 60_000)
  return `${minutes} min ${Math.floor((ms - minutes * 60_000) / 1000)} s`
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${formatNumber(ms / 1000)} s` : `${formatNumber(ms)} ms`
}

function formatNumber(v: number): string {
  return String(round(v))
}

/** Removes binary noise (0.30000000000000004) from tick values. */
function round(v: number): number {
  return Math.round(v * 1e9) / 1e9
}
