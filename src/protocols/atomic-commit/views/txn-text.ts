/**
 * The transaction view in words: each cell as a sentence (`n2: T1 prepared 0.133–0.333 s,
 * blocked 0.333–1.582 s, aborted from 1.582 s`), each row's outcome, and a summary of the
 * table. The screen reader's table and the strips' tooltips read the same words.
 */

import { t, type TranslationKey } from '../../../i18n/translate'
import { localDecimals } from '../../../i18n/numbers'
import type { CellState, Outcome, Span, TxnCell, TxnRow, TxnTable } from './txn-model'

const STATE_WORDS: Readonly<Record<CellState, TranslationKey>> = {
  working: 'txns.state.working',
  prepared: 'txns.state.prepared',
  precommitted: 'txns.state.precommitted',
  committed: 'txns.state.committed',
  aborted: 'txns.state.aborted',
  voting: 'txns.state.voting',
  precommitting: 'txns.state.precommitting',
  forgotten: 'txns.state.forgotten',
}

/** The coordinator's decided states say that the decision is in its log. */
const LOGGED_WORDS: Partial<Record<CellState, TranslationKey>> = {
  committed: 'txns.state.commitLogged',
  aborted: 'txns.state.abortLogged',
}

const OUTCOME_WORDS: Readonly<Record<Outcome, TranslationKey>> = {
  committed: 'txns.outcome.committed',
  aborted: 'txns.outcome.aborted',
  split: 'txns.outcome.split',
  undecided: 'txns.outcome.undecided',
}

/** Seconds to the millisecond, without trailing zeros: `0.133`, `1.5`, `2`. */
export function seconds(ms: number): string {
  return localDecimals(String(Math.round(ms) / 1000))
}

/** What a span shows: down and blocked before the state they hold. */
export function spanWord(span: Span, coordinator: boolean): string {
  if (span.down) return t('txns.state.down')
  if (span.blocked) return t('txns.state.blocked')
  return t((coordinator ? LOGGED_WORDS[span.state] : undefined) ?? STATE_WORDS[span.state])
}

export function spanText(span: Span, coordinator: boolean): string {
  const state = spanWord(span, coordinator)
  const from = seconds(span.from)
  return span.open
    ? t('txns.spanOpen', { state, from })
    : t('txns.span', { state, from, to: seconds(span.to) })
}

/**
 * A participant's first span, `working` until its prepare came, is left out once another
 * follows: the row says when the transaction began.
 */
export function cellText(txn: string, cell: TxnCell, coordinator: boolean): string {
  const first = cell.spans[0]
  const skip = !coordinator && cell.spans.length > 1 && first?.state === 'working' && !first.down
  const spans = (skip ? cell.spans.slice(1) : cell.spans).map((s) => spanText(s, coordinator))
  return t('txns.cell', { node: cell.node, txn, spans: spans.join(', ') })
}

export function noKeyText(txn: string, node: string): string {
  return t('txns.noKey', { node, txn })
}

export function outcomeWord(outcome: Outcome): string {
  return t(OUTCOME_WORDS[outcome])
}

export function rowText(row: TxnRow): string {
  return t('txns.row', {
    txn: row.id,
    keys: row.keys.join(', '),
    from: seconds(row.start),
    outcome: outcomeWord(row.outcome),
  })
}

/** `2 transactions: 1 committed, 1 undecided. Blocked now: n2 (T2), n3 (T2).` */
export function summaryText(table: TxnTable): string {
  const counts = new Map<Outcome, number>()
  for (const row of table.rows) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1)
  const parts = (['committed', 'aborted', 'split', 'undecided'] as const)
    .filter((o) => counts.has(o))
    .map((o) => t(`txns.summary.${o}`, { count: counts.get(o)! }))
  const text = `${t('txns.count', { count: table.rows.length })}: ${parts.join(', ')}.`
  const blocked = blockedNow(table)
  return blocked.length === 0
    ? text
    : `${text} ${t('txns.blockedNow', { nodes: blocked.join(', ') })}`
}

/** `n2 (T1)` for every participant blocked at the cursor. */
function blockedNow(table: TxnTable): string[] {
  const found: string[] = []
  for (const row of table.rows) {
    for (const cell of row.cells) {
      if (cell?.spans.at(-1)?.blocked === true) found.push(`${cell.node} (${row.id})`)
    }
  }
  return found
}
