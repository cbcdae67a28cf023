/** A node's block store: lookups, walks down a chain, and where two chains fork. */

import { pmapGet, type PMap } from '../pmap'
import type { Block } from './types'

export function blockOf(blocks: PMap<Block>, id: string): Block {
  const b = pmapGet(blocks, id)
  if (b === undefined) throw new Error(`no block ${id} in the store`)
  return b
}

/** The ids from the genesis block to `tip`: entry h is the block at height h. */
export function chainIds(blocks: PMap<Block>, tip: string): string[] {
  const top = pmapGet(blocks, tip)
  if (top === undefined) return []
  const out = Array.from({ length: top.height + 1 }, () => '')
  for (let b = top; ; b = blockOf(blocks, b.parent)) {
    out[b.height] = b.id
    if (b.parent === '') return out
  }
}

/** The block of `tip`'s chain at `height` (at most the tip's own). */
export function ancestorAt(blocks: PMap<Block>, tip: string, height: number): Block {
  let b = blockOf(blocks, tip)
  while (b.height > height) b = blockOf(blocks, b.parent)
  return b
}

/** The highest block that both chains hold. */
export function forkPoint(blocks: PMap<Block>, a: string, b: string): Block {
  let x = blockOf(blocks, a)
  let y = blockOf(blocks, b)
  while (x.height > y.height) x = blockOf(blocks, x.parent)
  while (y.height > x.height) y = blockOf(blocks, y.parent)
  while (x.id !== y.id) {
    x = blockOf(blocks, x.parent)
    y = blockOf(blocks, y.parent)
  }
  return x
}

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1))

export const sortIds = (ids: readonly string[]) => [...ids].sort(byNumber)
