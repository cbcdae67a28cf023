/**
 * The history formats the command line reads, each with the model its histories are
 * checked against. A loaded history hides its model's types behind plain functions.
 */

import { parseEdnHistory } from './edn'
import { parseJepsenLog } from './jepsen-log'
import { checkHistory } from '../linearizability/check'
import { kvModel } from '../linearizability/kv-model'
import { registerModel } from '../linearizability/register-model'
import type { ParseResult } from './parse-result'
import type { CheckOptions, CheckResult, Model } from '../linearizability/types'

export interface LoadedHistory {
  readonly ops: number
  check(options?: CheckOptions): CheckResult
  /** One operation for a reader: `line 12, process 3: cas 1→4 → fail`. */
  describe(id: number): string
}

export interface HistoryFormat {
  readonly name: string
  readonly model: string
  load(text: string): { ok: true; history: LoadedHistory } | { ok: false; error: string }
}

function format<S, I, O>(
  name: string,
  model: Model<S, I, O>,
  parse: (text: string) => ParseResult<I, O>,
): HistoryFormat {
  return {
    name,
    model: model.name,
    load(text) {
      const parsed = parse(text)
      if (!parsed.ok) return parsed
      const { ops } = parsed
      const opLookup = new Map(ops.map((op) => [op.id, op]))
      const describe = (id: number) => {
        const op = opLookup.get(id)
        if (op === undefined) return `operation ${id}`
        return `line ${op.call}, process ${op.client}: ${model.describe(op.input, op.output)}`
      }
      const check = (options?: CheckOptions) => checkHistory(ops, model, options)
      return { ok: true, history: { ops: ops.length, check, describe } }
    },
  }
}

export const HISTORY_FORMATS: readonly HistoryFormat[] = [
  format('jepsen-log', registerModel, parseJepsenLog),
  format('edn', kvModel, parseEdnHistory),
]

export const formatLookup: ReadonlyMap<string, HistoryFormat> = new Map(
  HISTORY_FORMATS.map((f) => [f.name, f]),
)
