/**
 * The acceptor: it promises in Phase 1 not to accept below a ballot, and accepts in Phase 2
 * at or above the ballot it promised. Its promise and what it accepted are the only state
 * that survives a crash (durableOf).
 */

import { emptySlots, filledFrom, setSlot } from './slots'
import { armElection, send, unchanged, type From, type Outcome } from './outcome'
import { NO_BALLOT } from './ballot'
import type {
  Accept,
  Accepted,
  CatchUp,
  Durable,
  Heartbeat,
  PaxosContext,
  Prepare,
  PromiseReply,
} from './types'

/** What a node keeps on stable storage: its promise and every value it accepted. */
export function durableOf(c: PaxosContext): Durable {
  // volatile-acceptor: both are kept in memory only, so a restarted node has promised nothing.
  if (c.variant === 'volatile-acceptor') return { promised: NO_BALLOT, accepted: emptySlots }
  return { promised: c.promised, accepted: c.accepted }
}

function seen(c: PaxosContext, ballot: number): number {
  return Math.max(c.highestSeen, ballot)
}

export function onPrepare(c: PaxosContext, e: From<Prepare>): Outcome {
  const highestSeen = seen(c, e.ballot)
  if (e.ballot < c.promised) {
    const refusal: PromiseReply = {
      type: 'Promise',
      ballot: e.ballot,
      ok: false,
      promised: c.promised,
      accepted: [],
    }
    return { context: { ...c, highestSeen }, effects: [send(e.from, refusal)] }
  }
  const promise: PromiseReply = {
    type: 'Promise',
    ballot: e.ballot,
    ok: true,
    promised: e.ballot,
    accepted: filledFrom(c.accepted, e.fromSlot).map(({ slot, value }) => ({ slot, ...value })),
  }
  // A candidate is trying to take over: the leader this node knew may be gone. Promising
  // resets the election timer, so that the candidate has time to finish Phase 1.
  const leaderId = e.ballot > c.promised ? null : c.leaderId
  return {
    context: { ...c, promised: e.ballot, highestSeen, leaderId },
    effects: [send(e.from, promise), armElection(c)],
  }
}

export function onAccept(c: PaxosContext, e: From<Accept>): Outcome {
  const highestSeen = seen(c, e.ballot)
  const promisedOk = e.ballot >= c.promised
  // no-promise-check: an Accept is taken whatever ballot this node promised.
  if (!promisedOk && c.variant !== 'no-promise-check') {
    const refusal: Accepted = {
      type: 'Accepted',
      ballot: e.ballot,
      slot: e.slot,
      ok: false,
      promised: c.promised,
    }
    return { context: { ...c, highestSeen }, effects: [send(e.from, refusal)] }
  }
  const accepted = setSlot(c.accepted, e.slot, { ballot: e.ballot, command: e.command })
  const reply: Accepted = {
    type: 'Accepted',
    ballot: e.ballot,
    slot: e.slot,
    ok: true,
    promised: Math.max(c.promised, e.ballot),
  }
  if (!promisedOk)
    return { context: { ...c, accepted, highestSeen }, effects: [send(e.from, reply)] }
  // An Accept at the promised ballot or above comes from a live leader: follow it.
  return {
    context: { ...c, accepted, promised: e.ballot, highestSeen, leaderId: e.from },
    effects: [send(e.from, reply), armElection(c)],
  }
}

/**
 * A leader's heartbeat holds off elections. It raises the promise to the leader's ballot,
 * which only refuses older leaders, and a node that has learned less than the leader has
 * chosen asks for the rest. A heartbeat of an older ballot is ignored.
 */
export function onHeartbeat(c: PaxosContext, e: From<Heartbeat>): Outcome {
  if (e.ballot < c.promised) return unchanged(c)
  const followed: PaxosContext = {
    ...c,
    promised: e.ballot,
    highestSeen: seen(c, e.ballot),
    leaderId: e.from,
  }
  const behind = c.chosenUpTo < e.chosenUpTo
  const ask: CatchUp = { type: 'CatchUp', fromSlot: c.chosenUpTo + 1 }
  return {
    context: followed,
    effects: behind ? [armElection(c), send(e.from, ask)] : [armElection(c)],
  }
}
