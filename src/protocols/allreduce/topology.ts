/**
 * Who sends what to whom, read off a node's state: the sends its state makes due now, each
 * under a key that names the step's phase, the chunk and the receiver. A message is resent
 * until acknowledged, so what is due is all a node needs to know to recover from a loss.
 */

import { addInto, chunkRange, workerIndices } from './vector'
import type { ChunkMsg, Part, ReduceContext } from './types'

export interface Due {
  readonly key: string
  readonly to: number
  readonly msg: ChunkMsg
}

export const distinct = (from: readonly number[]) => new Set(from).size

/** How many workers' gradients a finished sum holds. */
export const workerCount = (c: ReduceContext) => (c.opts.mode === 'server' ? c.size - 1 : c.size)

/** A chunk summed over every worker (the length test first: it is the cheap one). */
export const isFull = (c: ReduceContext, p: Part | null) =>
  p !== null && p.from.length >= workerCount(c) && distinct(p.from) === workerCount(c)

export const isComplete = (c: ReduceContext) => c.held.every((p) => isFull(c, p))

/** The whole vector from its chunks (missing chunks as zeros). */
export function joinParts(c: ReduceContext): number[] {
  const out: number[] = []
  c.held.forEach((p, j) => {
    const [a, b] = chunkRange(c.opts.vectorLength, c.size, j)
    for (let i = a; i < b; i++) out.push(p?.values[i - a] ?? 0)
  })
  return out
}

/** A whole vector cut into this cluster's chunks. */
export function splitParts(c: ReduceContext, from: readonly number[], values: readonly number[]) {
  return c.held.map((_, j) => {
    const [a, b] = chunkRange(c.opts.vectorLength, c.size, j)
    return { from, values: values.slice(a, b) }
  })
}

/** Adds a partial sum of the whole vector into every chunk this node holds. */
export function addWhole(c: ReduceContext, from: readonly number[], values: readonly number[]) {
  const parts = splitParts(c, from, values)
  return c.held.map((p, j) => {
    const q = parts[j]!
    return p === null ? q : { from: [...p.from, ...from], values: addInto(p.values, q.values) }
  })
}

const chunkMsg = (
  c: ReduceContext,
  phase: 'rs' | 'ag',
  chunk: number,
  p: { from: readonly number[]; values: readonly number[] },
): ChunkMsg => ({
  type: 'Chunk',
  step: c.step,
  phase,
  chunk,
  contributors: p.from,
  values: p.values,
})

const due = (to: number, msg: ChunkMsg): Due => ({
  key: `${msg.phase}:${msg.chunk}@n${to + 1}`,
  to,
  msg,
})

export const mod = (a: number, n: number) => ((a % n) + n) % n

/**
 * The ring: in the reduce-scatter, chunk j starts at worker j and travels to j + 1, …, each
 * adding its own part, and arrives whole at worker j − 1, which owns it; in the all-gather
 * the owner sends the whole chunk on around the ring until it reaches j − 2.
 */
function ringDue(c: ReduceContext): Due[] {
  const n = c.size
  const next = mod(c.index + 1, n)
  const out: Due[] = []
  c.held.forEach((p, j) => {
    if (p === null) return
    if (isFull(c, p)) {
      if (j !== mod(c.index + 2, n)) out.push(due(next, chunkMsg(c, 'ag', j, p)))
    } else if (j !== next && (j === c.index || distinct(p.from) > 1)) {
      out.push(due(next, chunkMsg(c, 'rs', j, p)))
    }
  })
  return out
}

export const parentOf = (i: number) => (i - 1) >> 1
export const childrenOf = (i: number, n: number) => [2 * i + 1, 2 * i + 2].filter((k) => k < n)

/** The tree: a node sends its subtree's sum up once its children's sums are in, and the total down. */
function treeDue(c: ReduceContext): Due[] {
  const children = childrenOf(c.index, c.size)
  if (isComplete(c)) {
    const whole = { from: c.held[0]!.from, values: joinParts(c) }
    return children.map((k) => due(k, chunkMsg(c, 'ag', -1, whole)))
  }
  if (c.index === 0 || !children.every((k) => c.heard.includes(k))) return []
  const partial = { from: c.held[0]!.from, values: joinParts(c) }
  return [due(parentOf(c.index), chunkMsg(c, 'rs', -1, partial))]
}

/** The parameter server: each worker pushes its gradient to n1, which sends the sum to all. */
function serverDue(c: ReduceContext): Due[] {
  const complete = isComplete(c)
  if (c.index !== 0) {
    if (complete) return []
    return [due(0, chunkMsg(c, 'rs', -1, { from: [c.index], values: joinParts(c) }))]
  }
  if (!complete) return []
  const whole = { from: c.held[0]!.from, values: joinParts(c) }
  return workerIndices('server', c.size).map((k) => due(k, chunkMsg(c, 'ag', -1, whole)))
}

/** Every send this node's state makes due in the current step (none while it computes). */
export function dueSends(c: ReduceContext): Due[] {
  if (c.computing || c.step >= c.opts.steps) return []
  switch (c.opts.mode) {
    case 'ring':
      return ringDue(c)
    case 'tree':
      return treeDue(c)
    case 'server':
      return serverDue(c)
  }
}

/** Whom a waiting node asks where they are (elastic runs): those it waits for. */
export function sourcesOf(c: ReduceContext): number[] {
  const n = c.size
  switch (c.opts.mode) {
    case 'ring':
      return [mod(c.index - 1, n)]
    case 'tree': {
      const missing = childrenOf(c.index, n).filter((k) => !c.heard.includes(k))
      return c.index === 0 ? missing : [...missing, parentOf(c.index)]
    }
    case 'server':
      return c.index === 0 ? workerIndices('server', n).filter((k) => !c.heard.includes(k)) : [0]
  }
}
