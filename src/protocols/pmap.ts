/**
 * A small persistent string-keyed map: a two-level table of 32 × 32 buckets, so an update
 * copies two 32-slot tables and one small bucket instead of the whole map. Node states
 * are never mutated (checkpoints share them), and a session table that grows with every
 * client must not cost O(n) per write.
 */

type Bucket<V> = Readonly<Record<string, V>>
type Table<V> = readonly (readonly (Bucket<V> | undefined)[] | undefined)[]

export type PMap<V> = Table<V>

export const emptyPMap: PMap<never> = []

/**
 * The key's hash: its bucket is table[(h >>> 5) & 31][h & 31]. One number, not a pair of
 * slots: reads are the most frequent thing done to a map, and should allocate nothing.
 */
function hashOf(key: string): number {
  let h = 0
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b)
}

export function pmapGet<V>(map: PMap<V>, key: string): V | undefined {
  const h = hashOf(key)
  const bucket = map[(h >>> 5) & 31]?.[h & 31]
  return bucket !== undefined && Object.hasOwn(bucket, key) ? bucket[key] : undefined
}

export function pmapSet<V>(map: PMap<V>, key: string, value: V): PMap<V> {
  const h = hashOf(key)
  const a = (h >>> 5) & 31
  const b = h & 31
  const inner = map[a]?.slice() ?? []
  inner[b] = withKey(inner[b], key, value)
  const outer = map.slice()
  outer[a] = inner
  return outer
}

/**
 * `{ ...bucket, [key]: value }`, made by copying the fields one by one: V8 builds that
 * spread slowly for objects keyed by ids (each has a shape of its own), and it is most of
 * what a write costs. A `__proto__` key must be defined, not assigned: it takes the spread.
 */
function withKey<V>(bucket: Bucket<V> | undefined, key: string, value: V): Bucket<V> {
  const out: Record<string, V> = {}
  for (const k in bucket) {
    if (k === PROTO) return { ...bucket, [key]: value }
    out[k] = bucket[k]!
  }
  if (key === PROTO) return { ...bucket, [key]: value }
  out[key] = value
  return out
}

const PROTO = '__proto__'

/** Calls `f` on every entry, in the table's own (hash) order. */
export function pmapForEach<V>(map: PMap<V>, f: (key: string, value: V) => void): void {
  for (const inner of map) {
    if (inner === undefined) continue
    for (const bucket of inner) {
      if (bucket === undefined) continue
      for (const key in bucket) f(key, bucket[key]!)
    }
  }
}

/** A map of every pair given, built in one pass (no copy per key). */
export function pmapFrom<V>(entries: Iterable<readonly [string, V]>): PMap<V> {
  const outer: Record<string, V>[][] = []
  for (const [key, value] of entries) {
    const h = hashOf(key)
    const inner = (outer[(h >>> 5) & 31] ??= [])
    ;(inner[h & 31] ??= {})[key] = value
  }
  return outer
}
