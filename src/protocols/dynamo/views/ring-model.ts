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

import {
  arcs,
  createRing,
  keyPoint,
  preferenceList,
  successorIndex,
  type Arc,
  type Ring,
  type Token,
} from '../ring'
import type { Durable, Hint, ReplicaContext, SentHandoff, Versions } from '../types'
import type { MembershipChange } from './membership'
import { sample } from './ring-compare'
import { sameItems } from '../../same-items'

/** How many of the sample keys (`key-0` …) are drawn, faintly, to show how keys spread. */
export const SAMPLE_DOTS = 240

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
  /** Handoffs of the key sent and not yet acknowledged: from whom to whom, and why. */
  readonly moving: readonly {
    readonly from: string
    readonly to: string
    readonly kind: SentHandoff['kind']
  }[]
  /** Its owner before the latest join or leave, when that change gave it a new one. */
  readonly movedFrom: string | null
}

/** A sample key drawn on the inner track: not stored anywhere, only placed. */
export interface SampleDot {
  readonly key: string
  readonly point: number
  readonly owner: string
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
  /** The first `SAMPLE_DOTS` sample keys, in key order. */
  readonly samples: readonly SampleDot[]
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
  /** Handoffs sent and not yet acknowledged (lost in a crash). */
  readonly sent: readonly SentHandoff[]
}

/** What a slot holds: a live replica's store, hints and handoffs, or what a crashed one kept. */
function heldBy(slot: SlotLike): Held | null {
  if (slot.absent === true) return null
  if (slot.up) {
    const context = contextOf(slot)
    if (context === undefined) return null
    return { store: context.store, hints: context.hints, sent: Object.values(context.sent) }
  }
  const durable = slot.durable as Durable | null
  return durable === null ? null : { store: durable.store, hints: durable.hints, sent: [] }
}

function contextOf(slot: SlotLike): ReplicaContext | undefined {
  return slot.up ? (slot.state as { context?: ReplicaContext } | null)?.context : undefined
}

/** The node whose token is first clockwise from `point`. */
function ownerAt(ring: Ring, point: number): string {
  return ring.tokens[successorIndex(ring, point)]!.node
}

/** Where the cluster is and was: the ring now, and before the latest join or leave. */
interface Rings {
  readonly now: Ring
  readonly before: Ring | null
  readonly n: number
}

function movedFrom(rings: Rings, point: number, owner: string): string | null {
  if (rings.before === null) return null
  const was = ownerAt(rings.before, point)
  return was === owner ? null : was
}

function keyDot(
  key: string,
  slots: readonly SlotLike[],
  held: readonly (Held | null)[],
  rings: Rings,
): KeyDot {
  const point = keyPoint(key)
  const owner = ownerAt(rings.now, point)
  return {
    key,
    point,
    owner,
    preference: preferenceList(rings.now, key, rings.n),
    holders: slots.filter((_, i) => held[i]?.store[key] !== undefined).map((s) => s.id),
    hints: slots.flatMap((s, i) =>
      (held[i]?.hints ?? []).filter((h) => h.key === key).map((h) => ({ node: s.id, for: h.for })),
    ),
    moving: slots.flatMap((s, i) =>
      (held[i]?.sent ?? [])
        .filter((h) => h.keys.some((k) => k.key === key))
        .map((h) => ({ from: s.id, to: h.to, kind: h.kind })),
    ),
    movedFrom: movedFrom(rings, point, owner),
  }
}

function sampleDots(rings: Rings): SampleDot[] {
  const { points } = sample(SAMPLE_DOTS)
  return Array.from(points, (point, i) => {
    const owner = ownerAt(rings.now, point)
    return { key: `key-${i}`, point, owner, movedFrom: movedFrom(rings, point, owner) }
  })
}

function holdingOf(slot: SlotLike, h: Held | null, colour: number): NodeHolding {
  const stored = h === null ? 0 : Object.keys(h.store).length
  return { node: slot.id, colour, up: slot.up, stored, hinted: h?.hints.length ?? 0 }
}

/** What depends only on the membership: the rings, their arcs and the sample's dots. */
interface RingPart {
  readonly key: string
  readonly rings: Rings
  readonly arcs: readonly Arc[]
  readonly samples: readonly SampleDot[]
}

let lastPart: RingPart | null = null

/**
 * The ring part for these members, remembered for the last membership drawn: the view asks
 * at every cursor, and a 16-node ring of 64 tokens each costs milliseconds to rebuild.
 */
function ringPart(
  members: readonly string[],
  vnodes: number,
  n: number,
  change: MembershipChange | null,
): RingPart {
  const key = `${vnodes} ${n} ${members.join(',')} ${change?.before.join(',') ?? '-'}`
  if (lastPart?.key === key) return lastPart
  const now = createRing(members, vnodes)
  const before = change?.before.length ? createRing(change.before, vnodes) : null
  const rings: Rings = { now, before, n }
  const empty = members.length === 0
  lastPart = { key, rings, arcs: empty ? [] : arcs(now), samples: empty ? [] : sampleDots(rings) }
  return lastPart
}

export function ringPicture(
  slots: readonly SlotLike[],
  vnodes: number,
  n: number,
  change: MembershipChange | null,
): RingPicture {
  const members = slots.filter((s) => s.absent !== true).map((s) => s.id)
  const held = slots.map(heldBy)
  const part = ringPart(members, vnodes, n, change)
  const { rings } = part
  const empty = members.length === 0
  const keys = empty ? [] : [...collectKeys(held)].map((key) => keyDot(key, slots, held, rings))
  return {
    members,
    vnodes,
    arcs: part.arcs,
    tokens: rings.now.tokens,
    keys: keys.sort((a, b) => a.point - b.point || (a.key < b.key ? -1 : 1)),
    samples: part.samples,
    holdings: slots.flatMap((s, i) =>
      s.absent === true ? [] : [holdingOf(s, held[i] ?? null, i)],
    ),
    colourLookup: new Map(slots.map((s, i) => [s.id, i])),
    stale: slots.filter((s) => isStale(s, members)).map((s) => s.id),
  }
}

function isStale(slot: SlotLike, members: readonly string[]): boolean {
  const context = contextOf(slot)
  return context !== undefined && !sameItems(context.members, members)
}

function collectKeys(held: readonly (Held | null)[]): Set<string> {
  const keys = new Set<string>()
  for (const h of held) {
    if (h === null) continue
    for (const key of Object.keys(h.store)) keys.add(key)
    for (const hint of h.hints) keys.add(hint.key)
    for (const handoff of h.sent) for (const k of handoff.keys) keys.add(k.key)
  }
  return keys
}
