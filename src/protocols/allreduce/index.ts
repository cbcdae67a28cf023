/**
 * All-reduce for data-parallel training as a kernel protocol: one XState machine per node,
 * stepped purely, plus the checkers that watch every step's sum.
 */

import { createStepper, machineEvent } from '../xstate-stepper'
import { optionsOf, startContext } from './context'
import { describeCrashed, describeNode, roleOf } from './describe'
import { createReduceInvariants, reduceMeasures, type ReduceGhost } from './invariants'
import { reduceMachine } from './machine'
import { describeReduceMessage, reduceMessageKind } from './messages'
import { allreduceSpec } from './spec'
import { reduceVariant } from './variants'
import type { Protocol } from '../../sim/protocol'
import type { Checkpoint, ReduceContext } from './types'
import type { SnapshotFrom } from 'xstate'

type Snapshot = SnapshotFrom<typeof reduceMachine>

const stepper = createStepper(reduceMachine)

export const reduceContextOf = (s: unknown): ReduceContext =>
  (s as Snapshot).context as ReduceContext

const noLog = { terms: [], committed: 0 }

export const allreduce: Protocol<Snapshot, ReduceGhost> = {
  spec: allreduceSpec,
  init: ({ id, peers, params, variant, durable, seed }) =>
    stepper.init(
      startContext(
        id,
        peers.length + 1,
        optionsOf(params, reduceVariant(variant) === 'no-dedup', seed ?? 0),
        durable as Checkpoint | null,
      ),
    ),
  step: (state, event) => stepper.step(state, machineEvent(event)),
  durable: (state): Checkpoint => reduceContextOf(state).checkpoint,
  view: (state) => {
    const c = reduceContextOf(state)
    const role = roleOf(c)
    return role === 'server' ? { role, commit: c.step } : { role, term: c.step, commit: c.step }
  },
  describe: (state) => describeNode(reduceContextOf(state)),
  describeDurable: (d) => describeCrashed(d as Checkpoint | null),
  digest(state) {
    return { value: state.value, context: state.context }
  },
  logView: () => noLog,
  messageKind: reduceMessageKind,
  describeMessage: describeReduceMessage,
  invariants: createReduceInvariants(reduceContextOf) as never,
  measures: reduceMeasures,
}
