/**
 * The ring against naive placement, on a fixed sample of keys (`key-0` … `key-9999`): how
 * the sample spreads over the members, and how much of it a join or leave hands to another
 * node. Karger et al.'s consistent hashing moves about K/(N+1) of K keys when node N+1
 * joins (K/N when one of N leaves: exactly the leaver's share); `hash mod N` renumbers
 * nearly every key. Points are hashed once per sample, so a comparison is two lookups a key.
 */

import { createRing, keyPoint, successorIndex, type Ring } from '../ring'
import type { MembershipChange } from './membership'

export const SAMPLE_KEYS = 10_000

export interface Sample {
  readonly keys: number
  /** Each key's point on the ring, in key order. */
  readonly points: Uint32Array
}

const samples = new Map<number, Sample>()

/** `count` keys `key-0`, `key-1`, … and their points (made once per count). */
export function sample(count: number = SAMPLE_KEYS): Sample {
  let found = samples.get(count)
  if (found === undefined) {
    const points = new Uint32Array(count)
    for (let i = 0; i < count; i++) points[i] = keyPoint(`key-${i}`)
    found = { keys: count, points }
    samples.set(count, found)
  }
  return found
}

/** Index into `members` of each sample key's owner on the ring of `members`. */
function ringOwners(ring: Ring, members: readonly string[], s: Sample): Int32Array {
  const index = new Map(members.map((id, i) => [id, i]))
  const owners = new Int32Array(s.keys)
  for (let k = 0; k < s.keys; k++) {
    owners[k] = index.get(ring.tokens[successorIndex(ring, s.points[k]!)]!.node)!
  }
  return owners
}

function modNOwners(members: readonly string[], s: Sample): Int32Array {
  const owners = new Int32Array(s.keys)
  for (let k = 0; k < s.keys; k++) owners[k] = s.points[k]! % members.length
  return owners
}

export interface SampleShare {
  readonly node: string
  /** Sample keys the node owns on the ring. */
  readonly ring: number
  /** Sample keys it would own under `hash mod N`. */
  readonly modN: number
}

/** How many sample keys each member owns, on the ring and under `hash mod N`. */
export function sampleShares(members: readonly string[], vnodes: number, s = sample()) {
  const shares = members.map(() => ({ ring: 0, modN: 0 }))
  if (members.length === 0) return []
  const ring = ringOwners(createRing(members, vnodes), members, s)
  const modN = modNOwners(members, s)
  for (let k = 0; k < s.keys; k++) {
    shares[ring[k]!]!.ring++
    shares[modN[k]!]!.modN++
  }
  return members.map((node, i): SampleShare => ({ node, ...shares[i]! }))
}

let lastShares: { readonly key: string; readonly shares: readonly SampleShare[] } | null = null

/**
 * `sampleShares` of the default sample, remembered for the last membership asked about:
 * the view asks at every cursor, and the answer changes only at a join or leave.
 */
export function sharesOf(members: readonly string[], vnodes: number): readonly SampleShare[] {
  const key = `${vnodes}|${members.join(',')}`
  if (lastShares?.key !== key) lastShares = { key, shares: sampleShares(members, vnodes) }
  return lastShares.shares
}

export interface ChangeComparison {
  readonly type: 'join' | 'leave'
  readonly node: string
  readonly at: number
  readonly keys: number
  /** Members before the change (N). */
  readonly membersBefore: number
  /** Sample keys whose owner on the ring changed. */
  readonly movedRing: number
  /** Sample keys whose owner under `hash mod N` changed. */
  readonly movedModN: number
  /** What consistent hashing moves on average: K/(N+1) for a join, K/N for a leave. */
  readonly expected: number
}

/** How many sample keys `change` moves on the ring and under `hash mod N`; null if a side is empty. */
export function compareChange(
  change: MembershipChange,
  vnodes: number,
  s = sample(),
): ChangeComparison | null {
  const { before, after } = change
  if (before.length === 0 || after.length === 0) return null
  const moved = (was: Int32Array, now: Int32Array) => {
    let count = 0
    for (let k = 0; k < s.keys; k++) if (before[was[k]!] !== after[now[k]!]) count++
    return count
  }
  return {
    type: change.type,
    node: change.node,
    at: change.at,
    keys: s.keys,
    membersBefore: before.length,
    movedRing: moved(
      ringOwners(createRing(before, vnodes), before, s),
      ringOwners(createRing(after, vnodes), after, s),
    ),
    movedModN: moved(modNOwners(before, s), modNOwners(after, s)),
    expected: change.type === 'join' ? s.keys / (before.length + 1) : s.keys / before.length,
  }
}

const comparisonLookup = new WeakMap<
  MembershipChange,
  { readonly vnodes: number; readonly comparison: ChangeComparison | null }
>()

/** `compareChange` of the default sample, made once per change (the view asks at every cursor). */
export function comparisonOf(change: MembershipChange, vnodes: number): ChangeComparison | null {
  let found = comparisonLookup.get(change)
  if (found?.vnodes !== vnodes) {
    found = { vnodes, comparison: compareChange(change, vnodes) }
    comparisonLookup.set(change, found)
  }
  return found.comparison
}
