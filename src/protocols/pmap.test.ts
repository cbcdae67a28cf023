/**
 * The persistent map's layout is part of the trace: a map that travels in a message (a
 * primary's sessions) is hashed field by field. Writes must lay out buckets exactly as
 * `{ ...bucket, [key]: value }` did, whatever way they are made.
 */

import { describe, expect, it } from 'vitest'
import { emptyPMap, pmapForEach, pmapFrom, pmapGet, pmapSet, type PMap } from './pmap'

/** The layout as it was first written: each write spreads the bucket. */
function referenceSet<V>(map: PMap<V>, key: string, value: V): PMap<V> {
  let h = 0
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b)
  const [a, b] = [(h >>> 5) & 31, h & 31]
  const inner = map[a]?.slice() ?? []
  inner[b] = { ...inner[b], [key]: value }
  const outer = map.slice()
  outer[a] = inner
  return outer
}

const KEYS = Array.from({ length: 3000 }, (_, i) => `n${(i % 7) + 1}.${i}`)

describe('the persistent map', () => {
  it('lays out its buckets as spreading them did, updates and all', () => {
    let map: PMap<number> = emptyPMap
    let reference: PMap<number> = emptyPMap
    KEYS.forEach((key, i) => {
      map = pmapSet(map, key, i)
      reference = referenceSet(reference, key, i)
      const again = KEYS[(i * 7) % (i + 1)]!
      map = pmapSet(map, again, -i)
      reference = referenceSet(reference, again, -i)
    })
    expect(JSON.stringify(map)).toBe(JSON.stringify(reference))
  })

  it('never changes a map it was given', () => {
    const before = pmapFrom([['a', 1]])
    const after = pmapSet(before, 'b', 2)
    expect([pmapGet(before, 'b'), pmapGet(after, 'b'), pmapGet(after, 'a')]).toEqual([
      undefined,
      2,
      1,
    ])
  })

  it('keeps keys that name Object.prototype fields as its own', () => {
    let map: PMap<string> = emptyPMap
    for (const key of ['__proto__', 'constructor', 'toString', 'x']) map = pmapSet(map, key, key)
    map = pmapSet(map, 'y', 'y')
    const seen: string[] = []
    pmapForEach(map, (key, value) => seen.push(`${key}=${value}`))
    expect(seen.sort()).toEqual([
      '__proto__=__proto__',
      'constructor=constructor',
      'toString=toString',
      'x=x',
      'y=y',
    ])
    expect(pmapGet(map, '__proto__')).toBe('__proto__')
    expect(pmapGet(emptyPMap, 'toString')).toBeUndefined()
  })
})
