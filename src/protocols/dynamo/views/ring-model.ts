/**
 * The ring to draw at the cursor, from the world's node slots: arcs coloured by owner, the
 * tokens, and every key some node holds as a dot at its point.
 *
 * Members are the world's member slots (joined and not left, up or crashed), in join order.
 * That is the cluster's membership as the kernel keeps it: every member that is up hears a
 * new list at once, and a crashed member still owns its arcs (a failure is no leave in
 * Dynamo). An up node whose own `members` differ is listed as `stale`, which should not
 * happen; the view says so when it does rather than pick one node's belief.
 *
 * Keys are the union of every live store and hint, and every crashed node's durable store
 * and hints: what the cluster holds, wherever it is.
 */

import { arcs, createRing, keyPoint, ownerOf, preferenceList, type Arc, type Token } from '../ring'
import type { Durable, Hint, ReplicaContext, Versions } from '../types'
import type { MembershipChange } from './membership'

/** What the model reads of a world's node slot (sim/world.ts `NodeSlot`). */
export interface SlotLike {
  readonly id: string
  readonly up: boolean
  readonly state: unknown
  readonly durable: unknown
  readonly absent?: true
}

export interface KeyDot {
  readonly key: string
  readonly point: number
  readonly owner: string
  /** The first `n` distinct nodes clockwise: where the key belongs. */
  readonly preference: readonly string[]
  /** Nodes whose store (live, or kept through a crash) has the key, in slot order. */
  readonly holders: readonly string[]
  /** Hints for the key: who keeps one, and for whom. */
  readonly hints: readonly { readonly node: string; readonly for: string }[]
  /** Handoffs of the key sent and not yet acknowledged: from whom to whom. */
  readonly moving: readonly { readonly from: string; readonly to: string }[]
  /** Its owner before the latest join or leave, when that change gave it a new one. */
  readonly movedFrom: string | null
}

export interface NodeHolding {
  readonly node: string
  /** The node's colour: its slot's index (as the charts colour nodes). */
  readonly colour: number
  readonly up: boolean
  /** Keys in its store, live or kept through a crash. */
  readonly stored: number
  readonly hinted: number
}

export interface RingPicture {
  readonly members: readonly string[]
  readonly vnodes: number
  readonly arcs: readonly Arc[]
  readonly tokens: readonly Token[]
  /** Every held key, in ring order. */
  readonly keys: readonly KeyDot[]
  /** One per member, in join order. */
  readonly holdings: readonly NodeHolding[]
  /** Colour index by node id, for every slot of the run. */
  readonly colourLookup: ReadonlyMap<string, number>
  /** Up members that route by another list of members than the cluster's. */
  readonly stale: readonly string[]
}

interface Held {
  readonly store: Readonly<Record<string, Versions>>
  readonly hints: readonly Hint[]
  readonly moving: ReplicaContext['moving']
}

/** What a slot holds: a live replica's context, or what a crashed one kept. */
function heldBy(slot: SlotLike): Held | null {
  if (slot.absent === true) return null
  if (slot.up) {
    const context = (slot.state as { context?: ReplicaContext } | null)?.context
    return context === undefined ? null : context
  }
  const durable = slot.durable as Durable | null
  return durable === null ? null : { ...durable, moving: {} }
}

function contextOf(slot: SlotLike): ReplicaContext | undefined {
  return slot.up ? (slot.state as { context?: ReplicaContext } | null)?.context : undefined
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

export function ringPicture(
  slots: readonly SlotLike[],
  vnodes: number,
  n: number,
  change: MembershipChange | null,
): RingPicture {
  const members = slots.filter((s) => s.absent !== true).map((s) => s.id)
  const ring = createRing(members, vnodes)
  const colourLookup = new Map(slots.map((s, i) => [s.id, i]))
  const held = slots.map(heldBy)
  const keys = collectKeys(slots, held)
  const old =
    change === null || change.before.length === 0 ? null : createRing(change.before, vnodes)
  const dots =
    members.length === 0
      ? []
      : [...keys].map((key): KeyDot => {
          const owner = ownerOf(ring, key)
          const was = old === null ? owner : ownerOf(old, key)
          return {
            key,
            point: keyPoint(key),
            owner,
            preference: preferenceList(ring, key, n),
            holders: slots.filter((_, i) => held[i]?.store[key] !== undefined).map((s) => s.id),
            hints: slots.flatMap((s, i) =>
              (held[i]?.hints ?? [])
                .filter((h) => h.key === key)
                .map((h) => ({ node: s.id, for: h.for })),
            ),
            moving: slots.flatMap((s, i) =>
              Object.keys(held[i]?.moving[key] ?? {}).map((to) => ({ from: s.id, to })),
            ),
            movedFrom: was === owner ? null : was,
          }
        })
  return {
    members,
    vnodes,
    arcs: members.length === 0 ? [] : arcs(ring),
    tokens: ring.tokens,
    keys: dots.sort((a, b) => a.point - b.point || (a.key < b.key ? -1 : 1)),
    holdings: slots.flatMap((s, i) => {
      const h = held[i]
      if (s.absent === true) return []
      const stored = h === null ? 0 : Object.keys(h.store).length
      return [{ node: s.id, colour: i, up: s.up, stored, hinted: h?.hints.length ?? 0 }]
    }),
    colourLookup,
    stale: slots
      .filter((s) => {
        const context = contextOf(s)
        return context !== undefined && !sameList(context.members, members)
      })
      .map((s) => s.id),
  }
}

function collectKeys(slots: readonly SlotLike[], held: readonly (Held | null)[]): Set<string> {
  const keys = new Set<string>()
  slots.forEach((_, i) => {
    const h = held[i]
    if (h === null || h === undefined) return
    for (const key of Object.keys(h.store)) keys.add(key)
    for (const hint of h.hints) keys.add(hint.key)
    for (const key of Object.keys(h.moving)) keys.add(key)
  })
  return keys
}
