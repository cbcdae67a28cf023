/**
 * Columns of numbers for the indexes over long traces (the trace's own, from sim/), and
 * binary searches over any sorted run of numbers.
 */

import { IntColumn } from '../sim/trace-columns'

export { ByteColumn, FloatColumn, IntColumn, SmallColumn, TimeColumn } from '../sim/trace-columns'

/** An array of numbers read as a column, for the binary searches below. */
export const arrayColumn = (list: readonly number[]) => ({ get: (i: number) => list[i]! })

/** The first index in [lo, hi) whose value is >= x, for a column sorted ascending there. */
export function lowerBound(col: { get(i: number): number }, lo: number, hi: number, x: number) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (col.get(mid) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first index in [lo, hi) whose value is > x, for a column sorted ascending there. */
export function upperBound(col: { get(i: number): number }, lo: number, hi: number, x: number) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (col.get(mid) <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * A by-id column of trace entry numbers as it was after the first `count` entries: its
 * first `n` cells, those at or past `count` read as -1 (the entry came later).
 */
export function entriesBefore(col: IntColumn, n: number, count: number): IntColumn {
  const copy = col.copy(n)
  for (let i = 0; i < copy.length; i++) if (copy.get(i) >= count) copy.set(i, -1)
  return copy
}
