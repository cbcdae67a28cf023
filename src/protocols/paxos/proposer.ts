/**
 * The proposer: Phase 1 once for every open slot when it takes over, then Phase 2 per slot
 * for as long as it holds its ballot (a stable leader skips Phase 1). Rejections, and a
 * higher Prepare reaching its own acceptor, preempt it.
 */

import { nextBallot } from './ballot'
import { apply, learn } from './learner'
import { armElection, majority, send, toPeers, type From, type Outcome } from './outcome'
import { filledFrom, setSlot, slotAt } from './slots'
import type { Effect } from '../../sim/protocol'
import type {
  Accept,
  AcceptedValue,
  Accepted,
  Command,
  Decide,
  Heartbeat,
  PaxosContext,
  Prepare,
  PromiseReply,
  Proposal,
} from './types'

/** A slot a new leader found empty between reported ones: filling it lets later slots apply. */
export const NOOP: Command = { op: 'noop', key: '', value: null, client: '', seq: 0 }

/** A retry "at once" still goes through the kernel's clock, so a zero-latency run moves on. */
export const RETRY_AT_ONCE_MS = 1

/** Most pending slots a heartbeat resends Accepts for, lowest first. */
export const MAX_RESENDS_PER_HEARTBEAT = 8

/** Phase 1a: a ballot above any seen, promised to itself, asked of every peer. */
export function startPhase1(c: PaxosContext): Outcome {
  const ballot = nextBallot(c.id, c.promised, c.highestSeen)
  const prepareFrom = c.chosenUpTo + 1
  // It is its own first acceptor: it promises its ballot and reports what it accepted.
  const reported: Record<number, AcceptedValue> = {}
  for (const { slot, value } of filledFrom(c.accepted, prepareFrom)) reported[slot] = value
  const prepare: Prepare = { type: 'Prepare', ballot, fromSlot: prepareFrom }
  return {
    context: {
      ...c,
      ballot,
      promised: ballot,
      highestSeen: ballot,
      prepareFrom,
      promises: [c.id],
      reported,
      leaderId: null,
    },
    effects: [armElection(c), ...toPeers(c, prepare)],
  }
}

/** Phase 1b: counts a promise for this ballot, keeping per slot the highest-ballot value. */
export function onPromise(c: PaxosContext, e: From<PromiseReply>): Outcome {
  if (!e.ok || e.ballot !== c.ballot || c.promises.includes(e.from)) {
    return { context: c, effects: [] }
  }
  let reported = c.reported
  for (const r of e.accepted) {
    const best = reported[r.slot]
    if (best !== undefined && best.ballot >= r.ballot) continue
    reported = { ...reported, [r.slot]: { ballot: r.ballot, command: r.command } }
  }
  return { context: { ...c, promises: [...c.promises, e.from], reported }, effects: [] }
}

/** Whether this promise, once counted, gives the candidate a majority. */
export function winsPhase1(c: PaxosContext, e: From<PromiseReply>): boolean {
  return onPromise(c, e).context.promises.length >= majority(c)
}

/** Whether a refusal answers this node's current ballot with a higher one. */
export function refusedHigher(c: PaxosContext, e: PromiseReply | Accepted): boolean {
  return !e.ok && e.ballot === c.ballot && e.promised > c.ballot
}

/**
 * Phase 2a for one slot: the leader accepts its own proposal, as an acceptor, and asks the
 * others. A one-node cluster is its own majority.
 */
export function propose(c: PaxosContext, slot: number, command: Command): Outcome {
  const accepted = setSlot(c.accepted, slot, { ballot: c.ballot, command })
  const pending = { ...c.pending, [slot]: { command, acks: [c.id], fresh: true } }
  const ask: Accept = { type: 'Accept', ballot: c.ballot, slot, command }
  const proposed: PaxosContext = { ...c, accepted, pending }
  if (majority(c) > 1) return { context: proposed, effects: toPeers(c, ask) }
  return choose(proposed, slot, command)
}

/** A majority accepted: the command is chosen. Every learner is told. */
function choose(c: PaxosContext, slot: number, command: Command): Outcome {
  const decide: Decide = { type: 'Decide', decisions: [{ slot, command }] }
  const applied = apply(learn(c, slot, command))
  return { context: applied.context, effects: [...toPeers(c, decide), ...applied.effects] }
}

/**
 * The new leader re-proposes, in every open slot, the value with the highest ballot the
 * promises reported (any of them may have been chosen already), and fills the gaps
 * between them with no-ops; new commands go after the last of them.
 */
export function becomeLeader(c: PaxosContext): Outcome {
  let last = Math.max(c.prepareFrom - 1, c.chosen.length)
  for (const slot of Object.keys(c.reported)) last = Math.max(last, Number(slot))
  const beat = heartbeats({
    ...c,
    leaderId: c.id,
    pending: {},
    waiting: [],
    nextSlot: last + 1,
    announcedUpTo: c.chosenUpTo,
  })
  let led = beat.context
  const effects: Effect[] = [{ type: 'cancelTimer', name: 'election' }, ...beat.effects]
  for (let slot = c.prepareFrom; slot <= last; slot++) {
    if (slotAt(led.chosen, slot) !== undefined) continue
    const report = c.reported[slot]
    // accept-any-value: the reports are ignored, and every open slot gets the leader's own no-op.
    const command = report === undefined || c.variant === 'accept-any-value' ? NOOP : report.command
    const out = propose(led, slot, command)
    led = out.context
    effects.push(...out.effects)
  }
  return { context: led, effects }
}

/**
 * A heartbeat announces the slots chosen by the previous one, whose Decides have had a
 * heartbeat's time to arrive: a learner still missing them then has reason to ask.
 */
function heartbeats(c: PaxosContext): Outcome {
  const beat: Heartbeat = { type: 'Heartbeat', ballot: c.ballot, chosenUpTo: c.announcedUpTo }
  return {
    context: { ...c, announcedUpTo: c.chosenUpTo },
    effects: [...toPeers(c, beat), { type: 'setTimer', name: 'heartbeat', ms: c.heartbeatMs }],
  }
}

/**
 * Heartbeats, and the lowest pending Accepts again to whoever has not accepted them; a
 * slot proposed since the last heartbeat waits for the next, as its Accepts are still
 * on their way.
 */
export function onHeartbeatTimer(c: PaxosContext): Outcome {
  const beat = heartbeats(c)
  const effects = beat.effects.slice()
  const pending: Record<number, Proposal> = {}
  let resent = 0
  for (const [key, p] of Object.entries(c.pending)) {
    const slot = Number(key)
    pending[slot] = p.fresh ? { ...p, fresh: false } : p
    if (p.fresh || resent >= MAX_RESENDS_PER_HEARTBEAT) continue
    resent++
    const ask: Accept = { type: 'Accept', ballot: c.ballot, slot, command: p.command }
    for (const peer of c.peers) if (!p.acks.includes(peer)) effects.push(send(peer, ask))
  }
  return { context: { ...beat.context, pending }, effects }
}

/** Phase 2b at the leader: counts an acceptance of its ballot, and chooses on a majority. */
export function onAccepted(c: PaxosContext, e: From<Accepted>): Outcome {
  const p = c.pending[e.slot]
  if (!e.ok || e.ballot !== c.ballot || p === undefined || p.acks.includes(e.from)) {
    return { context: c, effects: [] }
  }
  const acks = [...p.acks, e.from]
  if (acks.length >= majority(c)) return choose(c, e.slot, p.command)
  return { context: { ...c, pending: { ...c.pending, [e.slot]: { ...p, acks } } }, effects: [] }
}

/** Leaving leadership: no more heartbeats; waiting clients will time out and retry. */
export function resign(c: PaxosContext): Outcome {
  return {
    context: { ...c, pending: {}, waiting: [], promises: [], reported: {} },
    effects: [{ type: 'cancelTimer', name: 'heartbeat' }, armElection(c)],
  }
}

/**
 * Preempted by a higher ballot: try again later. With random backoff the wait is random,
 * so that two proposers that clash once are unlikely to clash again; without it the retry
 * comes at once, and two proposers can keep preempting each other for ever.
 */
export function preempt(
  c: PaxosContext,
  e: { readonly ballot: number } | PromiseReply | Accepted,
): Outcome {
  const higher = 'promised' in e ? e.promised : e.ballot
  const ms = c.randomBackoff ? c.backoffMs : RETRY_AT_ONCE_MS
  return {
    context: {
      ...c,
      highestSeen: Math.max(c.highestSeen, higher),
      promises: [],
      reported: {},
      leaderId: null,
    },
    effects: [{ type: 'setTimer', name: 'election', ms }],
  }
}
