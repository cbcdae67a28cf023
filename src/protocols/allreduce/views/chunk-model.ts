/**
 * What the Chunks tab shows, laid out as plain data before anything is drawn: a row per
 * node, a cell per chunk with how many workers' gradients it holds (null: nothing yet, or
 * the node is down), and the bytes each node sent per finished step beside what a ring
 * sends per step, 2(N − 1)/N of the vector. A step counts from its start, so that a node
 * waiting in a stalled step shows what it sent in it, resends included.
 */

import { scaleLinear } from 'd3-scale'
import { workerCount } from '../topology'
import type { ReduceContext } from '../types'
import type { ReduceGhost } from '../invariants'

export interface ChunkRow {
  readonly id: string
  readonly up: boolean
  readonly role: string
  readonly step: number | null
  readonly cells: readonly (number | null)[]
}

export interface ChunkMatrix {
  readonly rows: readonly ChunkRow[]
  readonly chunks: number
  /** The count that makes a chunk whole: every worker's gradient. */
  readonly workers: number
}

interface Slot {
  readonly id: string
  readonly up: boolean
  readonly state: unknown
}

const contextOf = (state: unknown) => (state as { context: ReduceContext }).context

export function chunkMatrix(nodes: readonly Slot[]): ChunkMatrix {
  let workers = nodes.length
  const rows = nodes.map((n): ChunkRow => {
    if (!n.up || n.state === null) {
      return { id: n.id, up: false, role: 'crashed', step: null, cells: nodes.map(() => null) }
    }
    const c = contextOf(n.state)
    workers = workerCount(c)
    const role = c.opts.mode === 'server' && c.index === 0 ? 'server' : 'worker'
    return {
      id: n.id,
      up: true,
      role,
      step: c.step,
      cells: c.held.map((p) => (p === null ? null : new Set(p.from).size)),
    }
  })
  return { rows, chunks: nodes.length, workers }
}

/** How strongly a cell is tinted, in percent: none for nothing held, full when whole. */
export const tint = (workers: number) =>
  scaleLinear<number>().domain([0, workers]).range([12, 100]).clamp(true)

export interface BytesBar {
  readonly id: string
  readonly bytes: number
  /** Steps it has begun (the one under way included). */
  readonly steps: number
  /** Bytes per step begun; null before the first. */
  readonly perStep: number | null
}

export interface BytesModel {
  readonly bars: readonly BytesBar[]
  /** What each ring worker sends per step: 2(N − 1)/N of the vector, in bytes. */
  readonly ringPerStep: number
  readonly vectorBytes: number
  readonly max: number
}

export function bytesModel(ghost: ReduceGhost | null): BytesModel | null {
  const o = ghost?.opts ?? null
  if (ghost === null || o === null) return null
  const n = ghost.bytes.length
  const vectorBytes = o.vectorLength * o.elementBytes
  const ringPerStep = (2 * (n - 1) * vectorBytes) / n
  const bars = ghost.bytes.map((bytes, i) => {
    const steps = Math.min(ghost.step[i]! + 1, o.steps)
    return { id: `n${i + 1}`, bytes, steps, perStep: steps > 0 ? bytes / steps : null }
  })
  const max = Math.max(ringPerStep, ...bars.map((b) => b.perStep ?? 0))
  return { bars, ringPerStep, vectorBytes, max }
}
