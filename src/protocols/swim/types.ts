/**
 * SWIM (Das, Gupta & Motivala, DSN 2002) with the Lifeguard refinements (Dadgar et al.,
 * 2018) as options: each member probes one other per protocol period, asks k others to
 * probe it indirectly when the direct ping goes unanswered, suspects it when no ack came
 * by the end of the period and declares it dead when the suspicion outlives its timeout
 * without a refutation. Membership changes travel piggybacked on pings and acks, each a
 * bounded number of times (λ log n). Plain push gossip of one rumour (`gossip`) shares the
 * folder for the convergence lesson.
 */

import type { PMap } from '../pmap'
import type { TimedMachineEvent } from '../xstate-stepper'

/** What a member thinks of another: ordered, at one incarnation, alive < suspect < dead. */
export type Status = 'alive' | 'suspect' | 'dead'

export const STATUS_RANK: Readonly<Record<Status, number>> = { alive: 0, suspect: 1, dead: 2 }

export interface Member {
  readonly status: Status
  /** The subject's incarnation this entry is about: only the subject raises it. */
  readonly inc: number
  /** When this member's entry last changed status, by the kernel's clock. */
  readonly since: number
}

/** A membership change as it travels, piggybacked on pings and acks. */
export interface Update {
  readonly id: string
  readonly status: Status
  readonly inc: number
  /** Who made this change: the subject (alive) or the member that suspected or declared. */
  readonly by: string
}

/** An update waiting in the dissemination buffer, with how often it has gone out. */
export interface Pending {
  readonly update: Update
  readonly sent: number
}

/** The probe of this protocol period. */
export interface Probe {
  readonly target: string
  readonly seq: number
  readonly acked: boolean
  /** Ping-reqs went out (the direct ping timed out). */
  readonly indirect: boolean
}

/** Why an entry changed, for the checkers and the event log. */
export type Cause = 'probe' | 'timeout' | 'gossip' | 'join' | 'refute' | 'start'

/** One entry changed in the step that just ran (the checkers read it; the next step clears it). */
export interface Change {
  readonly id: string
  readonly was: Status | null
  readonly now: Status
  readonly inc: number
  readonly cause: Cause
  /** For a declared death: when this member began to suspect the subject. */
  readonly suspectedAt?: number
}

/** A suspicion this member keeps a timer for (Lifeguard: and the others that confirmed it). */
export interface Suspicion {
  readonly inc: number
  readonly since: number
  readonly deadline: number
  /** Other members whose suspicion of the same incarnation reached this one. */
  readonly confirmations: readonly string[]
}

export interface SwimOptions {
  readonly periodMs: number
  readonly pingTimeoutMs: number
  readonly indirectK: number
  readonly suspicionMult: number
  readonly suspicionMaxMult: number
  readonly retransmitMult: number
  readonly piggybackMax: number
  readonly localHealth: boolean
  readonly dogpile: boolean
  readonly buddy: boolean
  /** The broken variant `no-suspicion`: a failed probe declares the member dead at once. */
  readonly noSuspicion: boolean
}

export interface SwimContext {
  readonly kind: 'swim'
  readonly id: string
  readonly opts: SwimOptions
  /** The member a newcomer (or a restarted member) joins through. */
  readonly seeds: readonly string[]
  readonly joined: boolean
  // Kept on disk: the member's own incarnation.
  readonly incarnation: number
  // Lost in a crash.
  readonly members: PMap<Member>
  /** How many entries (this member included) are alive, suspect and dead. */
  readonly counts: Readonly<Record<Status, number>>
  /** The probe order: a shuffled round of the other members, and where it stands. */
  readonly order: readonly string[]
  readonly next: number
  readonly probe: Probe | null
  readonly seq: number
  readonly rng: number
  readonly buffer: readonly Pending[]
  readonly suspicions: Readonly<Record<string, Suspicion>>
  /** Lifeguard's local health multiplier score: 0 healthy, up to 8. */
  readonly health: number
  readonly now: number
  readonly changes: readonly Change[]
}

export interface GossipOptions {
  readonly intervalMs: number
  readonly fanout: number
}

/** A plain push-gossip member: the newest rumour it knows, pushed to `fanout` others. */
export interface GossipContext {
  readonly kind: 'gossip'
  readonly id: string
  readonly opts: GossipOptions
  readonly peers: readonly string[]
  readonly rng: number
  readonly version: number
  readonly key: string | null
  readonly value: string | null
  /** When it learned the rumour it holds (null: knows none). */
  readonly informedAt: number | null
  readonly now: number
}

export interface Durable {
  readonly incarnation: number
}

// Messages.
export interface Ping {
  readonly type: 'Ping'
  readonly seq: number
  readonly updates: readonly Update[]
  /** Sent on behalf of a ping-req from this member: the ack goes back through the sender. */
  readonly relay?: string
}
export interface Ack {
  readonly type: 'Ack'
  readonly seq: number
  readonly updates: readonly Update[]
  readonly relay?: string
}
export interface PingReq {
  readonly type: 'PingReq'
  readonly seq: number
  readonly target: string
  readonly updates: readonly Update[]
}
export interface Join {
  readonly type: 'Join'
  readonly incarnation: number
}
/** The seed's whole membership table, for a newcomer: `[id, status, incarnation]`. */
export interface JoinReply {
  readonly type: 'JoinReply'
  readonly members: readonly (readonly [string, Status, number])[]
}
export interface Rumor {
  readonly type: 'Rumor'
  readonly version: number
  readonly key: string
  readonly value: string
}

export type SwimMessage = Ping | Ack | PingReq | Join | JoinReply | Rumor

export type SwimEvent = TimedMachineEvent<SwimMessage>
