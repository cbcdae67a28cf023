/** What both the honest rules and the selfish miner do: send blocks, and follow a longer chain. */

import { send, type RuleOut } from '../rule-actions'
import type { Effect } from '../../sim/protocol'
import type { Block, BlockMsg, MinerContext } from './types'

export type Out = RuleOut<MinerContext>

/**
 * Sends blocks to every peer, lowest first: one message per block, the same to each peer
 * (messages never change, and the trace hashes a message sent to several peers once).
 */
export function broadcast(c: MinerContext, blocks: readonly Block[]): Effect[] {
  const sends: Effect[] = []
  for (const block of blocks) {
    const msg: BlockMsg = { type: 'Block', block }
    for (const p of c.peers) sends.push(send<BlockMsg>(p, msg))
  }
  return sends
}

/** The longest-chain rule: a strictly longer chain wins; of equal ones, the first seen stays. */
export const outgrows = (best: Block, c: MinerContext): boolean => best.height > c.height

/** The context on `best`'s chain if that is longer (see `outgrows`), else `c`. */
export function longer(c: MinerContext, best: Block): MinerContext {
  return outgrows(best, c) ? { ...c, tip: best.id, height: best.height } : c
}
