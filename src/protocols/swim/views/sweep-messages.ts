/** Messages between the Detection-vs-loss tab and the worker that runs the sweep. */

import type { CaseResult } from '../loss-sweep'
import type { Scenario } from '../../../scenario/types'

export interface SweepRequest {
  readonly scenario: Scenario
}

export type SweepReply =
  | {
      readonly type: 'case'
      readonly index: number
      readonly total: number
      readonly result: CaseResult
    }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string }
