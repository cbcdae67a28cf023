/**
 * One Raft node as an XState machine. States are the three roles; the rules live in
 * rules.ts as pure functions. Every message handler sits at the root, so that the "newer
 * term: become follower" rule comes first in each, whatever the role. Effects (sends and
 * timers) are custom actions that come back from a pure transition as data; the kernel
 * carries them out, so every timer lives in the kernel's queue.
 */

import { and, setup, stateIn } from 'xstate'
import * as rules from './rules'
import { emitOutbox, ruleAssign } from '../rule-actions'
import type { Effect } from '../../sim/protocol'
import type { RaftContext, RaftEvent } from './types'

type Rule = (c: RaftContext, e: RaftEvent) => rules.Outcome

/** The machine's context: the node's state. */
export type MachineContext = RaftContext

/** Runs a rule: its context becomes the machine's; its effects go to the `effects` action. */
const run = (rule: Rule) => ruleAssign<MachineContext, RaftEvent>(rule)

/** A rule followed by the `effects` action, which hands on the effects the rule made. */
const emit = emitOutbox
const fx = <N extends string>(name: N) => [name, emit] as const

const as = <E extends RaftEvent['type']>(e: RaftEvent) => e as Extract<RaftEvent, { type: E }>

export const raftMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as RaftEvent,
    input: {} as RaftContext,
  },
  actions: {
    effects: (_args: unknown, _effects: readonly Effect[]) => {},
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
    winsElection: ({ context, event }) =>
      rules.winsElection(context, as<'RequestVoteReply'>(event)),
    alone: ({ context }) => context.peers.length === 0,
  },
}).createMachine({
  id: 'raft',
  context: ({ input }) => input,
  initial: 'follower',
  entry: fx('armElection'),
  on: {
    RequestVote: [
      { guard: 'newerTerm', target: '.follower', actions: ['stepDown', ...fx('onRequestVote')] },
      { actions: fx('onRequestVote') },
    ],
    RequestVoteReply: [
      { guard: 'newerTerm', target: '.follower', actions: 'stepDown' },
      // The vote that makes a majority makes the candidate leader.
      {
        guard: and([stateIn('candidate'), 'winsElection']),
        target: '.leader',
        actions: 'onVoteReply',
      },
      { guard: stateIn('candidate'), actions: 'onVoteReply' },
    ],
    AppendEntries: [
      { guard: 'newerTerm', target: '.follower', actions: ['stepDown', ...fx('onAppendEntries')] },
      // A candidate that hears from a leader of its own term gives way to it (§5.2).
      {
        guard: and([stateIn('candidate'), 'sameTerm']),
        target: '.follower',
        actions: fx('onAppendEntries'),
      },
      { actions: fx('onAppendEntries') },
    ],
    AppendEntriesReply: [
      { guard: 'newerTerm', target: '.follower', actions: 'stepDown' },
      { guard: stateIn('leader'), actions: fx('onAppendReply') },
    ],
    ClientRequest: [
      { guard: stateIn('leader'), actions: fx('onClientRequest') },
      { actions: fx('redirect') },
    ],
  },
  states: {
    follower: {
      on: {
        'timer.election': [
          // A one-node cluster is its own majority: it wins at once.
          { guard: 'alone', target: 'leader', actions: fx('startElection') },
          { target: 'candidate' },
        ],
      },
    },
    candidate: {
      entry: fx('startElection'),
      on: { 'timer.election': { target: 'candidate', reenter: true } },
    },
    leader: {
      entry: fx('becomeLeader'),
      exit: fx('resign'),
      on: { 'timer.heartbeat': { actions: fx('replicate') } },
    },
  },
})
