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

function slots(key: string): [number, number] {
  let h = 0
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b)
  return [(h >>> 5) & 31, h & 31]
}

export function pmapGet<V>(map: PMap<V>, key: string): V | undefined {
  const [a, b] = slots(key)
  const bucket = map[a]?.[b]
  return bucket !== undefined && Object.hasOwn(bucket, key) ? bucket[key] : undefined
}

export function pmapSet<V>(map: PMap<V>, key: string, value: V): PMap<V> {
  const [a, b] = slots(key)
  const inner = map[a]?.slice() ?? []
  inner[b] = { ...inner[b], [key]: value }
  const outer = map.slice()
  outer[a] = inner
  return outer
}

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
    const [a, b] = slots(key)
    const inner = (outer[a] ??= [])
    ;(inner[b] ??= {})[key] = value
  }
  return outer
}
