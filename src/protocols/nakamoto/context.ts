/**
 * A miner's state as it starts: the genesis block alone on a first start, or the chain
 * kept on disk when it comes back from a crash (what it heard but had not connected, the
 * transactions it knew and the clients it owed an answer are lost).
 */

import { sortIds } from './chain'
import { seedFor } from './random'
import { storeOf } from './store'
import { GENESIS, type Block, type Durable, type MinerContext, type MinerOptions } from './types'

/**
 * No orphans: the context's `orphans` almost always, compared by identity so that a step
 * need not look a block's id up in an empty object (a slow lookup by a key V8 has not seen).
 */
export const NO_ORPHANS: Readonly<Record<string, Block>> = {}

export interface StartArgs {
  readonly id: string
  readonly peers: readonly string[]
  readonly seed: number
  readonly now: number
  readonly durable: Durable | null
  readonly opts: MinerOptions
}

export function startMiner({ id, peers, seed, now, durable, opts }: StartArgs): MinerContext {
  const kept = durable ?? {
    // A log of its own: a store shared by every miner would copy at each one's first block.
    blocks: storeOf(GENESIS),
    tip: GENESIS.id,
    height: 0,
    mined: 0,
    withheld: [],
    publicHeight: 0,
  }
  return {
    id,
    peers: sortIds(peers),
    opts,
    blocks: kept.blocks,
    tip: kept.tip,
    height: kept.height,
    mined: kept.mined,
    withheld: kept.withheld,
    publicHeight: kept.publicHeight,
    orphans: NO_ORPHANS,
    txs: [],
    waiting: [],
    // A restart draws afresh: a seed of its own for each moment it comes back.
    rng: seedFor(seed, id, now),
    race: false,
    added: [],
    now,
  }
}

/**
 * The context as a step begins: the clock at `now`, no block added yet. Written out
 * field by field, in startMiner's order, so that every context has one shape: V8 copies
 * a context of many shapes slowly, and a step copies it more than once.
 */
export function atTime(c: MinerContext, now: number, added: readonly string[]): MinerContext {
  return {
    id: c.id,
    peers: c.peers,
    opts: c.opts,
    blocks: c.blocks,
    tip: c.tip,
    height: c.height,
    mined: c.mined,
    withheld: c.withheld,
    publicHeight: c.publicHeight,
    orphans: c.orphans,
    txs: c.txs,
    waiting: c.waiting,
    rng: c.rng,
    race: c.race,
    added,
    now,
  }
}

export const durableOf = (c: MinerContext): Durable => ({
  blocks: c.blocks,
  tip: c.tip,
  height: c.height,
  mined: c.mined,
  withheld: c.withheld,
  publicHeight: c.publicHeight,
})

/**
 * Each miner's share of the hash power: n1 has `n1Share` and the others split the rest
 * evenly; with `n1Share` 0, all have the same.
 */
export function shareOf(id: string, miners: number, n1Share: number): number {
  if (n1Share <= 0 || miners === 1) return 1 / miners
  return id === 'n1' ? n1Share : (1 - n1Share) / (miners - 1)
}
