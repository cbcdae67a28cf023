/**
 * Dynamo-style replication (DeCandia et al., SOSP 2007): the state of one replica and the
 * messages between replicas. Every node is a replica and any node coordinates a client's
 * request: it asks the key's preference list (the first `n` distinct nodes clockwise on
 * the ring), answers once `r` (a get) or `w` (a put) replicas have, and repairs what it
 * saw was stale. Versions carry vector clocks; concurrent ones are kept side by side as
 * siblings, or, with last-writer-wins, the one with the later timestamp wins.
 */

import type { ClientRequest as KernelClientRequest } from '../../sim/protocol'
import type { Ring } from './ring'
import type { VectorClock } from './vector-clock'
import type { DynamoVariant } from './variants'

/** One version of a key's value, as a replica stores it. */
export interface StoredVersion {
  readonly value: string
  readonly clock: VectorClock
  /**
   * Last-writer-wins: the coordinator's wall clock when it took the write. ABD: the tag's
   * counter. Unused (0) with vector clocks alone.
   */
  readonly ts: number
  /** The coordinator that made it: breaks a tie of `ts`. */
  readonly by: string
  /** The client operation that wrote it (`c3`): the invariants and the history name it. */
  readonly op: string
}

export type Versions = readonly StoredVersion[]

/** How a replica reconciles versions: vector clocks with siblings, LWW, or ABD's tags. */
export type Resolution = 'clocks' | 'lww' | 'abd'

/** A version kept for a replica that did not answer (sloppy quorum), to hand back later. */
export interface Hint {
  readonly key: string
  readonly version: StoredVersion
  /** The node it belongs to. */
  readonly for: string
}

/** A client request this node coordinates, from its first message to its last repair. */
export interface Coordination {
  /** The coordination's own number at this node, so late answers find it. */
  readonly id: number
  readonly client: string
  readonly seq: number
  readonly op: 'get' | 'put'
  readonly key: string
  readonly value: string | null
  /**
   * `read`: gathering versions (a get; or, before a put, its context or ABD's highest
   * tag). `write`: storing a version. `writeback`: ABD's read storing what it will return.
   * `repair`: answered; still listening for late replies to repair them.
   */
  readonly phase: 'read' | 'write' | 'writeback' | 'repair'
  /** Who it asked in this phase, in ring order; a sloppy quorum adds stand-ins. */
  readonly asked: readonly string[]
  /** For each stand-in asked, the node of the preference list it stands in for. */
  readonly standIns: Readonly<Record<string, string>>
  /** Nodes asked that did not answer in time and now have a stand-in. */
  readonly replaced: readonly string[]
  /** The nodes that answered this phase (acked a write, or replied to a read). */
  readonly answered: readonly string[]
  /** What each replica that answered a read holds (its versions of the key). */
  readonly replies: Readonly<Record<string, Versions>>
  /** The version a put writes, or what a read writes back, once known. */
  readonly writing: Versions
  /** The versions the client gets (a get), once chosen. */
  readonly result: Versions | null
}

/** A put answered: kept a while for the inspector, and for the lost-write invariant. */
export interface Acked {
  readonly op: string
  readonly key: string
  readonly version: StoredVersion
  /** The replicas whose store (or hint) took it: at least `w` of them. */
  readonly by: readonly string[]
}

/** A get answered: what it returned, kept a while for the ABD check. */
export interface Returned {
  readonly op: string
  readonly key: string
  readonly versions: Versions
}

export interface ReplicaContext {
  readonly kind: 'replica'
  readonly id: string
  /** The ring's members in the order they joined (this node included). */
  readonly members: readonly string[]
  /** The ring of `members`, each with `vnodes` tokens. */
  readonly ring: Ring
  readonly vnodes: number
  readonly n: number
  readonly r: number
  readonly w: number
  readonly sloppy: boolean
  readonly resolution: Resolution
  /** How long a coordinator waits for replicas in each phase. */
  readonly requestTimeoutMs: number
  readonly antiEntropyMs: number
  readonly variant: DynamoVariant | null
  /** This node's wall clock (ms): kernel time, plus its skew in the lww-clock-skew variant. */
  readonly now: number
  readonly skewMs: number
  // Kept on disk across a crash.
  readonly store: Readonly<Record<string, Versions>>
  readonly hints: readonly Hint[]
  /**
   * Every write this replica has stored, by op, even once overwritten: a client's retried
   * put that finds its write here writes that same version back instead of a second one.
   */
  readonly seen: Readonly<Record<string, StoredVersion>>
  /** The highest entry it gave its own slot of a vector clock (never reused). */
  readonly counter: number
  /** The highest LWW timestamp or ABD tag it gave a version. */
  readonly lastTs: number
  // Lost in a crash.
  readonly nextId: number
  readonly coordinating: readonly Coordination[]
  /** The last few puts it answered, newest last. */
  readonly acked: readonly Acked[]
  /** The last few gets it answered, newest last. */
  readonly returned: readonly Returned[]
  /** Anti-entropy: how many rounds it has started, which picks the next member to compare with. */
  readonly syncRound: number
  /** Handoffs sent and not yet acknowledged, by their `seq`. */
  readonly sent: Readonly<Record<number, SentHandoff>>
}

/** Versions handed to another node, dropped here once it acknowledges them. */
export interface SentHandoff {
  readonly to: string
  /** `hint`: hints returned to their node. `transfer`: keys the ring gave to `to`. */
  readonly kind: 'hint' | 'transfer'
  /** Each key sent, with the writes (ops) of the versions sent. */
  readonly keys: readonly { readonly key: string; readonly ops: readonly string[] }[]
}

export type DynamoContext = ReplicaContext

export interface Durable {
  readonly store: Readonly<Record<string, Versions>>
  readonly hints: readonly Hint[]
  readonly seen: Readonly<Record<string, StoredVersion>>
  readonly counter: number
  readonly lastTs: number
}

/** Coordinator → replica: what do you hold of `key`? */
export interface Read {
  readonly type: 'Read'
  readonly id: number
  readonly key: string
  /** The write a put's read is for (its op), so the replica says if it stored it before. */
  readonly op: string | null
}

export interface ReadReply {
  readonly type: 'ReadReply'
  readonly id: number
  readonly key: string
  readonly versions: Versions
  /** The version of the coordinator's write this replica has stored before, if any. */
  readonly seen: StoredVersion | null
}

/**
 * Coordinator → replica: store these versions of `key` (a put, a read repair, an ABD
 * write-back), or keep them for `hintFor` while it is unreachable.
 */
export interface Write {
  readonly type: 'Write'
  /** The coordination it belongs to, or -1 for a repair nobody waits on. */
  readonly id: number
  readonly key: string
  readonly versions: Versions
  readonly hintFor: string | null
}

export interface WriteAck {
  readonly type: 'WriteAck'
  readonly id: number
  readonly key: string
}

/**
 * Versions handed over: a hint returned to its node, or keys a join or leave gave the
 * receiver. `seq` names the transfer, so its acknowledgement lets the sender drop them.
 */
export interface Handoff {
  readonly type: 'Handoff'
  readonly seq: number
  readonly entries: readonly { readonly key: string; readonly versions: Versions }[]
}

export interface HandoffAck {
  readonly type: 'HandoffAck'
  readonly seq: number
  readonly keys: readonly string[]
}

/** Anti-entropy: the sender's Merkle tree over the keys both nodes should hold. */
export interface SyncTree {
  readonly type: 'SyncTree'
  readonly hashes: readonly number[]
}

/**
 * Anti-entropy: the versions of the keys in the buckets where the trees differ; `reply`
 * asks the receiver to send its own versions of the same buckets back.
 */
export interface SyncKeys {
  readonly type: 'SyncKeys'
  readonly buckets: readonly number[]
  readonly entries: readonly { readonly key: string; readonly versions: Versions }[]
  readonly reply: boolean
}

/** The kernel's client request (sim/protocol.ts), for a get or a put. */
export type ClientRequest = KernelClientRequest & { readonly op: 'get' | 'put' }

export type DynamoMessage =
  Read | ReadReply | Write | WriteAck | Handoff | HandoffAck | SyncTree | SyncKeys | ClientRequest

export type DynamoEvent =
  | (DynamoMessage & { readonly from: string })
  /** A coordination's wait for replicas ran out (`timer.request-<id>`). */
  | { readonly type: `timer.request-${number}` }
  | { readonly type: 'timer.sync' }
  | { readonly type: 'members'; readonly members: readonly string[] }

/** Every event carries the kernel's clock as it happens (NodeEvent's `now`). */
export type TimedEvent = DynamoEvent & { readonly now: number }
