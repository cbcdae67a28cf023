/**
 * Fitting long series to a few hundred pixels: a step line keeps at most a few path
 * commands per pixel column, message counts are summed into bars at least a few pixels
 * wide, and dots that land on the same spot are drawn once. Pure, so tested in Node.
 */

import { ROUND_DURATIONS_MS, type Scale } from './scale'

/** A value that changes in steps (the series' StepSeries): NaN values are gaps. */
export interface Steps {
  readonly length: number
  timeAt(i: number): number
  valueAt(i: number): number
}

/**
 * The SVG path of a step line from its first point to endMs, shifted down by dyPx.
 * Changes that fall in one pixel column become one vertical stroke over their range.
 */
export function stepPath(steps: Steps, x: Scale, y: Scale, endMs: number, dyPx = 0): string {
  const out: string[] = []
  let column = NaN
  let level = NaN
  let low = 0
  let high = 0
  let drawing = false
  const flush = () => {
    if (!drawing) return
    out.push(`H${column}`)
    for (const v of [low, high, level]) out.push(`V${v}`)
  }
  for (let i = 0; i < steps.length; i++) {
    const t = steps.timeAt(i)
    if (t > endMs) break
    const px = Math.round(x(t))
    const value = steps.valueAt(i)
    if (Number.isNaN(value)) {
      flush()
      if (drawing) out.push(`H${px}`)
      drawing = false
      continue
    }
    const py = round1(y(value) + dyPx)
    if (drawing && px === column) {
      low = Math.min(low, py)
      high = Math.max(high, py)
      level = py
      continue
    }
    if (drawing) flush()
    else out.push(`M${px},${py}`)
    drawing = true
    column = px
    low = high = level = py
  }
  if (drawing) {
    flush()
    out.push(`H${round1(x(endMs))}`)
  }
  return dropRepeats(out)
}

/** Removes moves that go nowhere (to where the pen already is). */
function dropRepeats(commands: string[]): string {
  let d = ''
  let x = ''
  let y = ''
  for (const c of commands) {
    const to = c.slice(1)
    if (c[0] === 'M') [x, y] = to.split(',') as [string, string]
    else if (c[0] === 'H') {
      if (to === x) continue
      x = to
    } else {
      if (to === y) continue
      y = to
    }
    d += c
  }
  return d
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
