/**
 * Selfish mining (Eyal & Sirer, "Majority is not enough", 2014, Algorithm 1), as n1 plays
 * it under the variant `selfish-mining`. It mines on a private branch and keeps its blocks
 * back; when the others find a block it answers by heights, the lead being its private
 * height over the longest public one:
 * - the others pull ahead: it gives up its branch and takes theirs;
 * - they draw level (its lead was 1): it publishes its block, and the two race (state 0');
 * - they come within one (its lead was 2): it publishes everything, and wins;
 * - it is further ahead: it publishes its blocks up to their height, keeping the rest.
 * A block it finds during a race is published at once: that race is won.
 */

import { broadcast, longer, type Out } from './moves'
import type { Block, MinerContext } from './types'

/** The top of the chain the others can see: the tip, below anything withheld. */
export function publicTipOf(c: MinerContext): string {
  return c.withheld[0]?.parent ?? c.tip
}

function publish(c: MinerContext, upTo: number): Out {
  const shown = c.withheld.filter((b) => b.height <= upTo)
  if (shown.length === 0) return { context: c, effects: [] }
  const withheld = c.withheld.filter((b) => b.height > upTo)
  const publicHeight = Math.max(c.publicHeight, shown.at(-1)!.height)
  return { context: { ...c, withheld, publicHeight }, effects: broadcast(c, shown) }
}

export function afterOwnBlock(c: MinerContext, block: Block): Out {
  if (c.race) return publish({ ...c, race: false, withheld: [...c.withheld, block] }, block.height)
  return { context: { ...c, withheld: [...c.withheld, block] }, effects: [] }
}

/** The others' blocks just connected, `best` the highest of them. */
export function afterOthersBlock(c: MinerContext, best: Block): Out {
  if (best.height <= c.publicHeight) return { context: c, effects: [] }
  const seen = { ...c, publicHeight: best.height }
  const lead = c.height - best.height
  if (lead < 0)
    return { context: { ...longer(seen, best), withheld: [], race: false }, effects: [] }
  if (lead === 0) {
    const out = publish(seen, c.height)
    return { context: { ...out.context, race: true }, effects: out.effects }
  }
  if (lead === 1) return publish({ ...seen, race: false }, c.height)
  return publish(seen, best.height)
}
