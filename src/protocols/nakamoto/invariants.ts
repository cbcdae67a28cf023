/**
 * What the checkers see of a Nakamoto network, kept up as each miner steps:
 * - Longest Chain (an invariant): a miner's tip is the highest block it holds, and it moves
 *   only to a strictly longer chain (of two equal ones, the first seen stays).
 * - Found Blocks Published (an invariant): a miner sends each block it finds to its peers
 *   in the step that finds it; a miner that keeps one back breaks it (selfish mining).
 * - Measures, not violations, since Nakamoto consensus promises them only with high
 *   probability: every block mined, each reorg and its depth, and the k-deep common
 *   prefix: the first block that became k deep at any miner, per height; a miner whose
 *   chain holds another block k deep at that height breaks the common prefix.
 */

import { blockOf, forkPlace, placeAt, placeOfHeld } from './chain'
import { blockAt, parentAt } from './store'
import {
  appendShared,
  emptyShared,
  forkShared,
  sharedItems,
  type SharedArray,
} from './shared-array'
import { GENESIS, type Block, type MinerContext } from './types'
import type { InvariantChecker, Violation } from '../../sim/protocol'

export const LONGEST_CHAIN = 'Longest Chain'
export const FOUND_BLOCKS_PUBLISHED = 'Found Blocks Published'

export interface Reorg {
  readonly at: number
  readonly node: string
  readonly from: string
  readonly to: string
  /** Blocks of its old chain it gave up. */
  readonly depth: number
}

/** A block k deep at one miner where another block had been k deep (common prefix broken). */
export interface PrefixBreak {
  readonly at: number
  readonly node: string
  readonly height: number
  readonly block: string
  readonly settled: string
}

export interface NakamotoGhost {
  /** Every block mined so far, in the order found. */
  mined: SharedArray<Block>
  /** Each miner's tip by slot (a crashed miner: the tip it kept). */
  tips: readonly string[]
  /** Entry h − 1: the first block that became k deep at height h at any miner. */
  settled: SharedArray<string>
  reorgs: readonly Reorg[]
  breaks: readonly PrefixBreak[]
  k: number
  reported: Readonly<Record<string, true>>
}

/** No violation: most steps' answer, one frozen array rather than a new one each. */
const NONE = Object.freeze([]) as unknown as Violation[]

const slotOf = (id: string) => Number(id.slice(1)) - 1

/** The first block the step added above the tip, if any. */
function higherAdded(c: MinerContext): Block | undefined {
  for (const id of c.added) {
    const b = blockOf(c.blocks, id)
    if (b.height > c.height) return b
  }
  return undefined
}

const sameBlock = (a: Block, b: Block) =>
  a.id === b.id && a.parent === b.parent && a.minedAt === b.minedAt

export function createNakamotoInvariants(
  contextOf: (state: unknown) => MinerContext,
): InvariantChecker<unknown, NakamotoGhost> {
  /** What this step broke: NONE (shared, never written to) until something is found. */
  let found: Violation[] = NONE

  const report = (g: NakamotoGhost, key: string, v: Violation) => {
    if (g.reported[key]) return
    g.reported = { ...g.reported, [key]: true }
    if (found === NONE) found = []
    found.push(v)
  }

  /** `tipAt`: where `c`'s tip is in its store. */
  const longestChain = (
    g: NakamotoGhost,
    at: number,
    id: string,
    before: MinerContext | null,
    c: MinerContext,
    tipAt: number,
  ) => {
    const tip = blockAt(c.blocks, tipAt)
    const parentPlace = parentAt(c.blocks, tipAt)
    const parent = parentPlace < 0 ? null : blockAt(c.blocks, parentPlace)
    const higher = higherAdded(c)
    const message =
      tip.height !== c.height || (parent !== null && parent.height !== tip.height - 1)
        ? `${id}'s tip ${tip.id} is not at height ${c.height} on a parent one lower`
        : higher !== undefined
          ? `${id} holds ${higher.id} at height ${higher.height} but mines on ${c.tip} at height ${c.height}`
          : before !== null && before.tip !== c.tip && c.height <= before.height
            ? `${id} moved from ${before.tip} to ${c.tip}, a chain no longer (height ${c.height})`
            : null
    if (message === null) return
    report(g, `${LONGEST_CHAIN}@${id}@${at}`, {
      invariant: LONGEST_CHAIN,
      at,
      nodes: [id],
      message,
    })
  }

  const published = (g: NakamotoGhost, at: number, id: string, c: MinerContext) => {
    const kept = c.withheld[0]
    if (kept === undefined) return
    report(g, `${FOUND_BLOCKS_PUBLISHED}@${kept.id}`, {
      invariant: FOUND_BLOCKS_PUBLISHED,
      at,
      nodes: [id],
      message:
        `${id} found block ${kept.id} (height ${kept.height}) at ${kept.minedAt} ms and ` +
        `keeps it to itself: no peer has been sent it`,
    })
  }

  /**
   * The tip moved (from `from`, to the block at `tipAt` in its store): a reorg when the old
   * tip is not on the new chain; new k-deep blocks settle.
   */
  const moved = (
    g: NakamotoGhost,
    at: number,
    id: string,
    from: string,
    c: MinerContext,
    tipAt: number,
  ) => {
    const fromAt = placeOfHeld(c.blocks, from)
    const old = blockAt(c.blocks, fromAt)
    const forkAt = forkPlace(c.blocks, fromAt, tipAt)
    const fork = blockAt(c.blocks, forkAt)
    if (forkAt !== fromAt) {
      g.reorgs = [...g.reorgs, { at, node: id, from, to: c.tip, depth: old.height - fork.height }]
    }
    const lowest = Math.max(1, Math.min(fork.height, old.height - g.k) + 1)
    const top = c.height - g.k
    if (top < lowest) return
    const deep: Block[] = []
    for (let b = placeAt(c.blocks, tipAt, top); blockAt(c.blocks, b).height >= lowest;) {
      deep.push(blockAt(c.blocks, b))
      b = parentAt(c.blocks, b)
    }
    for (let d = deep.length - 1; d >= 0; d--) {
      const b = deep[d]!
      const i = b.height - 1
      if (i === g.settled.length) appendShared(g.settled, b.id, (x, y) => x === y)
      else if (g.settled.items[i] !== b.id) {
        const settled = g.settled.items[i]!
        g.breaks = [...g.breaks, { at, node: id, height: b.height, block: b.id, settled }]
      }
    }
  }

  return {
    init: (size) => ({
      mined: emptyShared(),
      tips: Array.from({ length: size }, () => GENESIS.id),
      settled: emptyShared(),
      reorgs: [],
      breaks: [],
      k: 0,
      reported: {},
    }),
    clone: (g) => ({ ...g, mined: forkShared(g.mined), settled: forkShared(g.settled) }),
    digest: (g) => ({
      mined: sharedItems(g.mined).map((b) => b.id),
      tips: g.tips,
      settled: sharedItems(g.settled),
      reorgs: g.reorgs,
      breaks: g.breaks,
      reported: g.reported,
    }),
    check(g, at, id, beforeState, afterState) {
      found = NONE
      if (afterState === null) return found
      const before = beforeState === null ? null : contextOf(beforeState)
      const c = contextOf(afterState)
      g.k = c.opts.confirmations
      if (before !== null && c.mined > before.mined) {
        appendShared(g.mined, blockOf(c.blocks, `${id}.${c.mined}`), sameBlock)
      }
      const slot = slotOf(id)
      const from = g.tips[slot]!
      const tipAt = placeOfHeld(c.blocks, c.tip)
      if (from !== c.tip) {
        moved(g, at, id, from, c, tipAt)
        const tips = g.tips.slice()
        tips[slot] = c.tip
        g.tips = tips
      }
      longestChain(g, at, id, before, c, tipAt)
      published(g, at, id, c)
      return found
    },
  }
}

/** Every block mined so far, the genesis block first, by id. */
export function blockLookup(g: NakamotoGhost): Map<string, Block> {
  const lookup = new Map<string, Block>([[GENESIS.id, GENESIS]])
  for (const b of sharedItems(g.mined)) lookup.set(b.id, b)
  return lookup
}

/**
 * The tip of the main chain: the highest of the miners' tips; of equal ones, the tip most
 * miners share, then the one found first.
 */
export function mainTipOf(g: NakamotoGhost, lookup: Map<string, Block>): Block {
  const votes = new Map<string, number>()
  for (const t of g.tips) votes.set(t, (votes.get(t) ?? 0) + 1)
  let best = GENESIS
  for (const [id, n] of votes) {
    const b = lookup.get(id) ?? GENESIS
    const better =
      b.height > best.height ||
      (b.height === best.height &&
        (n > (votes.get(best.id) ?? 0) ||
          (n === (votes.get(best.id) ?? 0) && b.minedAt < best.minedAt)))
    if (better) best = b
  }
  return best
}

/** The ids of the main chain's blocks, genesis included. */
export function mainChainOf(g: NakamotoGhost, lookup: Map<string, Block>): Set<string> {
  const chain = new Set<string>()
  for (let b: Block | undefined = mainTipOf(g, lookup); b !== undefined;) {
    chain.add(b.id)
    b = b.parent === '' ? undefined : lookup.get(b.parent)
  }
  return chain
}
