/**
 * The Task board tab: a row per task (the map tasks, then the reduce tasks), its state at
 * the master over time up to the cursor (idle, running on a worker, with a backup copy,
 * run again after its worker failed, completed), each loss marked, the cursor as a line.
 * A summary and a table of the tasks at the cursor say the same in words. While playing,
 * it is redrawn ten times a second at most.
 */

import './board.css'
import { useEffect, useRef } from 'react'
import { axisBottom } from 'd3-axis'
import { select } from 'd3-selection'
import { useAppStore, useAppStoreApi } from '../../../store/context'
import { seenUntilOf } from '../../../store/branches'
import { useCursorView } from '../../../components/use-cursor-view'
import { useWidth } from '../../../components/use-width'
import { t } from '../../../i18n'
import { boardAt, type Board } from './board-model'
import { layoutBoard, LABEL_PX, ROW_PX, type BoardLayout } from './board-layout'
import { seconds, stateText, summaryText } from './board-text'
import type { AppState } from '../../../store/app-store'
import type { MapReduceGhost } from '../invariants'

const PLAYING_GAP_MS = 100
const AXIS_PX = 20
const KINDS = ['idle', 'running', 'backup', 'redo', 'completed'] as const

const selectJump = (s: AppState) => s.jumpTo

export function TaskBoard() {
  const store = useAppStoreApi()
  const jumpTo = useAppStore(selectJump)
  const { cursor, world } = useCursorView(PLAYING_GAP_MS)
  const box = useRef<HTMLDivElement>(null)
  const widthPx = useWidth(box)
  const board = boardAt(world.ghost as MapReduceGhost | null, cursor)
  const seenUntil = seenUntilOf(store.getState())

  return (
    <section className="panel mr-board" aria-label={t('mapreduce.board.title')}>
      <h2>{t('mapreduce.board.title')}</h2>
      {board.rows.length === 0 ? (
        <p className="hint">{t('mapreduce.board.none')}</p>
      ) : (
        <p className="mr-summary">{summaryText(board)}</p>
      )}
      <ul className="mr-legend" aria-label={t('mapreduce.board.legend')}>
        {KINDS.map((kind) => (
          <li key={kind}>
            <span className={`mr-swatch k-${kind}`} aria-hidden="true" />
            {t(`mapreduce.board.kind.${kind}`)}
          </li>
        ))}
        <li>
          <span className="mr-swatch k-lost" aria-hidden="true" />
          {t('mapreduce.board.kind.lost')}
        </li>
      </ul>
      <div className="mr-scroll" ref={box}>
        {board.rows.length > 0 && widthPx > 0 ? (
          <BoardFigure layout={layoutBoard(board, seenUntil, widthPx)} board={board} go={jumpTo} />
        ) : null}
      </div>
      {board.rows.length > 0 ? <BoardTable board={board} /> : null}
    </section>
  )
}

function BoardFigure(props: {
  readonly layout: BoardLayout
  readonly board: Board
  readonly go: (t: number) => void
}) {
  const { layout: l, board, go } = props
  const axis = useRef<SVGGElement>(null)
  useEffect(() => {
    select(axis.current!).call(
      axisBottom(l.x)
        .tickValues(l.ticks.map((tick) => tick.value))
        .tickFormat((_, i) => l.ticks[i]!.label)
        .tickSize(3)
        .tickSizeOuter(0),
    )
  }, [l])
  const height = l.heightPx + AXIS_PX
  return (
    <svg
      className="mr-figure"
      width={l.widthPx}
      height={height}
      viewBox={`0 0 ${l.widthPx} ${height}`}
      role="img"
      aria-label={t('mapreduce.board.figure')}
    >
      {board.rows.map((row, i) => (
        <text key={row.key} className="mr-row-label" x={LABEL_PX - 6} y={i * ROW_PX + ROW_PX - 4}>
          {row.name}
        </text>
      ))}
      {l.bars.map((bar) => {
        const span = board.rows[bar.row]!.spans.find((x) => x.from === bar.from)!
        return (
          <rect
            key={bar.key}
            className={`mr-bar k-${bar.kind}`}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={ROW_PX - 4}
            onClick={() => go(bar.from)}
          >
            <title>{`${board.rows[bar.row]!.name}: ${stateText(span)}, ${seconds(bar.from)}`}</title>
          </rect>
        )
      })}
      {l.losses.map((loss) => (
        <path
          key={loss.key}
          className="mr-loss"
          d={`M${loss.x - 4},${loss.y} h8 l-4,${ROW_PX / 2} z`}
        />
      ))}
      <line className="mr-cursor" x1={l.cursorPx} x2={l.cursorPx} y1={0} y2={l.heightPx} />
      <g ref={axis} transform={`translate(0,${l.heightPx})`} aria-hidden="true" />
    </svg>
  )
}

/** The board at the cursor as a table: each task, its state and workers. */
function BoardTable({ board }: { readonly board: Board }) {
  return (
    <table className="mr-table" aria-label={t('mapreduce.board.table')}>
      <thead>
        <tr>
          <th scope="col">{t('mapreduce.inspect.task')}</th>
          <th scope="col">{t('mapreduce.inspect.state')}</th>
          <th scope="col">{t('mapreduce.board.lost')}</th>
        </tr>
      </thead>
      <tbody>
        {board.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td>{stateText(row.now)}</td>
            <td>{row.lostAt.map(seconds).join(', ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
