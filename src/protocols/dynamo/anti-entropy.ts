/**
 * Anti-entropy (DeCandia et al. 2007, §4.7): now and then a replica compares what it holds
 * with one of its peers, round the members in turn. Each builds a Merkle tree over the keys
 * both should hold (the keys whose preference list has both), the receiver walks down
 * where the hashes differ, and the two swap their versions of the keys in the buckets that
 * differ, so replicas a read never touched still converge.
 */

import { buildTree, bucketOf, diffTrees } from './merkle'
import { preferenceList } from './ring'
import { send, storeVersions, type Out } from './replica'
import { versionText } from './versions'
import type { ReplicaContext, SyncKeys, SyncTree } from './types'

/** 2^4 = 16 buckets: small enough to send whole, fine enough to narrow a difference. */
export const TREE_DEPTH = 4

/** The keys this node holds that `peer` should hold too. */
function sharedKeys(c: ReplicaContext, peer: string): string[] {
  return Object.keys(c.store)
    .filter((key) => {
      const list = preferenceList(c.ring, key, c.n)
      return list.includes(peer) && list.includes(c.id)
    })
    .sort()
}

function treeOf(c: ReplicaContext, peer: string) {
  const entries = sharedKeys(c, peer).map(
    (key) => [key, c.store[key]!.map(versionText).join(',')] as const,
  )
  return buildTree(entries, TREE_DEPTH)
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
