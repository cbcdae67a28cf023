/** A node's block store: lookups, walks down a chain, and where two chains fork. */

import { blockAt, parentAt, placeOf, type BlockStore } from './store'
import type { Block } from './types'

/** Where the block `id` is in the store; it must be held. */
export function placeOfHeld(blocks: BlockStore, id: string): number {
  const at = placeOf(blocks, id)
  if (at < 0) throw new Error(`no block ${id} in the store`)
  return at
}

export function blockOf(blocks: BlockStore, id: string): Block {
  return blockAt(blocks, placeOfHeld(blocks, id))
}

/** The ids from the genesis block to `tip`: entry h is the block at height h. */
export function chainIds(blocks: BlockStore, tip: string): string[] {
  let at = placeOf(blocks, tip)
  if (at < 0) return []
  const out = Array.from({ length: blockAt(blocks, at).height + 1 }, () => '')
  for (; at >= 0; at = parentAt(blocks, at)) {
    const b = blockAt(blocks, at)
    out[b.height] = b.id
  }
  return out
}

/** Where the block of the chain at `at` is at `height` (at most its own). */
export function placeAt(blocks: BlockStore, at: number, height: number): number {
  while (blockAt(blocks, at).height > height) at = parentAt(blocks, at)
  return at
}

/** The block of `tip`'s chain at `height` (at most the tip's own). */
export function ancestorAt(blocks: BlockStore, tip: string, height: number): Block {
  return blockAt(blocks, placeAt(blocks, placeOfHeld(blocks, tip), height))
}

/** The highest block that both chains hold. */
export function forkPoint(blocks: BlockStore, a: string, b: string): Block {
  return blockAt(blocks, forkPlace(blocks, placeOfHeld(blocks, a), placeOfHeld(blocks, b)))
}

/** Where the highest block is that the chains at `x` and `y` both hold. */
export function forkPlace(blocks: BlockStore, x: number, y: number): number {
  const hx = blockAt(blocks, x).height
  const hy = blockAt(blocks, y).height
  x = placeAt(blocks, x, hy)
  y = placeAt(blocks, y, hx)
  while (x !== y) {
    x = parentAt(blocks, x)
    y = parentAt(blocks, y)
  }
  return x
}

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1))

export const sortIds = (ids: readonly string[]) => [...ids].sort(byNumber)
