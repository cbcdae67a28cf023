/**
 * Which block of a chain holds each transaction: for the chain ending at any block, the
 * highest block holding it. A block never changes and neither does the chain below it, so
 * each block's index is made once, from its parent's plus its own transactions, and kept
 * by the block object; a block without transactions shares its parent's. A miner that
 * picks the transactions for its next block thus looks each up once, where walking down
 * its chain for each one cost the chain's length.
 */

import { emptyPMap, pmapGet, pmapSet, type PMap } from '../pmap'
import { blockOf } from './chain'
import type { Block } from './types'

const indexOfBlock = new WeakMap<Block, PMap<Block>>()

/** The highest block of the chain ending at `tip` that holds each transaction, by its id. */
export function chainTxIndex(blocks: PMap<Block>, tip: string): PMap<Block> {
  // Down to the highest block indexed already (or past the genesis block), then up.
  const unindexed: Block[] = []
  let index: PMap<Block> | undefined
  for (let b = blockOf(blocks, tip); ; b = blockOf(blocks, b.parent)) {
    index = indexOfBlock.get(b)
    if (index !== undefined) break
    unindexed.push(b)
    if (b.parent === '') {
      index = emptyPMap
      break
    }
  }
  for (let i = unindexed.length - 1; i >= 0; i--) {
    const b = unindexed[i]!
    for (const tx of b.txs) index = pmapSet(index, tx.id, b)
    indexOfBlock.set(b, index)
  }
  return index
}

/**
 * The highest block of `index`'s chain that holds `tx`, if it was mined no earlier than
 * `since` (a block's time is never below its parent's, so none lower is either).
 */
export function blockWithTx(index: PMap<Block>, tx: string, since: number): Block | null {
  const b = pmapGet(index, tx)
  return b !== undefined && b.minedAt >= since ? b : null
}
