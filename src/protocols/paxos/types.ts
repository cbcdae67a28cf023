/** Multi-Paxos node state and messages: one node is proposer, acceptor and learner at once. */

import type { PMap } from '../pmap'
import type { Ballot } from './ballot'
import type { Slots } from './slots'
import type { PaxosVariant } from './variants'

import type { Command, Session } from '../kv-commands'

export type { Command, Session }

/** What an acceptor accepted in one slot: the ballot and the command proposed in it. */
export interface AcceptedValue {
  readonly ballot: Ballot
  readonly command: Command
}

/** A slot the leader proposed in Phase 2 and has not yet seen chosen. */
export interface Proposal {
  readonly command: Command
  /** Acceptors that accepted it at the leader's ballot, the leader first. */
  readonly acks: readonly string[]
  /** Proposed since the last heartbeat: its Accepts may still be on their way. */
  readonly fresh: boolean
}

/** A client waiting on the leader for the command in `slot` to be applied. */
export interface Waiting {
  readonly slot: number
  readonly client: string
  readonly seq: number
}

export interface PaxosContext {
  readonly id: string
  readonly peers: readonly string[]
  readonly electionTimeoutMs: readonly [number, number]
  readonly heartbeatMs: number
  /** Whether a preempted proposer waits a random `backoffMs` before it tries again. */
  readonly randomBackoff: boolean
  readonly backoffMs: readonly [number, number]
  /** The rule this node runs without (variants.ts), or null for Paxos as published. */
  readonly variant: PaxosVariant | null
  // The acceptor's state, kept on stable storage.
  /** The highest ballot this node promised (Phase 1b) or accepted at. */
  readonly promised: Ballot
  readonly accepted: Slots<AcceptedValue>
  // The learner's state, lost in a crash.
  readonly chosen: Slots<Command>
  /** Slots 1 … chosenUpTo are all known to be chosen. */
  readonly chosenUpTo: number
  /** Slots 1 … applied have been applied to the store, strictly in order. */
  readonly applied: number
  readonly store: Readonly<Record<string, string>>
  /** Last request applied per client session, for exactly-once retries. */
  readonly sessions: PMap<Session>
  /** The leader this node last heard from, for redirecting clients. */
  readonly leaderId: string | null
  /** The highest ballot seen anywhere (in refusals too), so that the next one is higher. */
  readonly highestSeen: Ballot
  // The proposer's state, lost in a crash.
  /** Its own ballot while it runs Phase 1 or leads. */
  readonly ballot: Ballot
  /** The first slot Phase 1 asks about: the first one it has not learned chosen. */
  readonly prepareFrom: number
  readonly promises: readonly string[]
  /** Per slot, the accepted value with the highest ballot that promises reported. */
  readonly reported: Readonly<Record<number, AcceptedValue>>
  readonly pending: Readonly<Record<number, Proposal>>
  /** The leader's next free slot for a new client command. */
  readonly nextSlot: number
  /** The leader's chosenUpTo at its last heartbeat, which the next heartbeat announces. */
  readonly announcedUpTo: number
  readonly waiting: readonly Waiting[]
}

export interface Durable {
  readonly promised: Ballot
  readonly accepted: Slots<AcceptedValue>
}

/** Phase 1a: promise not to accept below `ballot`, and report what you accepted. */
export interface Prepare {
  readonly type: 'Prepare'
  readonly ballot: Ballot
  /** Report accepted values from this slot on. */
  readonly fromSlot: number
}

export interface ReportedValue extends AcceptedValue {
  readonly slot: number
}

/** Phase 1b, or a refusal (ok: false) naming the higher ballot already promised. */
export interface PromiseReply {
  readonly type: 'Promise'
  readonly ballot: Ballot
  readonly ok: boolean
  readonly promised: Ballot
  readonly accepted: readonly ReportedValue[]
}

/** Phase 2a: accept `command` in `slot` at `ballot`. */
export interface Accept {
  readonly type: 'Accept'
  readonly ballot: Ballot
  readonly slot: number
  readonly command: Command
}

/** Phase 2b, or a refusal (ok: false) naming the higher ballot already promised. */
export interface Accepted {
  readonly type: 'Accepted'
  readonly ballot: Ballot
  readonly slot: number
  readonly ok: boolean
  readonly promised: Ballot
}

/** Tells learners which commands were chosen in which slots. */
export interface Decide {
  readonly type: 'Decide'
  readonly decisions: readonly { readonly slot: number; readonly command: Command }[]
}

/** The leader is alive at `ballot`; slots up to `chosenUpTo` are chosen. */
export interface Heartbeat {
  readonly type: 'Heartbeat'
  readonly ballot: Ballot
  readonly chosenUpTo: number
}

/** A learner that is behind asks for the chosen slots from `fromSlot` on. */
export interface CatchUp {
  readonly type: 'CatchUp'
  readonly fromSlot: number
}

export interface ClientRequest {
  readonly type: 'ClientRequest'
  readonly client: string
  readonly seq: number
  readonly op: 'get' | 'put'
  readonly key: string
  readonly value: string | null
}

export type PaxosMessage =
  Prepare | PromiseReply | Accept | Accepted | Decide | Heartbeat | CatchUp | ClientRequest

/** What the machine receives: a message with its sender, or a timer. */
export type PaxosEvent =
  | (PaxosMessage & { readonly from: string })
  | { readonly type: 'timer.election' }
  | { readonly type: 'timer.heartbeat' }
