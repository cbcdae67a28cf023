/**
 * Checks a history for linearizability against a model, one partition (key) at a time:
 * a history is linearizable exactly when each of its keys is (P-compositionality), and
 * small searches are exponentially cheaper than one large one.
 *
 * The partitions' searches take turns, a slice of steps each, the way Porcupine runs them
 * side by side: one key whose search is hard does not keep a failing key from being found,
 * and the first key to fail decides the verdict.
 */

import { cacheRoom } from './cache'
import { stepClock } from './clock'
import { PartitionSearch } from './search'
import type { CheckOptions, CheckResult, KeyOrder, Model, Operation } from './types'

/** In the clock's units: with the default clock, about ten million search steps. */
export const DEFAULT_BUDGET = 10_000

/** Search steps a partition takes in its turn, and between two looks at the clock. */
export const STEPS_PER_TURN = 1024

/**
 * Throws a RangeError for an operation that returns before it is called: a caller's bug,
 * which the parsers and the simulator adapter never produce.
 */
export function checkHistory<S, I, O>(
  ops: readonly Operation<I, O>[],
  model: Model<S, I, O>,
  options: CheckOptions = {},
): CheckResult {
  for (const op of ops) {
    if (!Number.isFinite(op.call) || !(op.return >= op.call)) {
      throw new RangeError(`operation ${op.id}: call ${op.call} and return ${op.return}`)
    }
  }
  const clock = options.clock ?? stepClock()
  const budget = options.budget ?? DEFAULT_BUDGET
  const start = clock()
  const room = cacheRoom()
  const parts = model.partition(ops).map(({ key, ops: part }) => ({
    key,
    search: new PartitionSearch(model, model.prune?.(part) ?? part, room),
    order: undefined as readonly number[] | undefined,
  }))
  let pending = parts.length
  let sinceClock = 0
  while (pending > 0) {
    for (const part of parts) {
      if (part.order !== undefined) continue
      const before = part.search.steps
      const verdict = part.search.run(STEPS_PER_TURN)
      sinceClock += part.search.steps - before
      if (verdict?.kind === 'fail') {
        const { longestPrefix, stuck } = verdict
        const explanation = { key: part.key, longestPrefix, stuck }
        return { linearizable: false, elapsed: clock() - start, explanation }
      }
      if (verdict?.kind === 'ok') {
        part.order = verdict.order
        pending--
      }
      if (sinceClock >= STEPS_PER_TURN) {
        sinceClock = 0
        if (clock() - start > budget) return { linearizable: 'unknown', elapsed: clock() - start }
      }
    }
  }
  const orders: KeyOrder[] = parts.map(({ key, order }) => ({ key, ids: order! }))
  return { linearizable: true, elapsed: clock() - start, order: orders }
}
