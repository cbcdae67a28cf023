/** Splits a history into independent parts, in a fixed key order so results are stable. */

import type { Operation, Partition } from './types'

export function partitionBy<I, O>(
  ops: readonly Operation<I, O>[],
  keyOf: (input: I) => string,
): Partition<I, O>[] {
  const byKey = new Map<string, Operation<I, O>[]>()
  for (const op of ops) {
    const key = keyOf(op.input)
    const list = byKey.get(key)
    if (list === undefined) byKey.set(key, [op])
    else list.push(op)
  }
  return [...byKey.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => ({ key, ops: byKey.get(key)! }))
}
