/**
 * The simulator's client history, checked for linearizability against the key-value
 * model: what the CLI's `run` reports as `linearizable`, and what the app checks live.
 */

import { checkHistory, fromSimHistory, kvModel } from './linearizability'
import type { CheckResult, KvInput, KvOutput, Operation } from './linearizability'
import type { HistoryEntry, RunSummary } from '../sim/summary'

/** A run's history is small; past this the answer is "unknown" rather than a long wait. */
export const LIVE_BUDGET_MS = 2000

export interface HistoryCheck {
  readonly ops: readonly Operation<KvInput, KvOutput>[]
  readonly result: CheckResult
}

/** Null for an empty history (nothing to check) or one the model can't read. */
export function checkClientHistory(
  history: readonly HistoryEntry[],
  budgetMs = LIVE_BUDGET_MS,
): HistoryCheck | null {
  if (history.length === 0) return null
  const converted = fromSimHistory(history)
  if (!converted.ok) return null
  return { ops: converted.ops, result: checkHistory(converted.ops, kvModel, { budgetMs }) }
}

/**
 * The summary with `linearizable` filled in: true or false, and null when there is no
 * history or the check ran out of time (DESIGN.md allows only true, false and null).
 */
export function withLinearizability(summary: RunSummary, budgetMs = 10_000): RunSummary {
  const checked = checkClientHistory(summary.history, budgetMs)
  const verdict = checked?.result.linearizable ?? null
  return { ...summary, linearizable: verdict === 'unknown' ? null : verdict }
}
