/**
 * The transaction table at the cursor, cut from a log recorded at least that far: rows the
 * coordinator had begun, and in each cell the spans up to the cursor, the last one open.
 * The run is deterministic, so a log recorded further holds the same past.
 */

import {
  type LoggedDecision,
  type Outcome,
  type Span,
  type TxnCell,
  type TxnRow,
  type TxnTable,
} from './txn-model'
import type { Mark, RowLog, TxnLog } from './txn-log'

const number = (id: string) => Number(id.replace(/\D/g, ''))

export function tableAt(log: TxnLog, cursor: number): TxnTable {
  const rows = [...log.rows.values()]
    .filter((row) => row.start <= cursor)
    .sort((a, b) => number(a.id) - number(b.id))
    .map((row) => rowAt(log, row, cursor))
  return {
    cursor,
    coordinator: log.coordinator ?? '',
    participants: log.participants,
    rows,
  }
}

function rowAt(log: TxnLog, row: RowLog, cursor: number): TxnRow {
  const coordinator = cellAt(log.coordinator ?? '', row.cells.get(log.coordinator ?? ''), cursor)
  const cells = log.participants.map((node) => {
    const cell = cellAt(node, row.cells.get(node), cursor)
    return cell.spans.length === 0 ? null : cell
  })
  const decision = row.decision !== null && row.decision.at <= cursor ? row.decision : null
  const participants = log.participants.filter((_, i) => cells[i] !== null)
  return {
    id: row.id,
    start: row.start,
    keys: [...row.keys].sort(),
    participants,
    decision,
    coordinator,
    cells,
    outcome: outcomeOf(cells, decision),
  }
}

function cellAt(node: string, marks: readonly Mark[] = [], cursor: number): TxnCell {
  const spans: Span[] = []
  for (let i = 0; i < marks.length && marks[i]!.from <= cursor; i++) {
    const next = marks[i + 1]
    const open = next === undefined || next.from > cursor
    spans.push({ ...marks[i]!, to: open ? cursor : next.from, open })
  }
  return { node, spans }
}

/**
 * What became of the transaction at the cursor: what the coordinator logged or any
 * participant applied; `split` when both ways (Atomicity broken), `undecided` while nobody
 * has decided (a participant still waiting for its prepare does not make it undecided).
 */
function outcomeOf(cells: readonly (TxnCell | null)[], decision: LoggedDecision | null): Outcome {
  const ends = cells.map((c) => c?.spans.at(-1)?.state)
  const committed = ends.includes('committed') || decision?.value === 'commit'
  const aborted = ends.includes('aborted') || decision?.value === 'abort'
  if (committed && aborted) return 'split'
  if (committed) return 'committed'
  return aborted ? 'aborted' : 'undecided'
}
