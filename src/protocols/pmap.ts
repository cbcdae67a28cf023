/**
 * A small persistent string-keyed map: 32 buckets, so an update copies one bucket and the
 * bucket table instead of the whole map. Node states are never mutated (checkpoints share
 * them), and a session table that grows with every client must not cost O(n) per write.
 */

export type PMap<V> = readonly (Readonly<Record<string, V>> | undefined)[]

const BUCKETS = 32

function bucketOf(key: string): number {
  let h = 0
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0
  return (h >>> 0) % BUCKETS
}

export const emptyPMap: PMap<never> = []

export function pmapGet<V>(map: PMap<V>, key: string): V | undefined {
  const bucket = map[bucketOf(key)]
  return bucket === undefined ? undefined : Object.hasOwn(bucket, key) ? bucket[key] : undefined
}

export function pmapSet<V>(map: PMap<V>, key: string, value: V): PMap<V> {
  const b = bucketOf(key)
  const next = map.slice()
  while (next.length <= b) next.push(undefined)
  next[b] = { ...map[b], [key]: value }
  return next
}

export function pmapEntries<V>(map: PMap<V>): [string, V][] {
  return map.flatMap((bucket) => (bucket === undefined ? [] : Object.entries(bucket)))
}
