/**
 * Primary-backup replication with a view service (MIT 6.824, labs "viewservice" and
 * "pbservice"): the node state of a server and of the view service, and their messages.
 */

import type { Command, Session } from '../kv-commands'
import type { PMap } from '../pmap'
import type { PbVariant } from './variants'

export type { Command, Session }

/** Who is primary and who is backup in view `num`; view 0 is "no view yet". */
export interface View {
  readonly num: number
  readonly primary: string | null
  readonly backup: string | null
}

export const NO_VIEW: View = { num: 0, primary: null, backup: null }

/** A client request the primary has taken and not yet answered. */
export interface Pending {
  readonly client: string
  readonly seq: number
  readonly command: Command
}

/** The request the primary has forwarded to its backup: the backup's op number `n`. */
export interface Inflight extends Pending {
  readonly n: number
}

export interface ServerContext {
  readonly kind: 'server'
  readonly id: string
  /** The view service: the cluster's last node. */
  readonly service: string
  readonly pingMs: number
  readonly variant: PbVariant | null
  /** How many times this server has started: kept across crashes, so the view service
   * tells a restarted server (which lost everything) from the one it put in a view. */
  readonly incarnation: number
  /** The newest view the view service told this server of. */
  readonly view: View
  /** Whether the view service said that `view` is acknowledged by its primary. */
  readonly acked: boolean
  /** As primary: the view number this server acknowledges in its pings. */
  readonly ackedNum: number
  /** As primary: it holds every acknowledged write, so it may serve (a fresh server not). */
  readonly hasData: boolean
  /** As backup: it has the state transfer of its view, so it may take forwards. */
  readonly synced: boolean
  /** As primary: the backup confirmed the state transfer of this view. */
  readonly backupReady: boolean
  readonly store: Readonly<Record<string, string>>
  readonly sessions: PMap<Session>
  /** Per key, how many puts were applied to it: the key's write sequence. */
  readonly versions: Readonly<Record<string, number>>
  /** Commands applied, in the order the primary chose: the next forward is applied + 1. */
  readonly applied: number
  /** As primary: requests waiting for their turn to be forwarded. */
  readonly queue: readonly Pending[]
  /** As primary: the request forwarded to the backup and not yet confirmed. */
  readonly inflight: Inflight | null
  /** As primary: the transfer or forward outstanding was sent since the last tick, so
   * the next tick leaves it be rather than sending it again. */
  readonly fresh: boolean
  /** As primary: client requests answered, with the view of the last one. */
  readonly served: number
  readonly servedView: number
}

/** What the view service knows of one server: its pings, counted in ticks. */
export interface ServerSeen {
  readonly incarnation: number
  /** The tick of its last ping, or -1 when none came since the view service started. */
  readonly lastTick: number
  /** The view number that ping acknowledged. */
  readonly pinged: number
}

export interface ServiceContext {
  readonly kind: 'service'
  readonly id: string
  /** The servers n1 … n(N-1), lowest id first. */
  readonly servers: readonly string[]
  readonly pingMs: number
  readonly deadPings: number
  readonly view: View
  /** The primary of `view` pinged with its number: the view service may move on. */
  readonly acked: boolean
  /** Some view was acknowledged: before that, no client was ever answered. */
  readonly everAcked: boolean
  /** The incarnations of the primary and backup when they entered the view. */
  readonly primaryInc: number
  readonly backupInc: number
  readonly ticks: number
  /** Per server, in `servers` order. */
  readonly seen: readonly ServerSeen[]
}

export type PbContext = ServerContext | ServiceContext

export type Durable =
  | { readonly kind: 'server'; readonly incarnation: number }
  | {
      readonly kind: 'service'
      readonly view: View
      readonly acked: boolean
      readonly everAcked: boolean
      readonly primaryInc: number
      readonly backupInc: number
    }

/** A server is alive and acknowledges view `view` (0: it knows none or acknowledges none). */
export interface Ping {
  readonly type: 'Ping'
  readonly view: number
  readonly incarnation: number
}

/** The view service's current view, to the incarnation that pinged. */
export interface ViewReply {
  readonly type: 'ViewReply'
  readonly view: View
  readonly acked: boolean
  /** Some view was acknowledged, so some server may hold writes; before, none can. */
  readonly everAcked: boolean
  readonly incarnation: number
}

/** The primary's whole state, for a new backup. */
export interface Transfer {
  readonly type: 'StateTransfer'
  readonly view: number
  readonly store: Readonly<Record<string, string>>
  readonly sessions: PMap<Session>
  readonly versions: Readonly<Record<string, number>>
  readonly applied: number
}

export interface TransferReply {
  readonly type: 'StateTransferReply'
  readonly view: number
  readonly ok: boolean
}

/** The primary's next command, number `n`, for the backup to apply before it answers. */
export interface Forward {
  readonly type: 'ForwardOp'
  readonly view: number
  readonly n: number
  readonly command: Command
}

/** `ok`, or refused: not the backup of `view` (`view`), or without the state (`sync`). */
export interface ForwardReply {
  readonly type: 'ForwardOpReply'
  readonly view: number
  readonly n: number
  readonly ok: boolean
  readonly reason: 'view' | 'sync' | null
}

export interface ClientRequest {
  readonly type: 'ClientRequest'
  readonly client: string
  readonly seq: number
  readonly op: 'get' | 'put'
  readonly key: string
  readonly value: string | null
}

export type PbMessage =
  Ping | ViewReply | Transfer | TransferReply | Forward | ForwardReply | ClientRequest

export type PbEvent = (PbMessage & { readonly from: string }) | { readonly type: 'timer.tick' }
