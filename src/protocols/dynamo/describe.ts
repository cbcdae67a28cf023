/**
 * A Dynamo node as the CLI's JSON sees it (DESIGN.md): its ring tokens and its store as
 * `{ key: [{ value, clock }] }`, plus its hints, and the timestamp where LWW or ABD orders
 * versions by one.
 */

import type { Durable, Hint, ReplicaContext, Resolution, Versions } from './types'

function storeJson(store: Readonly<Record<string, Versions>>, resolution: Resolution | null) {
  const out: Record<string, { value: string; clock: Record<string, number>; ts?: number }[]> = {}
  for (const key of Object.keys(store).sort()) {
    out[key] = store[key]!.map((v) =>
      resolution === 'clocks' || resolution === null
        ? { value: v.value, clock: { ...v.clock } }
        : { value: v.value, clock: { ...v.clock }, ts: v.ts },
    )
  }
  return out
}

const hintsJson = (hints: readonly Hint[]) =>
  hints.map((h) => ({
    key: h.key,
    for: h.for,
    value: h.version.value,
    clock: { ...h.version.clock },
  }))

/** The node's tokens: where its virtual nodes sit on the 32-bit ring, in ring order. */
export function tokensOf(c: ReplicaContext): number[] {
  return c.ring.tokens.filter((t) => t.node === c.id).map((t) => t.point)
}

export function describeReplica(c: ReplicaContext) {
  return {
    tokens: tokensOf(c),
    members: c.members,
    store: storeJson(c.store, c.resolution),
    hints: hintsJson(c.hints),
    coordinating: c.coordinating
      .filter((k) => k.phase !== 'repair')
      .map((k) => ({
        client: k.client,
        op: k.op,
        key: k.key,
        phase: k.phase,
        answered: k.answered,
      })),
  }
}

/** What a crashed node kept on disk: its store and hints (its tokens come back with it). */
export function describeCrashed(d: Durable | null) {
  return {
    tokens: [],
    store: storeJson(d?.store ?? {}, null),
    hints: hintsJson(d?.hints ?? []),
  }
}

/** The cluster view's log strip: one cell per key held, done when it has no siblings. */
export function storeView(c: ReplicaContext) {
  const keys = Object.keys(c.store)
  return {
    terms: keys.map(() => 1),
    committed: keys.length,
    done: keys.map((key) => c.store[key]!.length === 1),
  }
}
