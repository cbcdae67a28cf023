/**
 * A miner's block store: every block it holds, in the order it took them in, each with
 * where its parent is and the transaction index of the chain it ends (tx-index.ts). A walk
 * down a chain then follows array positions, and a lookup by id is one Map lookup (whose
 * string keys keep their hash), where a persistent hash map hashed the id again and copied
 * a bucket on each write.
 *
 * Node states are never mutated (checkpoints share them), so a store is a length into a
 * log that only grows, like shared-array.ts: states that take in the same blocks in the
 * same order (a replay from a checkpoint) share one log; a state whose next block differs
 * from the one its log holds there (a branch) copies the log up to its own length first,
 * so no state ever sees another's blocks.
 */

import { emptyPMap, pmapSet, type PMap } from '../pmap'
import type { Block } from './types'

interface BlockLog {
  blocks: Block[]
  /** Where each block's parent is in `blocks`; -1 for the genesis block. */
  parents: number[]
  /** For each block, the highest block of the chain it ends that holds each transaction. */
  txIndexes: PMap<Block>[]
  /** Where each block is, by id; a position at or past a store's size is not its block. */
  where: Map<string, number>
}

export interface BlockStore {
  readonly log: BlockLog
  readonly size: number
}

const NONE = -1

/** A store holding only `root` (the genesis block). */
export function storeOf(root: Block): BlockStore {
  const log: BlockLog = {
    blocks: [root],
    parents: [NONE],
    txIndexes: [withTxs(emptyPMap, root)],
    where: new Map([[root.id, 0]]),
  }
  return { log, size: 1 }
}

/** Where the block `id` is in the store, or -1 when it does not hold it. */
export function placeOf(s: BlockStore, id: string): number {
  const at = s.log.where.get(id)
  return at !== undefined && at < s.size ? at : NONE
}

export const blockAt = (s: BlockStore, at: number): Block => s.log.blocks[at]!

/** Where the parent of the block at `at` is; -1 for the genesis block. */
export const parentAt = (s: BlockStore, at: number): number => s.log.parents[at]!

export const txIndexAt = (s: BlockStore, at: number): PMap<Block> => s.log.txIndexes[at]!

export function storeGet(s: BlockStore, id: string): Block | undefined {
  const at = placeOf(s, id)
  return at === NONE ? undefined : s.log.blocks[at]
}

/** The store with `b` added; its parent must be in it, and `b` must not be. */
export function storeAdd(s: BlockStore, b: Block): BlockStore {
  const log = s.log
  const at = s.size
  if (at < log.blocks.length) {
    // Another state of this log has taken in a block here: the same one (a replay) is
    // shared, a different one (a branch) makes this state a log of its own.
    if (sameBlock(log.blocks[at]!, b)) return { log, size: at + 1 }
    return storeAdd({ log: copyLog(log, at), size: at }, b)
  }
  // Most blocks extend the one taken in last.
  const parent = log.blocks[at - 1]!.id === b.parent ? at - 1 : log.where.get(b.parent)
  if (parent === undefined || parent >= at) throw new Error(`no parent ${b.parent} for ${b.id}`)
  log.blocks.push(b)
  log.parents.push(parent)
  log.txIndexes.push(withTxs(log.txIndexes[parent]!, b))
  log.where.set(b.id, at)
  return { log, size: at + 1 }
}

/** Calls `f` on every block held, in the order taken in. */
export function storeForEach(s: BlockStore, f: (b: Block) => void): void {
  for (let i = 0; i < s.size; i++) f(s.log.blocks[i]!)
}

function copyLog(log: BlockLog, size: number): BlockLog {
  const blocks = log.blocks.slice(0, size)
  return {
    blocks,
    parents: log.parents.slice(0, size),
    txIndexes: log.txIndexes.slice(0, size),
    where: new Map(blocks.map((b, i) => [b.id, i])),
  }
}

/** The parent's index with this block's transactions added (shared when it has none). */
function withTxs(index: PMap<Block>, b: Block): PMap<Block> {
  for (const tx of b.txs) index = pmapSet(index, tx.id, b)
  return index
}

/** Blocks equal in every field: the one held may stand for the other. */
function sameBlock(a: Block, b: Block): boolean {
  if (a === b) return true
  if (a.id !== b.id || a.parent !== b.parent || a.height !== b.height) return false
  if (a.miner !== b.miner || a.minedAt !== b.minedAt || a.txs.length !== b.txs.length) return false
  return a.txs.every((t, i) => {
    const u = b.txs[i]!
    return t.id === u.id && t.value === u.value && t.at === u.at
  })
}
