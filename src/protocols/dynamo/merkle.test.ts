import { describe, expect, it } from 'vitest'
import { bucketOf, buildTree, diffTrees } from './merkle'

const DEPTH = 6
const store = (n: number) =>
  Array.from({ length: n }, (_, i) => [`key-${i}`, `v${i}@[n1:${i % 3}]`] as const)

describe('Merkle trees for anti-entropy', () => {
  it('agree on the root for the same keys and versions in any order', () => {
    const entries = store(500)
    const a = buildTree(entries, DEPTH)
    const b = buildTree(
      entries.map((_, i) => entries[entries.length - 1 - i]!),
      DEPTH,
    )
    expect(a.hashes[1]).toBe(b.hashes[1])
    expect(diffTrees(a, b)).toEqual({ buckets: [], compared: 1 })
  })

  it('find exactly the buckets of the keys that differ, comparing O(k · depth) hashes', () => {
    const mine = store(500)
    const changed = new Set(['key-7', 'key-123', 'key-400'])
    const theirs = mine
      .filter(([k]) => k !== 'key-400')
      .map(([k, v]) => [k, changed.has(k) ? `${v}+n2` : v] as const)
    const diff = diffTrees(buildTree(mine, DEPTH), buildTree(theirs, DEPTH))
    const expected = [...new Set([...changed].map((k) => bucketOf(k, DEPTH)))].sort((x, y) => x - y)
    expect(diff.buckets).toEqual(expected)
    // Each differing leaf costs its path and the siblings along it: at most 2·depth + 1.
    expect(diff.compared).toBeLessThanOrEqual(expected.length * (2 * DEPTH + 1))
    expect(diff.compared).toBeLessThan(2 ** (DEPTH + 1) - 1)
  })

  it('puts every key in a bucket of its depth, and refuses an impossible depth', () => {
    for (const [key] of store(200)) {
      expect(bucketOf(key, DEPTH)).toBeGreaterThanOrEqual(0)
      expect(bucketOf(key, DEPTH)).toBeLessThan(2 ** DEPTH)
    }
    expect(buildTree(store(3), 0).hashes).toHaveLength(2)
    expect(() => buildTree([], 17)).toThrow(/depth/)
    expect(() => diffTrees(buildTree([], 2), buildTree([], 3))).toThrow(/depths/)
  })
})
