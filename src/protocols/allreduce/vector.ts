/**
 * The numbers every node and the checkers agree on without talking: each worker's gradient
 * for each step (small integers, so that sums are exact), how the vector splits into
 * chunks, and the exact sum a step must reduce to.
 */

import type { Mode } from './types'

/** A gradient element in [-9, 9], a pure function of the seed, the worker, the step and the element. */
export function gradientElement(seed: number, worker: number, step: number, i: number): number {
  let h = Math.imul(seed ^ 0x2545f491, 0x9e3779b1)
  h = Math.imul(h ^ (worker + 1), 0x85ebca6b)
  h = Math.imul(h ^ (step + 1), 0xc2b2ae35)
  h = Math.imul(h ^ (i + 1), 0x27d4eb2f)
  h ^= h >>> 15
  return (((h >>> 0) % 19) | 0) - 9
}

export function gradient(seed: number, worker: number, step: number, length: number): number[] {
  return Array.from({ length }, (_, i) => gradientElement(seed, worker, step, i))
}

/** Chunk `j` of `n` over a vector of `length`: the first `length % n` chunks are one longer. */
export function chunkRange(length: number, n: number, j: number): [number, number] {
  const base = Math.floor(length / n)
  const extra = length % n
  const start = j * base + Math.min(j, extra)
  return [start, start + base + (j < extra ? 1 : 0)]
}

export function chunkLength(length: number, n: number, j: number): number {
  const [a, b] = chunkRange(length, n, j)
  return b - a
}

/** The workers whose gradients are summed: every node, but the server in server mode. */
export function workerIndices(mode: Mode, size: number): number[] {
  return Array.from({ length: size }, (_, i) => i).filter((i) => mode !== 'server' || i !== 0)
}

/** The exact sum of every worker's gradient for `step`. */
export function exactSum(seed: number, mode: Mode, size: number, step: number, length: number) {
  const out = Array.from({ length: length }, () => 0)
  for (const w of workerIndices(mode, size)) {
    for (let i = 0; i < length; i++) out[i]! += gradientElement(seed, w, step, i)
  }
  return out
}

export const addInto = (a: readonly number[], b: readonly number[]) => a.map((x, i) => x + b[i]!)

/**
 * The payload bytes one node sends in one step of a clean run (no loss, no retransmission):
 * the ring sends every chunk but the one it owns in the reduce-scatter and every chunk but
 * its successor's own in the all-gather; a tree node sends the vector up once and down to
 * each child; the server sends it to every worker, a worker to the server once.
 */
export function bytesPerStep(
  mode: Mode,
  size: number,
  index: number,
  length: number,
  elementBytes: number,
): number {
  const chunk = (j: number) => chunkLength(length, size, ((j % size) + size) % size)
  switch (mode) {
    case 'ring':
      return (2 * length - chunk(index + 1) - chunk(index + 2)) * elementBytes
    case 'server':
      return (index === 0 ? size - 1 : 1) * length * elementBytes
    case 'tree': {
      const children = [2 * index + 1, 2 * index + 2].filter((c) => c < size).length
      return ((index === 0 ? 0 : 1) + children) * length * elementBytes
    }
  }
}
