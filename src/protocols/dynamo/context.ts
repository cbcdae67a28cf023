/**
 * A Dynamo replica's context as it starts, from its parameters and what survived on disk:
 * its store, its hints, the writes it has seen and its counters. Coordinations in flight
 * are lost in a crash; their clients retry elsewhere.
 */

import { createRing } from './ring'
import { skewOf, type DynamoVariant } from './variants'
import type { Durable, ReplicaContext, Resolution } from './types'

export interface StartArgs {
  readonly id: string
  /** Every member, this node included, in the order they joined. */
  readonly members: readonly string[]
  readonly vnodes: number
  readonly n: number
  readonly r: number
  readonly w: number
  readonly sloppy: boolean
  readonly lww: boolean
  readonly abd: boolean
  readonly requestTimeoutMs: number
  readonly antiEntropyMs: number
  readonly variant: DynamoVariant | null
  readonly durable: Durable | null
  readonly now: number
}

/** ABD's tags win over the rest; the LWW variant forces last-writer-wins. */
export function resolutionOf(a: Pick<StartArgs, 'lww' | 'abd' | 'variant'>): Resolution {
  if (a.abd) return 'abd'
  return a.lww || a.variant === 'lww-clock-skew' ? 'lww' : 'clocks'
}

const number = (id: string) => Number(id.slice(1))

/** Members in join order: node ids are handed out in that order, so by their numbers. */
export function memberOrder(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => number(a) - number(b))
}

export function startContext(a: StartArgs): ReplicaContext {
  const skewMs = skewOf(a.variant, a.id)
  const d = a.durable
  return {
    kind: 'replica',
    id: a.id,
    members: [...a.members],
    ring: createRing(a.members, a.vnodes),
    vnodes: a.vnodes,
    n: a.n,
    r: a.r,
    w: a.w,
    sloppy: a.sloppy,
    resolution: resolutionOf(a),
    requestTimeoutMs: a.requestTimeoutMs,
    antiEntropyMs: a.antiEntropyMs,
    variant: a.variant,
    now: a.now + skewMs,
    skewMs,
    store: d?.store ?? {},
    hints: d?.hints ?? [],
    seen: d?.seen ?? {},
    counter: d?.counter ?? 0,
    lastTs: d?.lastTs ?? 0,
    nextId: 1,
    coordinating: [],
    acked: [],
    returned: [],
    syncRound: number(a.id),
    sent: {},
  }
}

/**
 * The context as a step begins, its wall clock at `now`: written out field by field, in
 * startContext's order, so that every context has one shape (V8 copies a context of many
 * shapes slowly, and every step copies it).
 */
export function atTime(c: ReplicaContext, now: number): ReplicaContext {
  return {
    kind: c.kind,
    id: c.id,
    members: c.members,
    ring: c.ring,
    vnodes: c.vnodes,
    n: c.n,
    r: c.r,
    w: c.w,
    sloppy: c.sloppy,
    resolution: c.resolution,
    requestTimeoutMs: c.requestTimeoutMs,
    antiEntropyMs: c.antiEntropyMs,
    variant: c.variant,
    now,
    skewMs: c.skewMs,
    store: c.store,
    hints: c.hints,
    seen: c.seen,
    counter: c.counter,
    lastTs: c.lastTs,
    nextId: c.nextId,
    coordinating: c.coordinating,
    acked: c.acked,
    returned: c.returned,
    syncRound: c.syncRound,
    sent: c.sent,
  }
}

export function durableOf(c: ReplicaContext): Durable {
  return { store: c.store, hints: c.hints, seen: c.seen, counter: c.counter, lastTs: c.lastTs }
}
