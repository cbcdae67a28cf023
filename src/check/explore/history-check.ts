/**
 * The client history of a run, checked for linearizability against the key-value model,
 * as a failure the explorer can report and shrink.
 */

import { kvModel, type KvInput } from '../linearizability'
import { checkClientHistory } from '../client-history'
import type { Failure } from './types'
import type { HistoryEntry } from '../../sim/summary'

/** About this many thousand search steps per history before the answer is "unknown". */
const CHECK_BUDGET_KILOSTEPS = 50

export const LINEARIZABILITY = 'Linearizability'

/** A failure when the history is certainly not linearizable; null when it is, or unknown. */
export function checkRunHistory(history: readonly HistoryEntry[], endMs: number): Failure | null {
  const checked = checkClientHistory(history, CHECK_BUDGET_KILOSTEPS)
  if (checked === null) return null
  const { result } = checked
  if (result.linearizable !== false || result.explanation === undefined) return null
  const { key, stuck } = result.explanation
  const ops = stuck.map((id) => checked.ops[id]!)
  const returns = ops.map((op) => op.return).filter((t) => Number.isFinite(t))
  const described = ops.map((op) => kvModel.describe(op.input as KvInput, op.output)).join('; ')
  return {
    kind: 'linearizability',
    invariant: LINEARIZABILITY,
    at: returns.length > 0 ? Math.max(...returns) : endMs,
    message: `no order of the operations on key ${JSON.stringify(key)} fits one copy of the store; none of these can come next: ${described}`,
  }
}
