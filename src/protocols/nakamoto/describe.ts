/**
 * A miner as the CLI's JSON and the accessible names see it: `miner, height H`, and its
 * `height`, `tip` and `chain` (the block ids from the genesis block `g` to its tip, so
 * `chain[h]` is its block at height h). A crashed miner shows the chain it kept.
 */

import { chainIds } from './chain'
import type { Durable, MinerContext } from './types'

export const ROLE = 'miner'

export function describeMiner(c: Pick<MinerContext, 'blocks' | 'tip' | 'height'>) {
  return { height: c.height, tip: c.tip, chain: chainIds(c.blocks, c.tip) }
}

export function describeCrashed(d: Durable | null) {
  return d === null ? { height: 0, tip: 'g', chain: ['g'] } : describeMiner(d)
}
