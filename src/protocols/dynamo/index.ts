/** Dynamo-style replication as a kernel protocol: the XState machine, stepped purely, plus its invariants. */

import { createStepper, timedMachineEvent as machineEvent } from '../xstate-stepper'
import { durableOf, memberOrder, startContext } from './context'
import { coordinatingNow } from './coordinator'
import { describeCrashed, describeReplica, storeView } from './describe'
import { createDynamoInvariants, type DynamoGhost } from './invariants'
import { dynamoMachine, type MachineContext } from './machine'
import { describeDynamoMessage, dynamoMessageKind } from './messages'
import { dynamoSpec } from './spec'
import { dynamoVariant } from './variants'
import { nodeIds } from '../../scenario/types'
import type { Protocol } from '../../sim/protocol'
import type { Durable, ReplicaContext, TimedEvent } from './types'
import type { EventObject, SnapshotFrom } from 'xstate'

type Snapshot = SnapshotFrom<typeof dynamoMachine>

const stepper = createStepper(dynamoMachine)

const contextOf = (s: unknown): ReplicaContext => (s as Snapshot).context as ReplicaContext

export const dynamo: Protocol<Snapshot, DynamoGhost> = {
  spec: dynamoSpec,
  init({ id, peers, params, variant, durable, now }) {
    return stepper.init(
      startContext({
        id,
        members: memberOrder([...peers, id]),
        vnodes: params.vnodes as number,
        n: params.n as number,
        r: params.r as number,
        w: params.w as number,
        sloppy: params.sloppy as boolean,
        lww: params.lww as boolean,
        abd: params.abd as boolean,
        requestTimeoutMs: params.requestTimeoutMs as number,
        antiEntropyMs: params.antiEntropyMs as number,
        variant: dynamoVariant(variant),
        durable: durable as Durable | null,
        now: now ?? 0,
      }),
    )
  },
  step: (state, event) => stepper.step(state, machineEvent(event)),
  members(state, members) {
    const c = contextOf(state)
    const event: TimedEvent = { type: 'members', members: [...members], now: c.now - c.skewMs }
    return stepper.step(state, event as EventObject)
  },
  durable: (state): Durable => durableOf(contextOf(state)),
  view: (state) => ({
    role: coordinatingNow(contextOf(state)) ? 'coordinator' : 'replica',
    commit: Object.keys(contextOf(state).store).length,
  }),
  describe: (state) => describeReplica(contextOf(state)),
  describeDurable: (d) => describeCrashed(d as Durable | null),
  digest(state) {
    const { ring: _, ...context } = state.context as MachineContext
    return { value: state.value, context }
  },
  logView: (state) => storeView(contextOf(state)),
  messageKind: (msg) => dynamoMessageKind(msg),
  describeMessage: describeDynamoMessage,
  invariants: createDynamoInvariants(contextOf, nodeIds) as never,
}
