/**
 * The block tree at the cursor, laid out as numbers (the view only draws them): one column
 * per height, the main chain on the first row and each side branch on a row of its own
 * below, continuing its parent's row where it can. Each block knows whether it is on the
 * main chain, orphaned, or withheld by its miner; each miner's tip is marked.
 */

import { blockLookup, mainChainOf, mainTipOf, type NakamotoGhost } from '../invariants'
import { sharedItems } from '../shared-array'
import { GENESIS, type Block, type MinerContext } from '../types'

export const COLUMN_PX = 44
export const ROW_PX = 34
export const BLOCK_W_PX = 36
export const BLOCK_H_PX = 18
const PAD_PX = 6
/** Room under the rows for the tips' labels. */
const TIP_LINES = 3
const TIP_LINE_PX = 11

export type BlockStatus = 'main' | 'orphan' | 'withheld'

export interface TreeBlock {
  readonly id: string
  readonly height: number
  readonly miner: string
  readonly status: BlockStatus
  readonly row: number
  readonly x: number
  readonly y: number
}

export interface TreeEdge {
  readonly key: string
  readonly d: string
  readonly main: boolean
}

export interface TreeTip {
  /** The block and the miners whose tip it is (up or crashed), as they are listed. */
  readonly block: string
  readonly nodes: readonly string[]
  readonly x: number
  readonly y: number
}

export interface BlockTree {
  readonly blocks: readonly TreeBlock[]
  readonly edges: readonly TreeEdge[]
  readonly tips: readonly TreeTip[]
  readonly width: number
  readonly height: number
  readonly mainTip: Block
  readonly orphaned: number
  readonly withheld: number
}

export interface MinerAtCursor {
  readonly id: string
  /** Its context while up, null while crashed. */
  readonly context: MinerContext | null
}

/** Every mined block (and the genesis block) placed on its row. */
function placeRows(blocks: readonly Block[], main: Set<string>): Map<string, number> {
  const rowOf = new Map<string, number>()
  /** The highest height each row holds so far. */
  const usedTo: number[] = [Infinity]
  const sorted = [...blocks].sort((a, b) => a.height - b.height || a.minedAt - b.minedAt)
  for (const b of sorted) {
    if (main.has(b.id)) {
      rowOf.set(b.id, 0)
      continue
    }
    const parentRow = rowOf.get(b.parent) ?? 0
    let row = parentRow > 0 && (usedTo[parentRow] ?? -1) < b.height ? parentRow : -1
    for (let r = 1; row === -1; r++) if ((usedTo[r] ?? -1) < b.height) row = r
    usedTo[row] = b.height
    rowOf.set(b.id, row)
  }
  return rowOf
}

export function blockTree(ghost: NakamotoGhost, miners: readonly MinerAtCursor[]): BlockTree {
  const lookup = blockLookup(ghost)
  const main = mainChainOf(ghost, lookup)
  const mainTip = mainTipOf(ghost, lookup)
  const withheld = new Set(miners.flatMap((m) => m.context?.withheld.map((b) => b.id) ?? []))
  const all = [GENESIS, ...sharedItems(ghost.mined)]
  const rowOf = placeRows(all, main)
  const rows = Math.max(1, ...[...rowOf.values()].map((r) => r + 1))
  const xOf = (h: number) => PAD_PX + h * COLUMN_PX
  const yOf = (row: number) => PAD_PX + TIP_LINES * TIP_LINE_PX + row * ROW_PX
  const blocks: TreeBlock[] = all.map((b) => {
    const row = rowOf.get(b.id)!
    const status: BlockStatus = main.has(b.id) ? 'main' : withheld.has(b.id) ? 'withheld' : 'orphan'
    return {
      id: b.id,
      height: b.height,
      miner: b.miner,
      status,
      row,
      x: xOf(b.height),
      y: yOf(row),
    }
  })
  const placed = new Map(blocks.map((b) => [b.id, b]))
  const edges: TreeEdge[] = blocks.flatMap((b) => {
    const p = placed.get(lookup.get(b.id)!.parent)
    if (p === undefined) return []
    const x1 = p.x + BLOCK_W_PX
    const y1 = p.y + BLOCK_H_PX / 2
    const x2 = b.x
    const y2 = b.y + BLOCK_H_PX / 2
    const d =
      y1 === y2 ? `M${x1},${y1}H${x2}` : `M${x1},${y1}C${x1 + 6},${y1} ${x2 - 6},${y2} ${x2},${y2}`
    return [{ key: b.id, d, main: b.status === 'main' }]
  })
  const tipNodes = new Map<string, string[]>()
  miners.forEach((m, slot) => {
    const tip = m.context?.tip ?? ghost.tips[slot] ?? GENESIS.id
    tipNodes.set(tip, [...(tipNodes.get(tip) ?? []), m.id])
  })
  const tips: TreeTip[] = [...tipNodes].flatMap(([block, nodes]) => {
    const b = placed.get(block)
    return b === undefined ? [] : [{ block, nodes, x: b.x + BLOCK_W_PX / 2, y: b.y - 3 }]
  })
  const heights = Math.max(0, ...all.map((b) => b.height))
  return {
    blocks,
    edges,
    tips,
    width: xOf(heights) + BLOCK_W_PX + PAD_PX,
    height: yOf(rows - 1) + BLOCK_H_PX + PAD_PX,
    mainTip,
    orphaned: blocks.filter((b) => b.status === 'orphan').length,
    withheld: withheld.size,
  }
}

/** The tips' label, short enough to sit over a block: `n1 n2`, or `n1 +4`. */
export function tipLabel(nodes: readonly string[]): string {
  return nodes.length <= 2 ? nodes.join(' ') : `${nodes[0]} +${nodes.length - 1}`
}
