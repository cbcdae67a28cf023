/**
 * Anti-entropy (DeCandia et al. 2007, §4.7): now and then a replica compares what it holds
 * with one of its peers, round the members in turn. Each builds a Merkle tree over the keys
 * both should hold (the keys whose preference list has both), the receiver walks down
 * where the hashes differ, and the two swap their versions of the keys in the buckets that
 * differ, so replicas a read never touched still converge.
 */

import { buildTreeOfHashes, bucketOf, diffTrees } from './merkle'
import { preferenceList, type Ring } from './ring'
import { hashString } from '../../sim/hash'
import { send, storeVersions, type Out } from './replica'
import { versionText } from './versions'
import type { ReplicaContext, SyncKeys, SyncTree, Versions } from './types'

/** 2^4 = 16 buckets: small enough to send whole, fine enough to narrow a difference. */
export const TREE_DEPTH = 4

/** The keys this node holds that `peer` should hold too. */
function sharedKeys(c: ReplicaContext, peer: string): string[] {
  return Object.keys(c.store)
    .filter((key) => {
      const list = cachedPreferenceList(c.ring, key, c.n)
      return list.includes(peer) && list.includes(c.id)
    })
    .sort()
}

// A sync rebuilds its tree from every shared key, every few hundred ms for an hour; rings
// and stored version lists are immutable, so what is worked out from them is kept.
const preferenceLists = new WeakMap<Ring, Map<string, readonly string[]>>()
const keyHashes = new Map<string, number>()
const valueHashes = new WeakMap<Versions, number>()

function cachedPreferenceList(ring: Ring, key: string, n: number): readonly string[] {
  let lists = preferenceLists.get(ring)
  if (lists === undefined) preferenceLists.set(ring, (lists = new Map()))
  const name = `${n}:${key}`
  let list = lists.get(name)
  if (list === undefined) lists.set(name, (list = preferenceList(ring, key, n)))
  return list
}

function keyHash(key: string): number {
  let h = keyHashes.get(key)
  if (h === undefined) keyHashes.set(key, (h = hashString(key)))
  return h
}

function valueHash(versions: Versions): number {
  let h = valueHashes.get(versions)
  if (h === undefined)
    valueHashes.set(versions, (h = hashString(versions.map(versionText).join(','))))
  return h
}

function treeOf(c: ReplicaContext, peer: string) {
  const entries = sharedKeys(c, peer).map(
    (key) => [keyHash(key), valueHash(c.store[key]!)] as const,
  )
  return buildTreeOfHashes(entries, TREE_DEPTH)
}

function entriesIn(c: ReplicaContext, peer: string, buckets: readonly number[]) {
  return sharedKeys(c, peer)
    .filter((key) => buckets.includes(bucketOf(key, TREE_DEPTH)))
    .map((key) => ({ key, versions: c.store[key]! }))
}

/** The peer this round compares with: the members after this one, in turn. */
export function syncPeer(c: ReplicaContext): string | null {
  const others = c.members.filter((m) => m !== c.id)
  return others.length === 0 ? null : others[c.syncRound % others.length]!
}

export function startSync(c: ReplicaContext): Out {
  const peer = syncPeer(c)
  if (peer === null) return { context: c, effects: [] }
  const tree: SyncTree = { type: 'SyncTree', hashes: treeOf(c, peer).hashes }
  return { context: { ...c, syncRound: c.syncRound + 1 }, effects: [send(peer, tree)] }
}

export function onSyncTree(c: ReplicaContext, from: string, m: SyncTree): Out {
  if (m.hashes.length !== 2 ** (TREE_DEPTH + 1)) return { context: c, effects: [] }
  const { buckets } = diffTrees({ depth: TREE_DEPTH, hashes: m.hashes }, treeOf(c, from))
  if (buckets.length === 0) return { context: c, effects: [] }
  const keys: SyncKeys = {
    type: 'SyncKeys',
    buckets,
    entries: entriesIn(c, from, buckets),
    reply: true,
  }
  return { context: c, effects: [send(from, keys)] }
}

export function onSyncKeys(c: ReplicaContext, from: string, m: SyncKeys): Out {
  let next = c
  for (const e of m.entries) next = storeVersions(next, e.key, e.versions)
  if (!m.reply) return { context: next, effects: [] }
  const back: SyncKeys = {
    type: 'SyncKeys',
    buckets: m.buckets,
    entries: entriesIn(next, from, m.buckets),
    reply: false,
  }
  return { context: next, effects: [send(from, back)] }
}
