/**
 * The simulator's client history, checked for linearizability against the key-value
 * model: what the CLI's `run` reports as `linearizable`, and what the app checks live.
 */

import { checkHistory, fromSimHistory, kvModel } from './linearizability'
import type { CheckResult, KvInput, KvOutput, Operation } from './linearizability'
import type { HistoryEntry, RunSummary } from '../sim/summary'

/**
 * Budgets are in thousands of search steps (the checker's default clock), not wall time,
 * so a verdict (and the CLI's output, and the explorer's result) is the same everywhere.
 */
export const LIVE_BUDGET_KILOSTEPS = 2000
export const FULL_BUDGET_KILOSTEPS = 20_000

export interface HistoryCheck {
  readonly ops: readonly Operation<KvInput, KvOutput>[]
  readonly result: CheckResult
}

/** Null for an empty history (nothing to check) or one the model can't read. */
export function checkClientHistory(
  history: readonly HistoryEntry[],
  kilosteps = LIVE_BUDGET_KILOSTEPS,
): HistoryCheck | null {
  if (history.length === 0) return null
  const converted = fromSimHistory(history)
  if (!converted.ok) return null
  const result = checkHistory(converted.ops, kvModel, { budget: kilosteps })
  return { ops: converted.ops, result }
}

/**
 * The summary with `linearizable` filled in: true or false, and null when there is no
 * history or the check ran out of time (DESIGN.md allows only true, false and null).
 */
export function withLinearizability(summary: RunSummary): RunSummary {
  const checked = checkClientHistory(summary.history, FULL_BUDGET_KILOSTEPS)
  const verdict = checked?.result.linearizable ?? null
  return { ...summary, linearizable: verdict === 'unknown' ? null : verdict }
}
