/** Multi-Paxos as a kernel protocol: the XState machine, stepped purely, plus its invariants. */

import { createStepper, machineEvent } from '../xstate-stepper'
import { durableOf } from './acceptor'
import { startContext } from './context'
import { describeCrashed, describeNode, slotView } from './describe'
import { createPaxosInvariants, type PaxosGhost, type PaxosNode } from './invariants'
import { paxosMachine } from './machine'
import { describePaxosMessage, paxosMessageKind } from './messages'
import { slotsArray } from './slots'
import { paxosSpec } from './spec'
import { paxosVariant } from './variants'
import { nodeIds } from '../../scenario/types'
import type { Protocol } from '../../sim/protocol'
import type { Durable } from './types'
import type { SnapshotFrom } from 'xstate'

type Snapshot = SnapshotFrom<typeof paxosMachine>

const stepper = createStepper(paxosMachine)

const nodeOf = (s: unknown): PaxosNode => {
  const snap = s as Snapshot
  return { role: snap.value as string, context: snap.context }
}

export const paxos: Protocol<Snapshot, PaxosGhost> = {
  spec: paxosSpec,
  init({ id, peers, params, variant, durable }) {
    return stepper.init(
      startContext({
        id,
        peers,
        electionTimeoutMs: params.electionTimeoutMs as [number, number],
        heartbeatMs: params.heartbeatMs as number,
        randomBackoff: params.randomBackoff as boolean,
        backoffMs: params.backoffMs as [number, number],
        variant: paxosVariant(variant),
        durable: durable as Durable | null,
      }),
    )
  },
  step: (state, event) => stepper.step(state, machineEvent(event)),
  durable: (state): Durable => durableOf(state.context),
  view(state) {
    const c = state.context
    const role = state.value as string
    const ballot = role === 'acceptor' ? c.promised : c.ballot
    // A node that has promised nothing has no ballot to show: `n2: acceptor`.
    return ballot === 0 ? { role, commit: c.applied } : { role, term: ballot, commit: c.applied }
  },
  describe: (state) => describeNode(state.context),
  describeDurable: (d) => describeCrashed(d as Durable | null),
  digest(state) {
    const context = state.context
    return {
      value: state.value,
      context: {
        ...context,
        accepted: slotsArray(context.accepted),
        chosen: slotsArray(context.chosen),
      },
    }
  },
  logView: (state) => slotView(state.context),
  messageKind: (msg) => paxosMessageKind(msg),
  describeMessage: describePaxosMessage,
  invariants: createPaxosInvariants(nodeOf, nodeIds) as never,
}
