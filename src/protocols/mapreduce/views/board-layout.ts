/**
 * Where the task board draws: one time window shared by every row (from 0 to as far as the
 * run was seen), each span as a bar, each loss as a tick, and the axis ticks. Positions
 * only; the component applies them.
 */

import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { timeTicks, type Tick } from '../../../render/charts/time-format'
import type { Board, SpanKind } from './board-model'

export const ROW_PX = 16
export const LABEL_PX = 64
const MIN_SPAN_MS = 1000
const TICK_LABEL_PX = 40

export interface BoardBar {
  readonly key: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly kind: SpanKind
  readonly from: number
  readonly row: number
}

export interface BoardLayout {
  readonly widthPx: number
  readonly heightPx: number
  readonly x: ScaleLinear<number, number>
  readonly ticks: readonly (Tick & { readonly px: number })[]
  readonly bars: readonly BoardBar[]
  readonly losses: readonly { readonly key: string; readonly x: number; readonly y: number }[]
  readonly cursorPx: number
}

const round1 = (v: number) => Math.round(v * 10) / 10

export function layoutBoard(board: Board, seenUntil: number, widthPx: number): BoardLayout {
  const end = Math.max(seenUntil, board.cursor, MIN_SPAN_MS)
  const x = scaleLinear()
    .domain([0, end])
    .range([LABEL_PX, Math.max(LABEL_PX + 10, widthPx - 4)])
  const ticks = timeTicks(
    0,
    end,
    Math.max(2, Math.floor((widthPx - LABEL_PX) / TICK_LABEL_PX)),
  ).map((tick) => ({ ...tick, px: round1(x(tick.value)) }))
  const bars: BoardBar[] = []
  const losses: { key: string; x: number; y: number }[] = []
  board.rows.forEach((row, i) => {
    const y = i * ROW_PX
    for (const s of row.spans) {
      const x1 = round1(x(s.from))
      bars.push({
        key: `${row.key}@${s.from}`,
        x: x1,
        y: y + 2,
        width: Math.max(1, round1(x(s.to)) - x1),
        kind: s.kind,
        from: s.from,
        row: i,
      })
    }
    for (const at of row.lostAt) losses.push({ key: `${row.key}!${at}`, x: round1(x(at)), y })
  })
  return {
    widthPx,
    heightPx: board.rows.length * ROW_PX,
    x,
    ticks,
    bars,
    losses,
    cursorPx: round1(x(board.cursor)),
  }
}
