/** What a running simulation needs besides its world: fixed facts and the trace recorder. */

import type { Protocol } from './protocol'
import type { ResolvedParams } from './params'
import type { Recorder } from './trace'
import type { NodeId, Scenario } from '../scenario/types'

export interface SimContext<S = unknown, G = unknown> {
  readonly scenario: Scenario
  readonly protocol: Protocol<S, G>
  readonly params: ResolvedParams
  readonly ids: readonly NodeId[]
  readonly nodeLookup: ReadonlyMap<string, number>
  /** Null while replaying a stretch whose trace is already recorded (seek). */
  recorder: Recorder | null
}
