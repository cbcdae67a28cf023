/** Finding events in the trace by time: the trace is in time order, so search it. */

import type { TraceEntry, TraceView } from '../sim/trace'
import { lowerBound, upperBound } from '../timeline/columns'

/** The message an entry is about, if any. */
export function messageIdOf(e: TraceEntry): number | null {
  return e.kind === 'send' || e.kind === 'deliver' || e.kind === 'drop' || e.kind === 'delay'
    ? e.id
    : null
}

/** How many entries come strictly before t (`orAt`: at or before t). */
export function entriesBefore(trace: TraceView, t: number, orAt = false): number {
  const times = { get: (i: number) => trace.at(i)!.t }
  return (orAt ? upperBound : lowerBound)(times, 0, trace.length, t)
}

/** The time of the last trace entry strictly before t, or null when there is none. */
export function previousEventTime(trace: TraceView, t: number): number | null {
  const n = entriesBefore(trace, t)
  return n === 0 ? null : trace.at(n - 1)!.t
}
