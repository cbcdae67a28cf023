/**
 * Chain replication (van Renesse & Schneider, OSDI 2004): the state of a server and of the
 * master, and the messages between them. Servers n1 … n(N-1) form the chain; the last node
 * nN is the master, which keeps the chain's configuration.
 */

import type { PMap } from '../pmap'
import type { Command, Session } from '../kv-commands'
import type { ChainVariant } from './variants'

export type { Command, Session }

/** One update in a server's history: the head numbers writes in the order it takes them. */
export interface Update {
  readonly seq: number
  /** The chain version under which the head took it (its colour in the views). */
  readonly version: number
  readonly command: Command
}

/** A server's place in a configuration. */
export interface Member {
  readonly id: string
  /** The server's incarnation (how many times it restarted) when it was placed. */
  readonly inc: number
  /** The version at which it took this place: a new place means a fresh state transfer. */
  readonly since: number
  /** Kept in place across a crash as the last server holding the data: it resumes from disk. */
  readonly kept?: boolean
}

/** An update forwarded to the successor and not yet acknowledged from the tail. */
export interface SentEntry {
  readonly update: Update
  /** Heartbeat ticks since it was last sent. */
  readonly age: number
}

/** A client whose write is in the head's history but not yet committed. */
export interface Waiting {
  readonly client: string
  readonly seq: number
  readonly update: number
}

/** A CRAQ read of a dirty key, waiting for the tail's committed version. */
export interface PendingRead {
  readonly client: string
  readonly seq: number
  readonly key: string
}

export interface ServerContext {
  readonly kind: 'server'
  readonly id: string
  readonly master: string
  readonly pingMs: number
  readonly deadPings: number
  readonly craq: boolean
  readonly variant: ChainVariant | null
  /** Incarnation: 0 on the first start, one more on each restart (kept on disk). */
  readonly inc: number
  // Kept on disk across a crash.
  readonly hist: readonly Update[]
  readonly store: Readonly<Record<string, string>>
  readonly sessions: PMap<Session>
  /** The highest update known to have reached the tail (committed). */
  readonly acked: number
  /** Whether its history is valid for its place (false while it waits for a state transfer). */
  readonly filled: boolean
  readonly version: number
  readonly members: readonly Member[]
  // Lost in a crash.
  /** Whether it holds a place in the configuration it knows, as this incarnation. */
  readonly placed: boolean
  /** The `since` of its place. */
  readonly since: number
  /** The `since` of the place its history on disk came from, as it restarted. */
  readonly heldSince: number
  /** The versions at which its predecessor and its successor became so. */
  readonly predSince: number
  readonly succSince: number
  /** The tick of its last report to its predecessor, so a newcomer asks again only later. */
  readonly reportTick: number
  readonly tick: number
  /** Reads are served while `tick < leaseUntil`: the master heard from it recently. */
  readonly leaseUntil: number
  readonly sent: readonly SentEntry[]
  /** no-resend-on-repair: the next forward claims to follow this update. */
  readonly skipTo: number | null
  /** A successor's report that came before the configuration that makes it the successor. */
  readonly pendingReport: (Report & { readonly from: string }) | null
  readonly waiting: readonly Waiting[]
  readonly reads: readonly PendingRead[]
}

export interface MasterContext {
  readonly kind: 'master'
  readonly id: string
  readonly servers: readonly string[]
  readonly pingMs: number
  readonly deadPings: number
  readonly craq: boolean
  // Kept on disk.
  readonly version: number
  readonly members: readonly Member[]
  // Lost in a crash.
  readonly tick: number
  /** The tick at which each server's last heartbeat arrived. */
  readonly heard: Readonly<Record<string, number>>
  /** Whether each member said, in its last heartbeat, that its history is filled. */
  readonly filled: Readonly<Record<string, boolean>>
}

export type ChainContext = ServerContext | MasterContext

export interface ServerDurable {
  readonly kind: 'server'
  readonly inc: number
  readonly hist: readonly Update[]
  readonly store: Readonly<Record<string, string>>
  readonly sessions: PMap<Session>
  readonly acked: number
  readonly filled: boolean
  readonly version: number
  readonly members: readonly Member[]
  readonly since: number
}

export interface MasterDurable {
  readonly kind: 'master'
  readonly version: number
  readonly members: readonly Member[]
}

export type Durable = ServerDurable | MasterDurable

/** Server → master, every `pingMs`. */
export interface Heartbeat {
  readonly type: 'Heartbeat'
  readonly tick: number
  readonly inc: number
  /** The `since` of the place it knows it holds (0: none), so the master reads `filled` right. */
  readonly since: number
  /** The `since` of the place its history on disk belongs to (after a restart: the old one). */
  readonly held: number
  readonly filled: boolean
  readonly last: number
}

/** Master → servers: the configuration, pushed on a change or answering a heartbeat. */
export interface Config {
  readonly type: 'Config'
  readonly version: number
  readonly members: readonly Member[]
  /** The heartbeat it answers (its tick and incarnation), or null for a push. */
  readonly echo: { readonly tick: number; readonly inc: number } | null
}

/** An update on its way down the chain; `after` is the update it follows on this link. */
export interface Forward {
  readonly type: 'Forward'
  readonly update: Update
  readonly after: number
  /** The sender's chain version: older than the link itself, it comes from a former life. */
  readonly version: number
}

/** From the tail up the chain: every update up to `upTo` has reached the tail. */
export interface Ack {
  readonly type: 'Ack'
  readonly upTo: number
  readonly version: number
}

/** A server to its new predecessor: the last update it has (fresh: none, send me all). */
export interface Report {
  readonly type: 'Report'
  readonly version: number
  readonly last: number
  readonly fresh: boolean
}

/** The predecessor's whole history, to a server that joins the chain. */
export interface Transfer {
  readonly type: 'Transfer'
  readonly hist: readonly Update[]
  readonly acked: number
  readonly version: number
}

/** CRAQ: which version of `key` has the tail committed? */
export interface VersionQuery {
  readonly type: 'VersionQuery'
  readonly key: string
  readonly client: string
  readonly seq: number
}

/** The update that last wrote the key at the tail (0: never), or null: not serving. */
export interface VersionReply {
  readonly type: 'VersionReply'
  readonly key: string
  readonly client: string
  readonly seq: number
  readonly version: number | null
}

export interface ClientRequest {
  readonly type: 'ClientRequest'
  readonly client: string
  readonly seq: number
  readonly op: 'get' | 'put'
  readonly key: string
  readonly value: string | null
}

export type ChainMessage =
  | Heartbeat
  | Config
  | Forward
  | Ack
  | Report
  | Transfer
  | VersionQuery
  | VersionReply
  | ClientRequest

export type ChainEvent =
  | (ChainMessage & { readonly from: string })
  | { readonly type: 'timer.ping' }
  | { readonly type: 'timer.detect' }
