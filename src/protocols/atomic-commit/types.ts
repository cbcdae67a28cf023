/**
 * Atomic commit (Gray 1978; Skeen 1981): the state of the coordinator and of each
 * participant, and the messages between them. `n1` coordinates; `n2` … `nN` are the
 * participants, each holding the keys that hash to it. A client's `txn` writes one value
 * to several keys; the participants holding them vote, and all of them commit or none.
 * Two-phase commit blocks a participant that voted yes until it learns the outcome;
 * three-phase commit adds a pre-commit round so that participants can decide alone.
 */

import type { ClientRequest as KernelClientRequest } from '../../sim/protocol'
import type { CommitVariant } from './variants'

/** Where a participant stands on one transaction. */
export type TxnState = 'prepared' | 'precommitted' | 'committed' | 'aborted'

export type Decision = 'commit' | 'abort'

/** A participant's record of one transaction (kept on disk). */
export interface PartTxn {
  readonly id: string
  /** The writes to this participant's keys. */
  readonly writes: Readonly<Record<string, string>>
  /** Every participant the transaction involves. */
  readonly participants: readonly string[]
  readonly state: TxnState
  /** How it voted: a participant that voted no aborted at once. */
  readonly vote: 'yes' | 'no'
}

export interface Options {
  /** Three-phase commit: pre-commit before commit, and a termination protocol on timeout. */
  readonly threePhase: boolean
  readonly timeoutMs: number
  /** The share of prepares a participant votes no to, by a hash of the transaction. */
  readonly noVoteRate: number
  /** Two-phase commit's cooperative termination: a blocked participant asks the others. */
  readonly cooperative: boolean
  readonly variant: CommitVariant | null
}

export interface ParticipantContext extends Options {
  readonly kind: 'participant'
  readonly id: string
  readonly coordinator: string
  /** Every participant, this one included, in id order. */
  readonly participants: readonly string[]
  // Kept on disk.
  readonly txns: readonly PartTxn[]
  readonly store: Readonly<Record<string, string>>
  // Lost in a crash.
  /** A `vote` input: how it votes on the next prepare it has not voted on. */
  readonly forced: 'yes' | 'no' | null
  /** Prepared transactions whose outcome it waited for past the timeout: blocked. */
  readonly blocked: readonly string[]
  /** Three-phase termination: the states other participants told it, by transaction. */
  readonly heard: Readonly<Record<string, Readonly<Record<string, TxnState | 'unknown'>>>>
}

/** A transaction the coordinator is running. */
export interface CoordTxn {
  readonly id: string
  readonly client: string
  readonly seq: number
  readonly writes: Readonly<Record<string, string>>
  readonly participants: readonly string[]
  readonly votes: Readonly<Record<string, boolean>>
  /** `voting`, then (3PC) `precommit`, then `decided` until every participant acknowledged. */
  readonly phase: 'voting' | 'precommit' | 'decided'
  readonly preAcks: readonly string[]
  readonly acks: readonly string[]
}

export interface CoordinatorContext extends Options {
  readonly kind: 'coordinator'
  readonly id: string
  readonly participants: readonly string[]
  // Kept on disk (the decision log; lost in the volatile-decision variant).
  readonly log: Readonly<Record<string, Decision>>
  /** Each client's transaction, so a retried request is answered, not run again. */
  readonly sessions: Readonly<Record<string, string>>
  readonly counter: number
  // Lost in a crash.
  readonly active: readonly CoordTxn[]
}

export type CommitContext = ParticipantContext | CoordinatorContext

export type Durable =
  | {
      readonly kind: 'participant'
      readonly txns: readonly PartTxn[]
      readonly store: Readonly<Record<string, string>>
    }
  | {
      readonly kind: 'coordinator'
      readonly log: Readonly<Record<string, Decision>>
      readonly sessions: Readonly<Record<string, string>>
      readonly counter: number
    }

/** Coordinator → participant: may you commit these writes? */
export interface VoteRequest {
  readonly type: 'VoteRequest'
  readonly txn: string
  readonly writes: Readonly<Record<string, string>>
  readonly participants: readonly string[]
}

export interface Vote {
  readonly type: 'Vote'
  readonly txn: string
  readonly yes: boolean
}

/** Three-phase commit: everyone voted yes; get ready to commit. */
export interface PreCommit {
  readonly type: 'PreCommit'
  readonly txn: string
}

export interface PreAck {
  readonly type: 'PreAck'
  readonly txn: string
}

export interface Outcome {
  readonly type: 'Outcome'
  readonly txn: string
  readonly decision: Decision
}

export interface OutcomeAck {
  readonly type: 'OutcomeAck'
  readonly txn: string
}

/** A participant that waited too long asks what became of a transaction. */
export interface StateQuery {
  readonly type: 'StateQuery'
  readonly txn: string
}

export interface StateReply {
  readonly type: 'StateReply'
  readonly txn: string
  readonly state: TxnState | 'unknown'
}

export type ClientRequest = KernelClientRequest & { readonly op: 'txn' }

export type CommitMessage =
  | VoteRequest
  | Vote
  | PreCommit
  | PreAck
  | Outcome
  | OutcomeAck
  | StateQuery
  | StateReply
  | ClientRequest

export type CommitEvent =
  | (CommitMessage & { readonly from: string })
  | { readonly type: `timer.${string}` }
  | { readonly type: 'vote'; readonly value: 'yes' | 'no' }
