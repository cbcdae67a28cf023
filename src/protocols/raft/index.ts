/** Raft as a kernel protocol: the XState machine, stepped purely, plus its invariants. */

import { emptyPMap } from '../pmap'
import { createStepper } from '../xstate-stepper'
import { createRaftInvariants, type RaftNode } from './invariants'
import { raftMachine } from './machine'
import { raftSpec } from './spec'
import { emptyLog, logEntries } from './log'
import { raftMessageKind } from './messages'
import type { Protocol } from '../../sim/protocol'
import type { Durable, RaftContext, RaftEvent } from './types'
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
  const durable = d ?? { currentTerm: 0, votedFor: null, log: emptyLog }
  return { ...describeDurable(durable), commitIndex: 0, lastApplied: 0, leader: null, store: {} }
}

export const raft: Protocol<
  Snapshot,
  ReturnType<ReturnType<typeof createRaftInvariants>['init']>
> & {
  describeDurable(d: unknown): Record<string, unknown>
} = {
  spec: raftSpec,
  init({ id, peers, params, durable }) {
    const d = (durable as Durable | null) ?? { currentTerm: 0, votedFor: null, log: emptyLog }
    const input: RaftContext = {
      id,
      peers,
      electionTimeoutMs: params.electionTimeoutMs as [number, number],
      heartbeatMs: params.heartbeatMs as number,
      ...d,
      commitIndex: 0,
      lastApplied: 0,
      store: {},
      sessions: emptyPMap,
      leaderId: null,
      votes: [],
      nextIndex: {},
      matchIndex: {},
      waiting: [],
    }
    return stepper.init(input)
  },
  step(state, event) {
    const e: RaftEvent =
      event.type === 'timer'
        ? ({ type: `timer.${event.name}` } as RaftEvent)
        : ({ ...event.msg, from: event.from } as RaftEvent)
    return stepper.step(state, e)
  },
  durable(state): Durable {
    const c = state.context
    return { currentTerm: c.currentTerm, votedFor: c.votedFor, log: c.log }
  },
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
    const { outbox: _, ...context } = state.context
    return { value: state.value, context: { ...context, log: logEntries(context.log) } }
  },
  logView(state) {
    const { log, commitIndex } = state.context
    return { terms: log.items.slice(0, log.length).map((e) => e.term), committed: commitIndex }
  },
  messageKind: (msg) => raftMessageKind(msg),
  invariants: createRaftInvariants(nodeOf, nodeIds) as never,
}
