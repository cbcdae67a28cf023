/**
 * One Multi-Paxos node as an XState machine. States are the three roles: `acceptor` (every
 * node accepts, and learns, in every role), `candidate` (running Phase 1) and `leader`
 * (running Phase 2 for as long as it holds its ballot). The rules live in rules.ts as pure
 * functions. Every message handler sits at the root, so that "a higher ballot ends my
 * attempt" comes first in each, whatever the role. Effects (sends and timers) come back
 * from a pure transition as data; the kernel carries them out.
 */

import { and, or, setup, stateIn } from 'xstate'
import * as rules from './rules'
import { emitOutbox, ruleAssign } from '../rule-actions'
import type { Effect } from '../../sim/protocol'
import type { PaxosContext, PaxosEvent } from './types'

type Rule = (c: PaxosContext, e: PaxosEvent) => rules.Outcome

/** The machine's context: the node's state. */
export type MachineContext = PaxosContext

/** Runs a rule: its context becomes the machine's; its effects go to the `effects` action. */
const run = (rule: Rule) => ruleAssign<MachineContext, PaxosEvent>(rule)

/** A rule followed by the `effects` action, which hands on the effects the rule made. */
const emit = emitOutbox
const fx = <N extends string>(name: N) => [name, emit] as const

const as = <E extends PaxosEvent['type']>(e: PaxosEvent) => e as Extract<PaxosEvent, { type: E }>

/** A candidate or a leader: a node with a ballot of its own that a higher one ends. */
const proposing = or([stateIn('candidate'), stateIn('leader')])

export const paxosMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as PaxosEvent,
    input: {} as PaxosContext,
  },
  actions: {
    effects: (_args: unknown, _effects: readonly Effect[]) => {},
    armElection: run((c) => ({
      context: c,
      effects: [{ type: 'setTimer', name: 'election', ms: c.electionTimeoutMs }],
    })),
    onPrepare: run((c, e) => rules.onPrepare(c, as<'Prepare'>(e))),
    onAccept: run((c, e) => rules.onAccept(c, as<'Accept'>(e))),
    onHeartbeat: run((c, e) => rules.onHeartbeat(c, as<'Heartbeat'>(e))),
    onPromise: run((c, e) => rules.onPromise(c, as<'Promise'>(e))),
    onAccepted: run((c, e) => rules.onAccepted(c, as<'Accepted'>(e))),
    onDecide: run((c, e) => rules.onDecide(c, as<'Decide'>(e))),
    onCatchUp: run((c, e) => rules.onCatchUp(c, as<'CatchUp'>(e))),
    onClientRequest: run((c, e) => rules.onClientRequest(c, as<'ClientRequest'>(e))),
    redirect: run((c, e) => rules.redirect(c, as<'ClientRequest'>(e))),
    preempt: run((c, e) => rules.preempt(c, e as never)),
    startPhase1: run((c) => rules.startPhase1(c)),
    becomeLeader: run((c) => rules.becomeLeader(c)),
    onHeartbeatTimer: run((c) => rules.onHeartbeatTimer(c)),
    resign: run((c) => rules.resign(c)),
  },
  guards: {
    higherBallot: ({ context, event }) => (event as { ballot: number }).ballot > context.promised,
    refusedHigher: ({ context, event }) =>
      rules.refusedHigher(context, event as Extract<PaxosEvent, { type: 'Promise' | 'Accepted' }>),
    winsPhase1: ({ context, event }) => rules.winsPhase1(context, as<'Promise'>(event)),
    alone: ({ context }) => context.peers.length === 0,
  },
}).createMachine({
  id: 'paxos',
  context: ({ input }) => input,
  initial: 'acceptor',
  entry: fx('armElection'),
  on: {
    Prepare: [
      // Its own acceptor promised a higher ballot, so its own attempt cannot succeed.
      {
        guard: and([proposing, 'higherBallot']),
        target: '.acceptor',
        actions: [...fx('onPrepare'), ...fx('preempt')],
      },
      { actions: fx('onPrepare') },
    ],
    Promise: [
      // A refusal names a higher ballot: this node's attempt, or its leadership, is over.
      { guard: and([proposing, 'refusedHigher']), target: '.acceptor', actions: fx('preempt') },
      // The promise that makes a majority makes the candidate leader.
      { guard: and([stateIn('candidate'), 'winsPhase1']), target: '.leader', actions: 'onPromise' },
      { guard: stateIn('candidate'), actions: 'onPromise' },
    ],
    Accept: [
      // A leader of a higher ballot is at work: follow it.
      { guard: and([proposing, 'higherBallot']), target: '.acceptor', actions: fx('onAccept') },
      { actions: fx('onAccept') },
    ],
    Accepted: [
      {
        guard: and([stateIn('leader'), 'refusedHigher']),
        target: '.acceptor',
        actions: fx('preempt'),
      },
      { guard: stateIn('leader'), actions: fx('onAccepted') },
    ],
    Heartbeat: [
      { guard: and([proposing, 'higherBallot']), target: '.acceptor', actions: fx('onHeartbeat') },
      { actions: fx('onHeartbeat') },
    ],
    Decide: { actions: fx('onDecide') },
    CatchUp: { actions: fx('onCatchUp') },
    ClientRequest: [
      { guard: stateIn('leader'), actions: fx('onClientRequest') },
      { actions: fx('redirect') },
    ],
  },
  states: {
    acceptor: {
      on: {
        'timer.election': [
          // A one-node cluster is its own majority: it leads at once.
          { guard: 'alone', target: 'leader', actions: fx('startPhase1') },
          { target: 'candidate' },
        ],
      },
    },
    candidate: {
      entry: fx('startPhase1'),
      on: { 'timer.election': { target: 'candidate', reenter: true } },
    },
    leader: {
      entry: fx('becomeLeader'),
      exit: fx('resign'),
      on: { 'timer.heartbeat': { actions: fx('onHeartbeatTimer') } },
    },
  },
})
