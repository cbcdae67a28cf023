/**
 * `check-history`: checks recorded histories (Jepsen's, for example) for linearizability.
 * Every file is read and parsed before any is checked, so bad input exits 2 with nothing
 * on stdout. A history that is not linearizable is a result, not an error.
 */

import { readTextFile } from './load'
import { millisecondsFlag, type Args } from './args'
import { UsageError } from './usage-error'
import {
  formatLookup,
  type HistoryFormat,
  type LoadedHistory,
} from '../check/history-formats/formats'
import { MAX_HISTORY_CHARS } from '../check/history-formats/parse-result'
import { DEFAULT_BUDGET } from '../check/linearizability/check'
import type { CheckResult } from '../check/linearizability/types'

/** How many operations a readable explanation lists before it says "and N more". */
const STUCK_SHOWN = 5

export function checkHistoryCommand(args: Args): string {
  const format = formatFlag(args)
  if (args.positional.length === 0) throw new UsageError('check-history: expected a history file')
  const budgetMs = millisecondsFlag(args, 'timeout-ms') ?? DEFAULT_BUDGET
  const loaded = args.positional.map((file) => ({ file, history: load(file, format) }))
  return loaded
    .map(({ file, history }) => {
      // --timeout-ms is wall time; the checker on its own counts search steps.
      const result = history.check({ budget: budgetMs, clock: () => performance.now() })
      return args.flags.has('json')
        ? JSON.stringify({
            file,
            format: format.name,
            model: format.model,
            ops: history.ops,
            linearizable: result.linearizable,
            ms: Math.round(result.elapsed * 1000) / 1000,
          })
        : readable(file, format, history, result, budgetMs)
    })
    .join('\n')
}

function formatFlag(args: Args): HistoryFormat {
  const known = [...formatLookup.keys()].map((k) => `"${k}"`).join(' or ')
  const name = args.flags.get('format')
  if (name === undefined) throw new UsageError(`check-history: --format is required (${known})`)
  const format = name === true ? undefined : formatLookup.get(name)
  if (format === undefined) throw new UsageError(`--format: expected ${known}, got "${name}"`)
  return format
}

function load(file: string, format: HistoryFormat): LoadedHistory {
  // Bytes bound characters from above, so this refuses nothing the parser would take.
  const loaded = format.load(readTextFile(file, 4 * MAX_HISTORY_CHARS))
  if (!loaded.ok) throw new UsageError(`${file}: ${loaded.error}`)
  return loaded.history
}

function readable(
  file: string,
  format: HistoryFormat,
  history: LoadedHistory,
  result: CheckResult,
  budgetMs: number,
): string {
  const about = `${format.model} model, ${history.ops} operations, ${result.elapsed.toFixed(1)} ms`
  if (result.linearizable === true) return `${file}: linearizable (${about})`
  if (result.linearizable === 'unknown') {
    const hint = 'try a larger --timeout-ms'
    return `${file}: unknown, gave up after the ${budgetMs} ms budget (${about}); ${hint}`
  }
  const { key, longestPrefix, stuck } = result.explanation!
  const where = format.model === 'kv' ? ` on key ${JSON.stringify(key)}` : ''
  const last = longestPrefix.at(-1)
  const ending = last === undefined ? '' : `, ending with ${history.describe(last)}`
  const shown = stuck.slice(0, STUCK_SHOWN).map((id) => `    ${history.describe(id)}`)
  if (stuck.length > STUCK_SHOWN) shown.push(`    and ${stuck.length - STUCK_SHOWN} more`)
  return [
    `${file}: not linearizable (${about})`,
    `  the longest linearizable prefix${where} has ${longestPrefix.length} operations${ending}`,
    '  none of these fits next:',
    ...shown,
  ].join('\n')
}
