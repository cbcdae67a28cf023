/**
 * Merkle trees for anti-entropy, as Dynamo's replicas compare what they hold (DeCandia et
 * al. 2007, §4.7; Merkle 1987). Keys fall into 2^depth leaf buckets by hash; a leaf's hash
 * covers its keys and their versions, an inner node's its two children. Two replicas
 * compare roots, and walk down only where hashes differ, so finding k differing buckets
 * exchanges O(k · depth) hashes instead of every key. Pure: a tree is plain numbers.
 */

import { hashString, mix, mix32 } from '../../sim/hash'

export interface MerkleTree {
  readonly depth: number
  /**
   * Heap order: node 1 is the root, node i's children are 2i and 2i + 1, and the leaves are
   * nodes 2^depth … 2^(depth+1) - 1. Index 0 is unused.
   */
  readonly hashes: readonly number[]
}

/** Which leaf bucket a key falls in. */
export function bucketOf(key: string, depth: number): number {
  return bucketOfHash(hashString(key), depth)
}

function bucketOfHash(keyHash: number, depth: number): number {
  return depth === 0 ? 0 : mix32(keyHash) >>> (32 - depth)
}

/**
 * The tree over `entries` (a key and the text of what is stored under it, such as its
 * versions and their clocks). The order of entries does not matter.
 */
export function buildTree(
  entries: readonly (readonly [string, string])[],
  depth: number,
): MerkleTree {
  return buildTreeOfHashes(
    entries.map(([key, value]) => [hashString(key), hashString(value)] as const),
    depth,
  )
}

/** buildTree over entries already hashed: `hashString` of the key and of the value text. */
export function buildTreeOfHashes(
  entries: readonly (readonly [keyHash: number, valueHash: number])[],
  depth: number,
): MerkleTree {
  if (!Number.isInteger(depth) || depth < 0 || depth > 16) {
    throw new RangeError(`depth must be a whole number from 0 to 16, not ${depth}`)
  }
  const leaves = 2 ** depth
  const hashes: number[] = []
  for (let i = 0; i < 2 * leaves; i++) hashes.push(0)
  for (const [keyHash, valueHash] of entries) {
    // Summed, so that a bucket's hash does not depend on the order its keys came in.
    const at = leaves + bucketOfHash(keyHash, depth)
    hashes[at] = (hashes[at]! + mix(keyHash, valueHash)) >>> 0
  }
  for (let i = leaves - 1; i >= 1; i--) hashes[i] = mix(hashes[2 * i]!, hashes[2 * i + 1]!) >>> 0
  return { depth, hashes }
}

export interface TreeDiff {
  /** The leaf buckets whose keys differ (0 … 2^depth - 1), in order. */
  readonly buckets: readonly number[]
  /** How many node hashes the walk compared: what the exchange costs. */
  readonly compared: number
}

/** Walks down from the roots where the hashes differ. */
export function diffTrees(a: MerkleTree, b: MerkleTree): TreeDiff {
  if (a.depth !== b.depth) throw new RangeError('trees of different depths')
  const leaves = 2 ** a.depth
  const buckets: number[] = []
  let compared = 0
  const stack = [1]
  while (stack.length > 0) {
    const i = stack.pop()!
    compared++
    if (a.hashes[i] === b.hashes[i]) continue
    if (i >= leaves) buckets.push(i - leaves)
    else stack.push(2 * i + 1, 2 * i)
  }
  return { buckets: buckets.sort((x, y) => x - y), compared }
}
