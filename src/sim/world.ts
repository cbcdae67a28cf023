/**
 * The world: every piece of mutable simulation state, as plain data. A checkpoint is a
 * cheap copy of it (`cloneWorld`): node states, queue entries and client records are
 * never mutated in place, only replaced, so copies share them.
 */

import type { Payload } from './protocol'
import type { Rng } from './prng'
import type { Queued } from './queue'
import type { NodeId } from '../scenario/types'

export interface Message {
  readonly id: number
  readonly from: string
  readonly to: string
  readonly sentAt: number
  readonly payload: Payload
  /** Chosen to be lost at send time (loss rate), or sent across a partition. */
  readonly doomed: 'loss' | 'partition' | null
}

export type QueueEvent =
  | (Queued & { readonly k: 'deliver'; readonly msg: Message })
  | (Queued & {
      readonly k: 'timer'
      readonly node: number
      readonly name: string
      readonly gen: number
      /** When it was armed, so a view can show how much of it is left. */
      readonly setAt: number
    })
  | (Queued & { readonly k: 'client'; readonly op: number; readonly gen: number })

export interface NodeSlot<S> {
  readonly id: NodeId
  up: boolean
  /** The protocol state while up; null while crashed. */
  state: S | null
  /** What survived the last crash. */
  durable: unknown
  /** Armed timers: name → generation of the one that may fire. Replaced, never mutated. */
  timers: Readonly<Record<string, number>>
  /** Not in the cluster: it has not joined yet, or it left. Left out: a member. */
  absent?: true
}

export type ClientOutcome = 'pending' | 'ok' | 'timeout'

/** One client operation and the simulated client that carries it out. */
export interface ClientOp {
  readonly index: number
  readonly client: string
  readonly op: string
  readonly key: string
  readonly value: string | null
  readonly invokedAt: number
  readonly returnedAt: number | null
  readonly outcome: ClientOutcome
  readonly output: string | null
  readonly attempts: number
  /** The node the current attempt went to. */
  readonly target: number
  readonly gen: number
}

export interface LinkOverride {
  readonly lossRate?: number
  readonly latencyMs?: readonly [number, number]
}

export interface World<S = unknown, G = unknown> {
  time: number
  /** Tie-breaker for events at the same time: order of scheduling. */
  seq: number
  /** Kernel events handled so far (deliveries, drops, timers, inputs). */
  events: number
  nextMsgId: number
  timerGen: number
  rng: Rng
  queue: QueueEvent[]
  nodes: NodeSlot<S>[]
  /** Partition group of each node, or null when the network is whole. */
  groupOf: readonly number[] | null
  links: Readonly<Record<string, LinkOverride>>
  clients: ClientOp[]
  /** Index of the next scenario input to apply. */
  nextInput: number
  /** The slot the next `join` brings in (every slot before it has joined at some time). */
  nextJoin: number
  ghost: G
}

/** The members' ids, in join order: the nodes that joined and did not leave, up or not. */
export function memberIds(w: World): string[] {
  const ids: string[] = []
  for (const n of w.nodes) if (n.absent !== true) ids.push(n.id)
  return ids
}

export function cloneWorld<S, G>(w: World<S, G>, cloneGhost: (g: G) => G): World<S, G> {
  return {
    ...w,
    rng: { s: w.rng.s },
    queue: w.queue.slice(),
    nodes: w.nodes.map((n) => ({ ...n })),
    clients: w.clients.slice(),
    ghost: cloneGhost(w.ghost),
  }
}

export function linkKey(from: string, to: string): string {
  return `${from}>${to}`
}
