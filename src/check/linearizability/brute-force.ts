/**
 * A reference for tests: tries every order of every subset of the operations that holds
 * all those with known outcomes, on the whole object at once (no partitioning, no
 * memoisation, no linked list). Exponential; only for a handful of operations.
 */

import type { Model, Operation } from './types'

export function bruteForceLinearizable<S, I, O>(
  ops: readonly Operation<I, O>[],
  model: Model<S, I, O>,
  keyOf: (input: I) => string,
): boolean {
  const mustPlace = ops.filter((op) => op.return !== Infinity).length
  const placed: Operation<I, O>[] = []
  const used = new Set<Operation<I, O>>()

  // Replays the whole sequence from the initial states, so no state is carried around.
  const legal = (): boolean => {
    const states = new Map<string, S>()
    for (const op of placed) {
      const key = keyOf(op.input)
      const next = model.step(states.get(key) ?? model.init(), op.input, op.output)
      if (!next.ok) return false
      states.set(key, next.state)
    }
    return true
  }
  const extend = (): boolean => {
    if (placed.filter((op) => op.return !== Infinity).length === mustPlace) return true
    for (const op of ops) {
      // Real-time order: an operation that returned before this one was called comes first.
      if (used.has(op) || ops.some((other) => !used.has(other) && other.return < op.call)) {
        continue
      }
      placed.push(op)
      used.add(op)
      const ok = legal() && extend()
      placed.pop()
      used.delete(op)
      if (ok) return true
    }
    return false
  }
  return extend()
}
