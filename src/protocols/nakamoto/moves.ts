/** What both the honest rules and the selfish miner do: send blocks, and follow a longer chain. */

import { send, type RuleOut } from '../rule-actions'
import type { Effect } from '../../sim/protocol'
import type { Block, BlockMsg, MinerContext } from './types'

export type Out = RuleOut<MinerContext>

/** Sends blocks to every peer, lowest first. */
export function broadcast(c: MinerContext, blocks: readonly Block[]): Effect[] {
  return blocks.flatMap((block) => c.peers.map((p) => send<BlockMsg>(p, { type: 'Block', block })))
}

/** The longest-chain rule: a strictly longer chain wins; of equal ones, the first seen stays. */
export function longer(c: MinerContext, best: Block): MinerContext {
  return best.height > c.height ? { ...c, tip: best.id, height: best.height } : c
}
