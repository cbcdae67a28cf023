/** Raft as a kernel protocol: the XState machine, stepped purely, plus its invariants. */

import { createStepper, machineEvent } from '../xstate-stepper'
import { createRaftInvariants, type RaftNode } from './invariants'
import { raftMachine } from './machine'
import { raftSpec } from './spec'
import { logEntries } from './log'
import { NOTHING_DURABLE, startContext } from './context'
import { describeRaftMessage, raftMessageKind } from './messages'
import { durableOf } from './rules'
import { raftVariant } from './variants'
import type { Protocol } from '../../sim/protocol'
import type { Durable } from './types'
import type { SnapshotFrom } from 'xstate'
import { nodeIds } from '../../scenario/types'

type Snapshot = SnapshotFrom<typeof raftMachine>

const stepper = createStepper(raftMachine)

const nodeOf = (s: unknown): RaftNode => {
  const snap = s as Snapshot
  return { role: snap.value as string, context: snap.context }
}

function describeDurable(d: Durable) {
  return { term: d.currentTerm, votedFor: d.votedFor, log: logEntries(d.log) }
}

/** What a crashed node holds: its durable state; nothing committed or applied. */
function describeCrashed(d: Durable | null) {
  const durable = d ?? NOTHING_DURABLE
  return { ...describeDurable(durable), commitIndex: 0, lastApplied: 0, leader: null, store: {} }
}

export const raft: Protocol<
  Snapshot,
  ReturnType<ReturnType<typeof createRaftInvariants>['init']>
> = {
  spec: raftSpec,
  init({ id, peers, params, variant, durable }) {
    return stepper.init(
      startContext({
        id,
        peers,
        electionTimeoutMs: params.electionTimeoutMs as [number, number],
        heartbeatMs: params.heartbeatMs as number,
        leaderNoop: params.leaderNoop as boolean,
        variant: raftVariant(variant),
        durable: durable as Durable | null,
      }),
    )
  },
  step: (state, event) => stepper.step(state, machineEvent(event)),
  durable: (state): Durable => durableOf(state.context),
  view(state) {
    const c = state.context
    return { role: state.value as string, term: c.currentTerm, commit: c.commitIndex }
  },
  describe(state) {
    const c = state.context
    return {
      ...describeDurable(c),
      commitIndex: c.commitIndex,
      lastApplied: c.lastApplied,
      leader: c.leaderId,
      store: c.store,
    }
  },
  describeDurable: (d) => describeCrashed(d as Durable | null),
  digest(state) {
    const context = state.context
    return { value: state.value, context: { ...context, log: logEntries(context.log) } }
  },
  logView(state) {
    const { log, commitIndex } = state.context
    return { terms: log.items.slice(0, log.length).map((e) => e.term), committed: commitIndex }
  },
  messageKind: (msg) => raftMessageKind(msg),
  describeMessage: describeRaftMessage,
  invariants: createRaftInvariants(nodeOf, nodeIds) as never,
}
