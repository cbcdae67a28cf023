/**
 * Checks a linearization the checker returned, independently of how it was found: each
 * key's order holds every completed operation of that key once, respects real time, and
 * the model accepts it step by step. Returns what is wrong, or undefined.
 */

import type { KeyOrder, Model, Operation } from './types'

export function verifyOrder<S, I, O>(
  ops: readonly Operation<I, O>[],
  model: Model<S, I, O>,
  order: readonly KeyOrder[],
): string | undefined {
  const opLookup = new Map(ops.map((op) => [op.id, op]))
  const keyLookup = new Map(model.partition(ops).flatMap((p) => p.ops.map((op) => [op.id, p.key])))
  const placed = new Set<number>()
  for (const { key, ids } of order) {
    let state = model.init()
    for (const [i, id] of ids.entries()) {
      const op = opLookup.get(id)
      if (op === undefined || placed.has(id)) return `${key}: operation ${id} unknown or repeated`
      if (keyLookup.get(id) !== key) return `${key}: operation ${id} is on another key`
      placed.add(id)
      const later = ids
        .slice(i + 1)
        .find((other) => (opLookup.get(other)?.return ?? Infinity) < op.call)
      if (later !== undefined) return `${key}: ${later} returned before ${id} was called`
      const next = model.step(state, op.input, op.return === Infinity ? undefined : op.output)
      if (!next.ok) return `${key}: the model refuses ${id} in state ${JSON.stringify(state)}`
      state = next.state
    }
  }
  const missing = ops.find((op) => op.return !== Infinity && !placed.has(op.id))
  return missing === undefined ? undefined : `operation ${missing.id} completed but is not placed`
}
