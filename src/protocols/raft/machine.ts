/**
 * One Raft node as an XState machine. States are the three roles; the rules live in
 * rules.ts as pure functions. Every message handler sits at the root, so that the "newer
 * term: become follower" rule comes first in each, whatever the role. Effects (sends and
 * timers) are custom actions that come back from a pure transition as data; the kernel
 * carries them out, so every timer lives in the kernel's queue.
 */

import { and, enqueueActions, setup, stateIn } from 'xstate'
import * as rules from './rules'
import type { Effect } from '../../sim/protocol'
import type { RaftContext, RaftEvent } from './types'

type Rule = (c: RaftContext, e: RaftEvent) => rules.Outcome

/** Runs a rule: its new context is assigned and its effects are enqueued as actions. */
function run(rule: Rule) {
  return enqueueActions<
    RaftContext,
    RaftEvent,
    undefined,
    RaftEvent,
    never,
    never,
    never,
    never,
    never
  >(({ context, event, enqueue }) => {
    const out = rule(context, event)
    if (out.context !== context) enqueue.assign(() => out.context)
    for (const effect of out.effects) enqueue({ type: effect.type, params: effect } as never)
  })
}

const as = <E extends RaftEvent['type']>(e: RaftEvent) => e as Extract<RaftEvent, { type: E }>
const noop = (_args: unknown, _effect: Effect) => {}

export const raftMachine = setup({
  types: {
    context: {} as RaftContext,
    events: {} as RaftEvent,
    input: {} as RaftContext,
  },
  actions: {
    send: noop,
    setTimer: noop,
    cancelTimer: noop,
    stepDown: run((c, e) => ({
      context: rules.adoptTerm(c, (e as { term: number }).term),
      effects: [],
    })),
    armElection: run((c) => ({
      context: c,
      effects: [{ type: 'setTimer', name: 'election', ms: c.electionTimeoutMs }],
    })),
    onRequestVote: run((c, e) => rules.onRequestVote(c, as<'RequestVote'>(e))),
    onVoteReply: run((c, e) => rules.onVoteReply(c, as<'RequestVoteReply'>(e))),
    onAppendEntries: run((c, e) => rules.onAppendEntries(c, as<'AppendEntries'>(e))),
    onAppendReply: run((c, e) => rules.onAppendReply(c, as<'AppendEntriesReply'>(e))),
    onClientRequest: run((c, e) => rules.onClientRequest(c, as<'ClientRequest'>(e))),
    redirect: run((c, e) => rules.redirect(c, as<'ClientRequest'>(e))),
    startElection: run((c) => rules.startElection(c)),
    becomeLeader: run((c) => rules.becomeLeader(c)),
    replicate: run((c) => rules.replicate(c)),
    resign: run((c) => rules.resign(c)),
  },
  guards: {
    newerTerm: ({ context, event }) => (event as { term: number }).term > context.currentTerm,
    sameTerm: ({ context, event }) => (event as { term: number }).term === context.currentTerm,
    hasMajority: ({ context }) => rules.hasMajority(context),
  },
}).createMachine({
  id: 'raft',
  context: ({ input }) => input,
  initial: 'follower',
  entry: 'armElection',
  on: {
    RequestVote: [
      { guard: 'newerTerm', target: '.follower', actions: ['stepDown', 'onRequestVote'] },
      { actions: 'onRequestVote' },
    ],
    RequestVoteReply: [
      { guard: 'newerTerm', target: '.follower', actions: 'stepDown' },
      { guard: stateIn('candidate'), actions: 'onVoteReply' },
    ],
    AppendEntries: [
      { guard: 'newerTerm', target: '.follower', actions: ['stepDown', 'onAppendEntries'] },
      // A candidate that hears from a leader of its own term gives way to it (§5.2).
      {
        guard: and([stateIn('candidate'), 'sameTerm']),
        target: '.follower',
        actions: 'onAppendEntries',
      },
      { actions: 'onAppendEntries' },
    ],
    AppendEntriesReply: [
      { guard: 'newerTerm', target: '.follower', actions: 'stepDown' },
      { guard: stateIn('leader'), actions: 'onAppendReply' },
    ],
    ClientRequest: [
      { guard: stateIn('leader'), actions: 'onClientRequest' },
      { actions: 'redirect' },
    ],
  },
  states: {
    follower: {
      on: { 'timer.election': 'candidate' },
    },
    candidate: {
      entry: 'startElection',
      always: { guard: 'hasMajority', target: 'leader' },
      on: { 'timer.election': { target: 'candidate', reenter: true } },
    },
    leader: {
      entry: 'becomeLeader',
      exit: 'resign',
      on: { 'timer.heartbeat': { actions: 'replicate' } },
    },
  },
})
