/**
 * Checks a history for linearizability against a model, one partition (key) at a time:
 * a history is linearizable exactly when each of its keys is (P-compositionality), and
 * small searches are exponentially cheaper than one large one.
 */

import { stepClock } from './clock'
import { searchPartition } from './search'
import type { CheckOptions, CheckResult, KeyOrder, Model, Operation } from './types'

/** In the clock's units: with the default clock, about ten million search steps. */
export const DEFAULT_BUDGET = 10_000

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
  const outOfTime = () => clock() - start > budget
  const order: KeyOrder[] = []
  for (const { key, ops: part } of model.partition(ops)) {
    const verdict = searchPartition(model, part, outOfTime)
    if (verdict.kind === 'unknown') return { linearizable: 'unknown', elapsed: clock() - start }
    if (verdict.kind === 'fail') {
      const { longestPrefix, stuck } = verdict
      return {
        linearizable: false,
        elapsed: clock() - start,
        explanation: { key, longestPrefix, stuck },
      }
    }
    order.push({ key, ids: verdict.order })
  }
  return { linearizable: true, elapsed: clock() - start, order }
}
