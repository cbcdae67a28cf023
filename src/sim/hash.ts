/**
 * Structural 32-bit hashing of plain values, with no strings built along the way. Objects
 * and arrays in the trace are immutable once made (payloads, log entries), so the hash
 * of each is cached by identity: an AppendEntries that carries 64 entries hashes 64
 * cached numbers, not 64 entries. Key order is insertion order, the same in every engine.
 */

const cache = new WeakMap<object, number>()

export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995)
  return h ^ (h >>> 15)
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

/** The hash of a value, caching objects and arrays by identity (they must not change). */
export function hashValue(v: unknown): number {
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
      const known = cache.get(v)
      if (known !== undefined) return known
      const h = Array.isArray(v) ? hashArray(v) : hashObject(v as Record<string, unknown>)
      cache.set(v, h)
      return h
    }
    default:
      throw new TypeError(`cannot hash a ${typeof v}`)
  }
}

function hashArray(a: readonly unknown[]): number {
  let h = 0x61727279
  for (let i = 0; i < a.length; i++) h = mix(h, hashValue(a[i]))
  return mix(h, a.length)
}

/** Hashes an object's own fields in order; used directly for one-off objects (no caching). */
export function hashObject(o: Readonly<Record<string, unknown>>): number {
  let h = 0x6f626a65
  for (const key in o) {
    const value = o[key]
    if (value === undefined) continue
    h = mix(mix(h, hashString(key)), hashValue(value))
  }
  return h
}
