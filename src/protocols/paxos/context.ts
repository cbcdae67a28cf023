/** A Paxos node's context as it starts: from what survived a crash, or from nothing. */

import { emptyPMap } from '../pmap'
import { NO_BALLOT } from './ballot'
import { emptySlots } from './slots'
import type { Durable, PaxosContext } from './types'
import type { PaxosVariant } from './variants'

export const NOTHING_DURABLE: Durable = { promised: NO_BALLOT, accepted: emptySlots }

export interface StartArgs {
  readonly id: string
  readonly peers: readonly string[]
  readonly electionTimeoutMs: readonly [number, number]
  readonly heartbeatMs: number
  /** Default true. */
  readonly randomBackoff?: boolean
  /** Default [100, 300]. */
  readonly backoffMs?: readonly [number, number]
  /** Default null: no rule removed. */
  readonly variant?: PaxosVariant | null
  readonly durable: Durable | null
}

/** The acceptor's part comes back from storage; the learner and the proposer start empty. */
export function startContext(a: StartArgs): PaxosContext {
  const durable = a.durable ?? NOTHING_DURABLE
  return {
    id: a.id,
    peers: a.peers,
    electionTimeoutMs: a.electionTimeoutMs,
    heartbeatMs: a.heartbeatMs,
    randomBackoff: a.randomBackoff ?? true,
    backoffMs: a.backoffMs ?? [100, 300],
    variant: a.variant ?? null,
    promised: durable.promised,
    accepted: durable.accepted,
    chosen: emptySlots,
    chosenUpTo: 0,
    applied: 0,
    store: {},
    sessions: emptyPMap,
    leaderId: null,
    highestSeen: durable.promised,
    ballot: NO_BALLOT,
    prepareFrom: 1,
    promises: [],
    reported: {},
    pending: {},
    nextSlot: 1,
    announcedUpTo: 0,
    waiting: [],
  }
}
