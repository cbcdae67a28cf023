/** Finding events in the trace by time: the trace is in time order, so search it. */

import type { TraceEntry } from '../sim/trace'

/** The time of the last trace entry strictly before t, or null when there is none. */
export function previousEventTime(trace: readonly TraceEntry[], t: number): number | null {
  let lo = 0
  let hi = trace.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (trace[mid]!.t < t) lo = mid + 1
    else hi = mid
  }
  return lo === 0 ? null : trace[lo - 1]!.t
}
