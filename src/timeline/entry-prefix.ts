import type { TraceView } from '../sim/trace'

/**
 * How many of a trace's first `count` entries an index that has read `scanned` of them
 * may keep when it is copied for a branch that shares only those `count`: an input's lane
 * was read from the entry after it (entry-lane.ts), which the branch may record otherwise,
 * so an input at the end is read again.
 */
export function keptOnBranch(trace: TraceView, count: number, scanned: number): number {
  const n = Math.max(0, Math.min(count, scanned))
  return n > 0 && trace.at(n - 1)!.kind === 'input' ? n - 1 : n
}
