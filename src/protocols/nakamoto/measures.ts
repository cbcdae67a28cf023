/**
 * What a run measured (`Protocol.measures`), from the checker's ghost state: the blocks
 * mined and the main chain's height; the stale (orphaned) blocks among those at least k
 * below the main tip, where the race for a height is over; each reorg and the deepest;
 * the k-deep common prefix, broken or not; and each miner's part of the main chain.
 */

import { blockLookup, mainChainOf, mainTipOf, type NakamotoGhost } from './invariants'
import { sharedItems } from './shared-array'
import { sortIds } from './chain'

export interface MinerMeasure {
  readonly mined: number
  readonly inMainChain: number
  /** Its part of the main chain's blocks (the genesis block aside). */
  readonly chainShare: number
}

export function staleCounts(g: NakamotoGhost) {
  const lookup = blockLookup(g)
  const tip = mainTipOf(g, lookup)
  const main = mainChainOf(g, lookup)
  const decidedBelow = tip.height - g.k
  let decided = 0
  let stale = 0
  for (const b of sharedItems(g.mined)) {
    if (b.height > decidedBelow) continue
    decided++
    if (!main.has(b.id)) stale++
  }
  return { lookup, tip, main, decided, stale }
}

export function nakamotoMeasures(g: NakamotoGhost) {
  const { tip, main, decided, stale } = staleCounts(g)
  const mined = sharedItems(g.mined)
  const miners: Record<string, MinerMeasure> = {}
  const ids = sortIds([...new Set(mined.map((b) => b.miner))])
  for (const id of ids) {
    const own = mined.filter((b) => b.miner === id)
    const inMain = own.filter((b) => main.has(b.id)).length
    miners[id] = {
      mined: own.length,
      inMainChain: inMain,
      chainShare: tip.height === 0 ? 0 : round(inMain / tip.height),
    }
  }
  return {
    k: g.k,
    blocks: mined.length,
    height: tip.height,
    mainTip: tip.id,
    stale,
    decided,
    staleRate: decided === 0 ? 0 : round(stale / decided),
    reorgs: g.reorgs.length,
    deepestReorg: g.reorgs.reduce((m, r) => Math.max(m, r.depth), 0),
    commonPrefix: { k: g.k, holds: g.breaks.length === 0, breaks: g.breaks.slice(0, 10) },
    miners,
  }
}

const round = (x: number) => Math.round(x * 10_000) / 10_000
