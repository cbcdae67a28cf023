/**
 * The simulator's client history (`RunSummary.history`) as checker operations on the
 * key-value model, so a run can be checked for linearizability.
 */

import type { KvInput, KvOutput } from './kv-model'
import type { Operation } from './types'
import type { HistoryEntry } from '../../sim/summary'

export type FromSimResult =
  | { readonly ok: true; readonly ops: Operation<KvInput, KvOutput>[] }
  | { readonly ok: false; readonly error: string }

export function fromSimHistory(history: readonly HistoryEntry[]): FromSimResult {
  const ops: Operation<KvInput, KvOutput>[] = []
  for (const [id, h] of history.entries()) {
    if (h.op !== 'get' && h.op !== 'put' && h.op !== 'append') {
      return { ok: false, error: `history[${id}].op: the key-value model has no "${h.op}"` }
    }
    // Timed out or still pending: the operation may take effect later, or never.
    const known = h.ok && h.returnedAt !== null
    ops.push({
      id,
      client: h.client,
      input: { f: h.op, key: h.key, value: h.op === 'get' ? null : (h.value ?? '') },
      // A key never written reads as null from the store and as "" in the model.
      output: !known ? undefined : h.op === 'get' ? (h.output ?? '') : null,
      call: h.invokedAt,
      return: known ? h.returnedAt! : Infinity,
    })
  }
  return { ok: true, ops }
}
