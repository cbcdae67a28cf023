/**
 * A table of the inspector (a log, a node's view of its members). A short one is a plain
 * table. A long one (a failure detector member’s view of 1,000 others) scrolls in a box of its own
 * and has only the rows in view in the page, so it costs what a short one does however
 * long it gets; its rows say where they stand (aria-rowindex of aria-rowcount).
 */

import { useLayoutEffect, useRef, useState } from 'react'
import { isAtEnd, scrollToEnd, virtualWindow } from './virtual-window'
import type { InspectorTable } from '../protocols/presentation'
// `t` names a table here, so the catalogue's lookup goes by `say`.
import { t as say } from '../i18n'
import './inspector-table.css'

/** Up to this many rows a table is plain; longer, it is windowed. */
export const PLAIN_ROWS = 50
/** Must match `.log-table.windowed tr` in inspector-table.css. */
const ROW_PX = 22
/** Rows the box shows at once. */
const SHOWN_ROWS = 14
const OVERSCAN = 4

type Row = InspectorTable['rows'][number]

function Cells({ row, pending }: { row: Row; pending: string }) {
  return row.cells.map((cell, k) => (
    <td key={k}>
      {cell}
      {k === row.cells.length - 1 && !row.done ? ` (${pending})` : ''}
    </td>
  ))
}

function Head({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {columns.map((c) => (
          <th key={c}>{c}</th>
        ))}
      </tr>
    </thead>
  )
}

/**
 * A log (rows keyed 1, 2, 3…, each new one last) opens at its end, where the newest rows
 * are, and stays there as it grows; a table the protocol sorts by what matters (a failure detector puts
 * the suspect and the dead first) opens at its top.
 */
export function isLog(rows: readonly Row[]): boolean {
  const first = Number(rows[0]?.key)
  const last = Number(rows.at(-1)?.key)
  return Number.isInteger(first) && Number.isInteger(last) && last - first === rows.length - 1
}

export function TableView({ table }: { table: InspectorTable }) {
  return (
    <>
      <h3>{table.title}</h3>
      {table.rows.length === 0 ? (
        <p className="hint">{say('common.empty')}</p>
      ) : table.rows.length <= PLAIN_ROWS ? (
        <table className="log-table" aria-label={table.label}>
          <Head columns={table.columns} />
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} className={row.done ? 'committed' : 'uncommitted'}>
                <Cells row={row} pending={table.pending} />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <WindowedTable table={table} />
      )}
    </>
  )
}

function WindowedTable({ table }: { table: InspectorTable }) {
  const { rows } = table
  const box = useRef<HTMLDivElement>(null)
  const [scrollTopPx, setScrollTopPx] = useState(0)
  const [atEnd, setAtEnd] = useState(() => isLog(rows))
  // The header sticks at the top of the box; the rows scroll under it.
  const viewportPx = SHOWN_ROWS * ROW_PX
  const size = { count: rows.length, rowPx: ROW_PX, viewportPx }
  const topPx = atEnd ? scrollToEnd(size) : scrollTopPx
  const win = virtualWindow(size, topPx, OVERSCAN)

  // Where the box is scrolled to, as last set or seen: reading it back in the layout
  // effect would force a layout of the page on every render during playback.
  const knownTop = useRef(0)
  useLayoutEffect(() => {
    if (Math.abs(knownTop.current - topPx) < 1) return
    box.current!.scrollTop = topPx
    knownTop.current = topPx
  })

  const onScroll = () => {
    const now = box.current!.scrollTop
    knownTop.current = now
    setScrollTopPx(now)
    setAtEnd(isLog(rows) && isAtEnd(size, now))
  }

  const above = win.first * ROW_PX + win.shiftPx
  const below = Math.max(0, win.heightPx - win.end * ROW_PX - win.shiftPx)
  const shown = []
  for (let i = win.first; i < win.end; i++) {
    const row = rows[i]!
    shown.push(
      <tr key={row.key} aria-rowindex={i + 2} className={row.done ? 'committed' : 'uncommitted'}>
        <Cells row={row} pending={table.pending} />
      </tr>,
    )
  }
  return (
    <div
      className="table-window"
      ref={box}
      onScroll={onScroll}
      style={{ maxHeight: viewportPx + ROW_PX }}
      // Scrollable content must be reachable by keyboard.
      tabIndex={0}
      aria-label={say('scale.tableRows', { label: table.label, count: rows.length })}
    >
      <table
        className="log-table windowed"
        aria-label={table.label}
        aria-rowcount={rows.length + 1}
      >
        <Head columns={table.columns} />
        <tbody>
          {above > 0 ? <tr aria-hidden="true" style={{ height: above }} /> : null}
          {shown}
          {below > 0 ? <tr aria-hidden="true" style={{ height: below }} /> : null}
        </tbody>
      </table>
    </div>
  )
}
