/**
 * What the checkers see of an all-reduce, kept up as each node steps:
 * - Exact Sum (an invariant): the sum a node applies for step s is exactly the sum of every
 *   worker's step-s gradient, and a model handed over to a restarted worker is the sum of
 *   every step's exact sum before it.
 * - Chunk Contributions (an invariant): no chunk a node holds has one worker's gradient in
 *   it twice.
 * - Measures of a run, not violations: the payload bytes each node sent, against what a
 *   clean run sends per step, each node's step, and when every node had finished.
 */

import { addInto, bytesPerStep, exactSum } from './vector'
import { sameItems } from '../same-items'
import type { InvariantChecker, Violation } from '../../sim/protocol'
import type { Options, ReduceContext } from './types'

export const EXACT_SUM = 'Exact Sum'
export const CHUNK_CONTRIBUTIONS = 'Chunk Contributions'

export interface ReduceGhost {
  /** Payload bytes each node sent, over its lives. */
  bytes: number[]
  step: number[]
  opts: Options | null
  finishedAt: number | null
  reported: Readonly<Record<string, true>>
}

const slotOf = (id: string) => Number(id.slice(1)) - 1

const sumCache = new Map<string, readonly number[]>()

/** The exact sum of one step (memoised: a pure function of its key). */
function stepSum(o: Options, size: number, step: number): readonly number[] {
  const key = `${o.seed}/${o.mode}/${size}/${o.vectorLength}/sum${step}`
  const hit = sumCache.get(key)
  if (hit !== undefined) return hit
  const value = exactSum(o.seed, o.mode, size, step, o.vectorLength)
  if (sumCache.size > 10_000) sumCache.clear()
  sumCache.set(key, value)
  return value
}

/** Σ over steps before `step` of each step's exact sum (memoised: a pure function of its key). */
function modelAt(o: Options, size: number, step: number): readonly number[] {
  const key = `${o.seed}/${o.mode}/${size}/${o.vectorLength}/model${step}`
  const hit = sumCache.get(key)
  if (hit !== undefined) return hit
  const value =
    step === 0
      ? Array.from({ length: o.vectorLength }, () => 0)
      : addInto(modelAt(o, size, step - 1), stepSum(o, size, step - 1))
  if (sumCache.size > 10_000) sumCache.clear()
  sumCache.set(key, value)
  return value
}

const firstDuplicate = (from: readonly number[]) => from.find((k, i) => from.indexOf(k) !== i)

export function createReduceInvariants(
  contextOf: (state: unknown) => ReduceContext,
): InvariantChecker<unknown, ReduceGhost> {
  let found: Violation[] = []

  const report = (g: ReduceGhost, key: string, v: Violation) => {
    if (g.reported[key]) return
    g.reported = { ...g.reported, [key]: true }
    found.push(v)
  }

  const checkSum = (g: ReduceGhost, at: number, before: ReduceContext | null, c: ReduceContext) => {
    const a = c.applied
    if (a !== null && a !== before?.applied) {
      const exact = stepSum(c.opts, c.size, a.step)
      if (!sameItems(a.values, exact)) {
        const i = a.values.findIndex((x, k) => x !== exact[k])
        report(g, `${EXACT_SUM}:${c.id}:${a.step}`, {
          invariant: EXACT_SUM,
          at,
          nodes: [c.id],
          message:
            `${c.id} applied a sum for step ${a.step} whose element ${i} is ${a.values[i]}, ` +
            `but the workers' gradients add up to ${exact[i]}`,
        })
      }
    } else if (before !== null && c.step !== before.step && c.adopted !== before.adopted) {
      if (!sameItems(c.params, modelAt(c.opts, c.size, c.step))) {
        report(g, `${EXACT_SUM}:${c.id}:model${c.step}`, {
          invariant: EXACT_SUM,
          at,
          nodes: [c.id],
          message: `${c.id} took over a model at step ${c.step} that is not the sum of the exact sums before it`,
        })
      }
    }
  }

  const checkChunks = (g: ReduceGhost, at: number, c: ReduceContext) => {
    c.held.forEach((p, j) => {
      const twice = p === null ? undefined : firstDuplicate(p.from)
      if (twice === undefined) return
      report(g, `${CHUNK_CONTRIBUTIONS}:${c.id}:${c.step}:${j}`, {
        invariant: CHUNK_CONTRIBUTIONS,
        at,
        nodes: [c.id, `n${twice + 1}`],
        message: `${c.id} holds chunk ${j} of step ${c.step} with n${twice + 1}'s gradient in it twice`,
      })
    })
  }

  return {
    init: (size) => ({
      bytes: Array.from({ length: size }, () => 0),
      step: Array.from({ length: size }, () => 0),
      opts: null,
      finishedAt: null,
      reported: {},
    }),
    clone: (g) => ({ ...g, bytes: g.bytes.slice(), step: g.step.slice() }),
    digest: (g) => ({
      bytes: g.bytes,
      step: g.step,
      finishedAt: g.finishedAt,
      reported: g.reported,
    }),
    check(g, at, id, beforeState, afterState) {
      found = []
      const before = beforeState === null ? null : contextOf(beforeState)
      const after = afterState === null ? null : contextOf(afterState)
      if (after === null) return found
      const slot = slotOf(id)
      g.opts ??= after.opts
      g.bytes[slot] = g.bytes[slot]! + after.bytesSent - (before?.bytesSent ?? 0)
      g.step[slot] = after.step
      if (g.finishedAt === null && g.step.every((s) => s >= after.opts.steps)) g.finishedAt = at
      if (after.applied !== before?.applied || after.step !== before?.step) {
        checkSum(g, at, before, after)
      }
      if (after.held !== before?.held) checkChunks(g, at, after)
      return found
    },
  }
}

/**
 * What a run measured (`Protocol.measures`): payload bytes each node sent (retransmissions
 * included), what a clean run sends per node and step, the vector's size in bytes, each
 * node's training step, and when the last node finished (null: not yet, or stalled).
 */
export function reduceMeasures(g: ReduceGhost) {
  const o = g.opts
  const size = g.bytes.length
  const byNode = (f: (i: number) => number) =>
    Object.fromEntries(Array.from({ length: size }, (_, i) => [`n${i + 1}`, f(i)]))
  return {
    mode: o?.mode ?? null,
    bytesSent: byNode((i) => g.bytes[i]!),
    bytesPerStep: byNode((i) =>
      o === null ? 0 : bytesPerStep(o.mode, size, i, o.vectorLength, o.elementBytes),
    ),
    vectorBytes: o === null ? 0 : o.vectorLength * o.elementBytes,
    steps: byNode((i) => g.step[i]!),
    finishedAt: g.finishedAt,
  }
}
