/**
 * Which block of a chain holds each transaction: for the chain ending at any block, the
 * highest block holding it. A block never changes and neither does the chain below it, so
 * the store makes each block's index once as it takes the block in, from its parent's plus
 * the block's own transactions (store.ts); a block without transactions shares its
 * parent's. A miner that picks the transactions for its next block thus looks each up
 * once, where walking down its chain for each one cost the chain's length.
 */

import { pmapGet, type PMap } from '../pmap'
import { placeOf, txIndexAt, type BlockStore } from './store'
import type { Block } from './types'

/** The highest block of the chain ending at `tip` that holds each transaction, by its id. */
export function chainTxIndex(blocks: BlockStore, tip: string): PMap<Block> {
  const at = placeOf(blocks, tip)
  if (at < 0) throw new Error(`no block ${tip} in the store`)
  return txIndexAt(blocks, at)
}

/**
 * The highest block of `index`'s chain that holds `tx`, if it was mined no earlier than
 * `since` (a block's time is never below its parent's, so none lower is either).
 */
export function blockWithTx(index: PMap<Block>, tx: string, since: number): Block | null {
  const b = pmapGet(index, tx)
  return b !== undefined && b.minedAt >= since ? b : null
}
