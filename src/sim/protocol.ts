/**
 * The protocol-neutral interface between the kernel and a protocol. The kernel owns time,
 * randomness, the network and faults; a protocol owns what one node does with an event.
 * A node never touches the kernel: it answers each event with a new state and a list of
 * effects (data), which the kernel carries out.
 */

import type { ParamSpecs, ResolvedParams } from './params'
import type { ClientOp } from './world'
import type { NodeId } from '../scenario/types'

/**
 * A message body. `type` names it (RequestVote, AppendEntries, …). Clients and nodes speak
 * a fixed, protocol-neutral pair: `ClientRequest { client, seq, op, key, value }` and
 * `ClientReply { client, seq, ok, output }`, or, from a node that cannot serve it,
 * `ClientReply { client, seq, ok: false, leader }` naming where to go (null: unknown).
 */
export interface Payload {
  readonly type: string
}

export interface ClientRequest extends Payload {
  readonly type: 'ClientRequest'
  readonly client: string
  readonly seq: number
  readonly op: string
  readonly key: string
  readonly value: string | null
}

export interface ClientReply extends Payload {
  readonly type: 'ClientReply'
  readonly client: string
  readonly seq: number
  readonly ok: boolean
  readonly output?: string | null
  /** With ok: false, the leader to try instead, or null when none is known. */
  readonly leader?: string | null
}

export type Effect =
  /** Send to a node or to a client; the kernel routes by id. */
  | { readonly type: 'send'; readonly to: string; readonly msg: Payload }
  /** (Re)arm a named timer; a range draws the delay from the kernel's PRNG. */
  | {
      readonly type: 'setTimer'
      readonly name: string
      readonly ms: number | readonly [number, number]
    }
  | { readonly type: 'cancelTimer'; readonly name: string }

/**
 * `now` is the kernel's clock as the event happens: a protocol that models physical clocks
 * (last-writer-wins timestamps) reads it, adding any skew of its own; others ignore it.
 */
export type NodeEvent =
  | {
      readonly type: 'message'
      readonly from: string
      readonly msg: Payload
      readonly now?: number
    }
  | { readonly type: 'timer'; readonly name: string; readonly now?: number }

export interface Step<S> {
  readonly state: S
  readonly effects: readonly Effect[]
}

/** What the views, the CLI and accessible names show of one node. */
export interface NodeView {
  /** Role word for the accessible name and colour: leader, follower, primary, … */
  readonly role: string
  /**
   * Term, view or ballot, when the protocol has one, as a number that orders them (a
   * protocol whose epoch is a pair encodes it; `spec.epoch.format` writes it back).
   */
  readonly term?: number
  /** How far the node has committed (Raft: commitIndex), for markers and charts. */
  readonly commit?: number
}

/**
 * What a role is to the shared views. `lead`: the node the others follow (leader, primary,
 * coordinator): drawn filled with a crown, marked when it takes over, aimed at by the
 * explorer's nemesis. `seek`: trying to become one (candidate). `plain`: an ordinary member.
 * `idle`: up but outside the protocol's work (a spare). `service`: a helper role outside
 * the replicas (a view service, a master).
 */
export type RoleLook = 'lead' | 'seek' | 'plain' | 'idle' | 'service'

/** How a protocol names its epoch in accessible names and views: `term 3`, `ballot 3.1`. */
export interface EpochSpec {
  readonly name: string
  /** The number `NodeView.term` holds, as the protocol writes it; default: as is. */
  readonly format?: (n: number) => string
  /**
   * The formatted number names itself (`map 3`, `reduce 1`): accessible names show it
   * without the epoch's name, which then only titles the charts.
   */
  readonly bare?: boolean
}

export interface ClientOpSpec {
  readonly op: string
  readonly needsValue: boolean
}

/** The static description of a protocol, enough to validate a scenario. */
export interface ProtocolSpec {
  readonly name: string
  readonly title: string
  readonly nodes: { readonly min: number; readonly max: number; readonly default: number }
  /** The protocol's own parameters; the kernel's (KERNEL_PARAMS) come on top. */
  readonly params: ParamSpecs
  readonly clientOps: readonly ClientOpSpec[]
  /** Named, deliberately broken versions, for teaching. */
  readonly variants: readonly string[]
  /** The timer a `timeout` input fires at once (Raft: the election timer). */
  readonly timeoutTimer: string
  /** Every role `view()` returns, with what it is to the shared views. */
  readonly roles: Readonly<Record<string, RoleLook>>
  /** The epoch `NodeView.term` counts; left out, it is a `term`. */
  readonly epoch?: EpochSpec
  /**
   * Nodes may join and leave while it runs (`join` and `leave` inputs); left out, a
   * scenario with either is refused. Its nodes hear of each change through `members`.
   */
  readonly membership?: boolean
  /**
   * Its nodes vote (atomic commit): a `vote` input forces a node's next vote; left out, a
   * scenario with one is refused.
   */
  readonly votes?: boolean
  /**
   * A problem with the parameters together (a quorum larger than the replicas), as the
   * parameter to name and what is wrong with it; null when they fit. Each parameter's own
   * bounds are checked before.
   */
  readonly checkParams?: (
    params: ResolvedParams,
  ) => { readonly param: string; readonly message: string } | null
  /**
   * Whether the protocol promises linearizable client histories with these parameters
   * (Dynamo only in ABD mode with R + W > N); left out, it always does. The explorer
   * reports a history that is not linearizable only where it was promised.
   */
  readonly linearizable?: (params: ResolvedParams) => boolean
}

export interface InitArgs {
  readonly id: NodeId
  /** The other members of the cluster as the node starts (joined, not left; up or not). */
  readonly peers: readonly NodeId[]
  readonly params: ResolvedParams
  readonly variant: string | undefined
  /** What survived a crash, or null on a first start. */
  readonly durable: unknown
  /** The kernel's clock as the node starts (see NodeEvent's `now`). */
  readonly now?: number
  /**
   * The scenario's seed, for a protocol whose nodes make random choices of their own
   * (whom to gossip to): mixed with the node's id, it seeds a PRNG kept in its state.
   */
  readonly seed?: number
}

/** One invariant violation found while the run was checked. */
export interface Violation {
  readonly invariant: string
  readonly at: number
  readonly nodes: readonly NodeId[]
  readonly message: string
}

/**
 * Checks a protocol's safety properties after every step. It keeps its own ghost state
 * (history the nodes themselves forget), which it may update in place; `clone` copies it
 * into checkpoints. Each distinct violation is reported once.
 */
export interface InvariantChecker<S, G> {
  init(nodeCount: number): G
  /**
   * Called after `node` stepped from `before` to `after` (null when down). `clients` are
   * the client operations invoked so far, in invocation order (client `cK` is entry K-1),
   * for checks that a value came from a client.
   */
  check(
    ghost: G,
    at: number,
    node: NodeId,
    before: S | null,
    after: S | null,
    all: readonly { readonly state: S | null }[],
    clients: readonly ClientOp[],
  ): readonly Violation[]
  clone(ghost: G): G
  /** A plain image of the ghost state, for tests that two ways to a moment agree. */
  digest(ghost: G): unknown
}

export interface Protocol<S = unknown, G = unknown> {
  readonly spec: ProtocolSpec
  init(args: InitArgs): Step<S>
  step(state: S, event: NodeEvent): Step<S>
  /**
   * The cluster's members changed (a `join` or a `leave`): called on every member that is
   * up, the newcomer included, with every member's id (up or not) in join order. Only for a
   * protocol whose spec says `membership`; one that finds members by itself (gossip) may
   * keep its state as it is.
   */
  members?(state: S, members: readonly NodeId[]): Step<S>
  /**
   * A `vote` input: the node casts `value` as its next vote. Only for a protocol whose spec
   * says `votes`.
   */
  vote?(state: S, value: 'yes' | 'no'): Step<S>
  /** The part of the state that survives a crash. */
  durable(state: S): unknown
  view(state: S): NodeView
  /** Protocol-specific fields for the CLI's node JSON (term, log, store, …). */
  describe(state: S): Record<string, unknown>
  /** The same fields for a crashed node, from what survived the crash. */
  describeDurable(durable: unknown): Record<string, unknown>
  /** A plain, JSON-able image of the whole node state (inspector, equality in tests). */
  digest(state: S): unknown
  /**
   * The log as the cluster view draws it: each entry's term (its colour), and how many are
   * committed; or, where entries are decided out of order (Paxos slots), which are.
   */
  logView(state: S): {
    readonly terms: readonly number[]
    readonly committed: number
    readonly done?: readonly boolean[]
  }
  /** A short kind for a message, for its colour and legend (RequestVote, Heartbeat, …). */
  messageKind(msg: Payload): string
  /**
   * What a message says, in words, for the event log: `n2 granted its vote to n1`,
   * `n3 promised ballot 4.3 to n4`; null or left out when its kind says enough.
   */
  describeMessage?(from: string, to: string, msg: Payload): string | null
  readonly invariants: InvariantChecker<S, G>
  /**
   * What a correct run measured, from the checker's ghost state (a failure detector's
   * detection times and false positives): reported beside the violations as `measures`.
   */
  measures?(ghost: G): Readonly<Record<string, unknown>>
}
