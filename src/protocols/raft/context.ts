/** A Raft node's context as it starts: from what survived a crash, or from nothing. */

import { emptyPMap } from '../pmap'
import { emptyLog } from './log'
import type { Durable, RaftContext } from './types'
import type { RaftVariant } from './variants'

export const NOTHING_DURABLE: Durable = { currentTerm: 0, votedFor: null, log: emptyLog }

export interface StartArgs {
  readonly id: string
  readonly peers: readonly string[]
  readonly electionTimeoutMs: readonly [number, number]
  readonly heartbeatMs: number
  /** Default true, as the paper has it. */
  readonly leaderNoop?: boolean
  /** Default null: no rule removed. */
  readonly variant?: RaftVariant | null
  readonly durable: Durable | null
}

/** Figure 2: volatile state starts empty; commitIndex and lastApplied at 0. */
export function startContext(a: StartArgs): RaftContext {
  return {
    id: a.id,
    peers: a.peers,
    electionTimeoutMs: a.electionTimeoutMs,
    heartbeatMs: a.heartbeatMs,
    leaderNoop: a.leaderNoop ?? true,
    variant: a.variant ?? null,
    ...(a.durable ?? NOTHING_DURABLE),
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
}
