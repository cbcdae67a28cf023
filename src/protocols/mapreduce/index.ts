/**
 * MapReduce as a kernel protocol: one XState machine (master or worker), stepped purely,
 * plus the checkers that compare the job's output with a sequential count.
 */

import { createStepper, timedMachineEvent } from '../xstate-stepper'
import { durableOf, startContext } from './context'
import { describeCrashed, describeNode, taskStrip, viewOf } from './describe'
import { createMapReduceInvariants, mapReduceMeasures, type MapReduceGhost } from './invariants'
import { mapReduceMachine } from './machine'
import { describeMapReduceMessage, mapReduceMessageKind } from './messages'
import { mapReduceSpec } from './spec'
import { mapReduceVariant } from './variants'
import type { Protocol } from '../../sim/protocol'
import type { ResolvedParams } from '../../sim/params'
import type { Durable, MapReduceContext, Options } from './types'
import type { SnapshotFrom } from 'xstate'

type Snapshot = SnapshotFrom<typeof mapReduceMachine>

const stepper = createStepper(mapReduceMachine)

export const mapReduceContextOf = (s: unknown): MapReduceContext =>
  (s as Snapshot).context as MapReduceContext

export function optionsOf(params: ResolvedParams, variant: string | undefined): Options {
  const slow = params.slowWorker as number
  return {
    mapTasks: params.mapTasks as number,
    reduceTasks: params.reduceTasks as number,
    taskMs: params.taskMs as number,
    slowWorker: slow === 0 ? null : `n${slow}`,
    slowFactor: params.slowFactor as number,
    backupTasks: params.backupTasks === true,
    heartbeatMs: params.heartbeatMs as number,
    failureTimeoutMs: params.failureTimeoutMs as number,
    variant: mapReduceVariant(variant),
  }
}

export const mapReduce: Protocol<Snapshot, MapReduceGhost> = {
  spec: mapReduceSpec,
  init: ({ id, peers, params, variant, durable, now }) =>
    stepper.init(
      startContext({
        id,
        peers,
        now: now ?? 0,
        durable: durable as Durable | null,
        opts: optionsOf(params, variant),
      }),
    ),
  step: (state, event) => stepper.step(state, timedMachineEvent(event)),
  durable: (state): Durable => durableOf(mapReduceContextOf(state)),
  view: (state) => viewOf(mapReduceContextOf(state)),
  describe: (state) => describeNode(mapReduceContextOf(state)),
  describeDurable: (d) => describeCrashed(d as Durable | null),
  digest(state) {
    return { value: state.value, context: state.context }
  },
  logView: (state) => taskStrip(mapReduceContextOf(state)),
  messageKind: mapReduceMessageKind,
  describeMessage: describeMapReduceMessage,
  invariants: createMapReduceInvariants(mapReduceContextOf) as never,
  measures: mapReduceMeasures,
}
