/**
 * Simulating within a budget of wall time. A 1,000-node run makes about 8,000 events per
 * virtual second, half a million a minute: reaching a far moment takes seconds, which the
 * app spends in slices between frames (the page stays alive and says how far it got)
 * instead of in one frozen stretch. Budgets are wall time, so only the browser uses them;
 * tests and the command line simulate everything at once and stay deterministic.
 */

import type { Timeline } from '../timeline/timeline'

/** Events simulated between looks at the clock: about a millisecond's worth. */
const STEP_EVENTS = 128

/** Simulates towards t for about `budgetMs` of wall time at most; true once it got there. */
export function simulateFor(
  timeline: Timeline,
  t: number,
  budgetMs: number,
  now: () => number = () => performance.now(),
): boolean {
  const until = now() + budgetMs
  do {
    if (timeline.extendTo(t, STEP_EVENTS)) return true
  } while (now() < until)
  return false
}

/** A far move still being simulated: where the cursor goes, and how far the run has got. */
export interface Simulating {
  readonly target: number
  readonly reached: number
}

/** Whether this environment may simulate in slices: a page, with frames to keep alive. */
export function slicesByDefault(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined'
}
