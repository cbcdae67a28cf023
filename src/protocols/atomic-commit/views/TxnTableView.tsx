/**
 * The transactions as a table: a row per transaction, a column for the coordinator's
 * decision and one per participant, each cell a strip of the node's state over time with
 * its sentence for screen readers. Every column shares one time window and has its axis.
 */

import { useRef } from 'react'
import { t } from '../../../i18n'
import { cellText, noKeyText, outcomeWord, rowText } from './txn-text'
import { stripWidthPx, timeWindow, type TimeWindow } from './txn-layout'
import { TxnAxis } from './TxnAxis'
import { TxnStrip } from './TxnStrip'
import { useWidth } from '../../../components/use-width'
import type { TxnCell, TxnRow, TxnTable } from './txn-model'

/** Each cell's padding, left and right together, in px (txns.css). */
const CELL_PAD_PX = 8
/** The row names' column until it was measured. */
const ROW_HEADER_PX = 64

interface Props {
  readonly table: TxnTable
  /** The width the table may take, and the time the run was seen up to. */
  readonly widthPx: number
  readonly seenUntil: number
  readonly hatch: string
  readonly go: (t: number) => void
}

export function TxnTableView({ table, widthPx, seenUntil, hatch, go }: Props) {
  const corner = useRef<HTMLTableCellElement>(null)
  const headerPx = useWidth(corner) || ROW_HEADER_PX
  const columns = [table.coordinator, ...table.participants]
  const strip = stripWidthPx(widthPx - headerPx - columns.length * CELL_PAD_PX, columns.length)
  const w = timeWindow(table, seenUntil, strip)
  return (
    <table className="txn-table" aria-label={t('txns.table')}>
      <thead>
        <tr>
          <th scope="col" ref={corner}>
            <span className="sr-only">{t('txns.column.txn')}</span>
          </th>
          <th scope="col">
            {table.coordinator}{' '}
            <span
              className="txn-decision"
              style={{ maxWidth: strip }}
              title={t('txns.column.decision')}
            >
              {t('txns.column.decision')}
            </span>
          </th>
          {table.participants.map((node) => (
            <th scope="col" key={node}>
              {node}
            </th>
          ))}
        </tr>
        <tr className="txn-axes" aria-hidden="true">
          <td />
          {columns.map((node) => (
            <td key={node}>
              <TxnAxis time={w} />
            </td>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <TxnTableRow
            key={row.id}
            row={row}
            participants={table.participants}
            time={w}
            hatch={hatch}
            go={go}
          />
        ))}
      </tbody>
    </table>
  )
}

interface RowProps {
  readonly row: TxnRow
  readonly participants: readonly string[]
  readonly time: TimeWindow
  readonly hatch: string
  readonly go: (t: number) => void
}

function TxnTableRow({ row, participants, time: w, hatch, go }: RowProps) {
  const strip = (cell: TxnCell, coordinator: boolean) => (
    <td key={cell.node}>
      <TxnStrip cell={cell} time={w} coordinator={coordinator} hatch={hatch} go={go} />
      <span className="sr-only">{cellText(row.id, cell, coordinator)}</span>
    </td>
  )
  return (
    <tr className={`txn-row outcome-${row.outcome}`}>
      <th scope="row">
        <span className="sr-only">{rowText(row)}</span>
        <span aria-hidden="true" className="txn-id">
          {row.id}
        </span>
        <span aria-hidden="true" className="txn-keys">
          {row.keys.join(' ')}
        </span>
        <span aria-hidden="true" className="txn-outcome">
          {outcomeWord(row.outcome)}
        </span>
      </th>
      {strip(row.coordinator, true)}
      {row.cells.map((cell, i) => {
        if (cell !== null) return strip(cell, false)
        const node = participants[i]!
        return (
          <td key={node} className="txn-none">
            <span aria-hidden="true">–</span>
            <span className="sr-only">{noKeyText(row.id, node)}</span>
          </td>
        )
      })}
    </tr>
  )
}
