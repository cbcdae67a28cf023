/** Raft's node state and messages (Figure 2 of the extended Raft paper). */

import type { PMap } from '../pmap'
import type { Log } from './log'
import type { RaftVariant } from './variants'

import type { Command, Session } from '../kv-commands'

export type { Command, Session }

export interface Entry {
  readonly term: number
  readonly command: Command
}

/** A client waiting on the leader for the entry at `index` to be applied. */
export interface Waiting {
  readonly index: number
  readonly client: string
  readonly seq: number
}

export interface RaftContext {
  readonly id: string
  readonly peers: readonly string[]
  readonly electionTimeoutMs: readonly [number, number]
  readonly heartbeatMs: number
  /** Whether a new leader starts its term with a blank entry (§8); on unless a scenario says. */
  readonly leaderNoop: boolean
  /** The rule this node runs without (variants.ts), or null for Raft as the paper has it. */
  readonly variant: RaftVariant | null
  // Persistent state on all servers.
  readonly currentTerm: number
  readonly votedFor: string | null
  readonly log: Log
  // Volatile state on all servers.
  readonly commitIndex: number
  readonly lastApplied: number
  readonly store: Readonly<Record<string, string>>
  /** Last request applied per client session (§8), for exactly-once retries. */
  readonly sessions: PMap<Session>
  readonly leaderId: string | null
  // Volatile state on candidates and leaders.
  readonly votes: readonly string[]
  readonly nextIndex: Readonly<Record<string, number>>
  readonly matchIndex: Readonly<Record<string, number>>
  readonly waiting: readonly Waiting[]
}

export interface Durable {
  readonly currentTerm: number
  readonly votedFor: string | null
  readonly log: Log
}

export interface RequestVote {
  readonly type: 'RequestVote'
  readonly term: number
  readonly candidateId: string
  readonly lastLogIndex: number
  readonly lastLogTerm: number
}

export interface RequestVoteReply {
  readonly type: 'RequestVoteReply'
  readonly term: number
  readonly voteGranted: boolean
}

export interface AppendEntries {
  readonly type: 'AppendEntries'
  readonly term: number
  readonly leaderId: string
  readonly prevLogIndex: number
  readonly prevLogTerm: number
  readonly entries: readonly Entry[]
  readonly leaderCommit: number
}

export interface AppendEntriesReply {
  readonly type: 'AppendEntriesReply'
  readonly term: number
  readonly success: boolean
  /** On success, the index of the last entry the follower now matches. */
  readonly matchIndex: number
}

export interface ClientRequest {
  readonly type: 'ClientRequest'
  readonly client: string
  readonly seq: number
  readonly op: 'get' | 'put'
  readonly key: string
  readonly value: string | null
}

export type RaftMessage =
  RequestVote | RequestVoteReply | AppendEntries | AppendEntriesReply | ClientRequest

/** What the machine receives: a message with its sender, or a timer. */
export type RaftEvent =
  | (RaftMessage & { readonly from: string })
  | { readonly type: 'timer.election' }
  | { readonly type: 'timer.heartbeat' }
