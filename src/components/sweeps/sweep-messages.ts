/** Messages between a view that runs a sweep and the worker that runs it. */

import type { Scenario } from '../../scenario/types'

export interface SweepRequest {
  readonly scenario: Scenario
}

/** A reply after each case carries its result, so the view fills in as the sweep goes. */
export type SweepReply<R> =
  | { readonly type: 'case'; readonly total: number; readonly result: R }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string }
