/**
 * Fitting long series to a few hundred pixels: a step line keeps at most a few points per
 * pixel column, message counts are summed into bins at least a few pixels wide, and dots
 * that land on the same spot are drawn once. D3 draws what this leaves; pure, so tested
 * in Node.
 */

/** Round durations in ms for bins: decimal below a minute, then what clocks show. */
export const ROUND_DURATIONS_MS: readonly number[] = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000,
  300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 18_000_000, 36_000_000,
]

/** A value that changes in steps (the series' StepSeries): NaN values are gaps. */
export interface Steps {
  readonly length: number
  timeAt(i: number): number
  valueAt(i: number): number
}

/** A point of a step line: x in px, the value that holds from there on (NaN: a gap). */
export interface StepPoint {
  readonly x: number
  readonly value: number
}

/**
 * The points of a step line from its first change to endMs, for d3's curveStepAfter.
 * Changes that fall in one pixel column keep only their lowest, highest and last values:
 * one vertical stroke over their range. A NaN (a crashed node) ends the line where it
 * happened; the next value starts it again.
 */
export function stepPoints(steps: Steps, x: (t: number) => number, endMs: number): StepPoint[] {
  const out: StepPoint[] = []
  let column = NaN
  let low = 0
  let high = 0
  let last = NaN
  const push = (px: number, value: number) => {
    const prev = out.at(-1)
    if (prev === undefined || prev.x !== px || !Object.is(prev.value, value)) {
      out.push({ x: px, value })
    }
  }
  const flush = () => {
    if (Number.isNaN(column)) return
    for (const v of [low, high, last]) push(column, v)
  }
  for (let i = 0; i < steps.length; i++) {
    const t = steps.timeAt(i)
    if (t > endMs) break
    const px = Math.round(x(t))
    const value = steps.valueAt(i)
    if (px === column && !Number.isNaN(value)) {
      low = Math.min(low, value)
      high = Math.max(high, value)
      last = value
      continue
    }
    flush()
    if (Number.isNaN(value)) {
      // The line runs on at its last value up to the gap, then breaks.
      if (!Number.isNaN(column)) push(px, last)
      push(px, NaN)
      column = NaN
      continue
    }
    column = px
    low = high = last = value
  }
  if (!Number.isNaN(column)) {
    flush()
    push(round1(x(endMs)), last)
  }
  return out
}

export interface Bin {
  readonly fromMs: number
  readonly toMs: number
  /** Messages per second sent in the bin, and of those how many per second were lost. */
  readonly sentPerS: number
  readonly lostPerS: number
}

/**
 * Sums per-bucket counts into bins wide enough to see (at least minPx each), as rates.
 * Only buckets that end by endMs count: a bucket still open would read as a dip, and the
 * trace beyond the end must not show.
 */
export function binCounts(
  sent: readonly number[],
  lost: readonly number[],
  bucketMs: number,
  endMs: number,
  widthPx: number,
  minPx = 3,
): { readonly binMs: number; readonly bins: readonly Bin[] } {
  const wanted = (endMs * minPx) / Math.max(widthPx, 1)
  const fits = ROUND_DURATIONS_MS.filter((d) => d >= bucketMs && d % bucketMs === 0)
  const binMs = fits.find((d) => d >= wanted) ?? fits.at(-1) ?? bucketMs
  const per = binMs / bucketMs
  const complete = Math.floor(endMs / bucketMs + 1e-9)
  const bins: Bin[] = []
  for (let first = 0; first < complete; first += per) {
    const last = Math.min(first + per, complete)
    let s = 0
    let l = 0
    for (let b = first; b < last; b++) {
      s += sent[b] ?? 0
      l += lost[b] ?? 0
    }
    const seconds = ((last - first) * bucketMs) / 1000
    bins.push({
      fromMs: first * bucketMs,
      toMs: last * bucketMs,
      sentPerS: s / seconds,
      lostPerS: l / seconds,
    })
  }
  return { binMs, bins }
}

export interface Dot {
  readonly x: number
  readonly y: number
}

/** Dots snapped to a grid of cellPx, each cell once, in the order first seen. */
export function onePerCell(dots: Iterable<Dot>, cellPx = 1): Dot[] {
  const seen = new Set<number>()
  const out: Dot[] = []
  for (const d of dots) {
    const x = Math.round(d.x / cellPx) * cellPx
    const y = Math.round(d.y / cellPx) * cellPx
    const key = x * 100_003 + y
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ x, y })
  }
  return out
}

function round1(v: number): number {
  return Math.round(v * 10) / 10
}
