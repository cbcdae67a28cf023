/**
 * Structural 32-bit hashing of plain values, with no strings built along the way. Objects
 * in the trace are immutable once made, so the hash of a nested object (a log entry, its
 * command) is cached by identity: an AppendEntries that carries 64 entries hashes 64
 * cached numbers, not 64 entries. Top-level objects and arrays (a trace entry, a message,
 * a fresh slice of the log) are seen once, so caching them would only load the collector.
 * Key order is insertion order, the same in every engine.
 */

const cache = new WeakMap<object, number>()
/** Field names repeat endlessly (t, kind, id, …): hash each once. */
const keyHashes = new Map<string, number>()

export function hashKey(key: string): number {
  let h = keyHashes.get(key)
  if (h === undefined) {
    h = hashString(key)
    keyHashes.set(key, h)
  }
  return h
}

export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995)
  return h ^ (h >>> 15)
}

/** A well-mixed 32-bit value for a small integer (the murmur3 finaliser). */
export function mix32(n: number): number {
  let h = n | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return mix(h, s.length)
}

function hashNumber(n: number): number {
  // Whole numbers that fit 32 bits (times, ids, terms) hash as themselves; others by text.
  return (n | 0) === n ? mix(0x6e756d, n) : hashString(String(n), 0x666c74)
}

/** Objects this deep or deeper are cached: a trace entry › its message › a list › an item. */
const CACHE_DEPTH = 3

/** The hash of a value; nested objects are cached by identity (they must not change). */
export function hashValue(v: unknown, depth = 0): number {
  switch (typeof v) {
    case 'number':
      return hashNumber(v)
    case 'string':
      return hashString(v)
    case 'boolean':
      return v ? 0x74727565 : 0x66616c73
    case 'undefined':
      return 0x756e6466
    case 'object': {
      if (v === null) return 0x6e756c6c
      if (Array.isArray(v)) return hashArray(v, depth)
      if (depth < CACHE_DEPTH) return hashObject(v as Record<string, unknown>, depth)
      const known = cache.get(v)
      if (known !== undefined) return known
      const h = hashObject(v as Record<string, unknown>, depth)
      cache.set(v, h)
      return h
    }
    default:
      throw new TypeError(`cannot hash a ${typeof v}`)
  }
}

function hashArray(a: readonly unknown[], depth: number): number {
  let h = 0x61727279
  for (let i = 0; i < a.length; i++) h = mix(h, hashValue(a[i], depth + 1))
  return mix(h, a.length)
}

/** Hashes an object's own fields in order. */
export function hashObject(o: Readonly<Record<string, unknown>>, depth = 0): number {
  let h = 0x6f626a65
  for (const key in o) {
    const value = o[key]
    if (value === undefined) continue
    h = mix(mix(h, hashKey(key)), hashValue(value, depth + 1))
  }
  return h
}
