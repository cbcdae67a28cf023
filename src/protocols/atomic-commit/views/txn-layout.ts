/**
 * Where the transaction view draws: one time window shared by every strip (from the first
 * transaction's start to as far as the run was seen), each span of a cell as a bar in it,
 * and the ticks of each column's axis. Positions only; the components apply them.
 */

import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { timeTicks, type Tick } from '../../../render/charts/time-format'
import { spanText } from './txn-text'
import type { Span, TxnCell, TxnTable } from './txn-model'

export const STRIP_HEIGHT_PX = 18
/** Room at each end of a strip, so the cursor line and a span of no length stay in sight. */
const END_PX = 2
/** The window spans at least this much, so a transaction just begun is not one wide bar. */
const MIN_SPAN_MS = 200
/** An axis label is about this wide; ticks keep apart and off the strip's ends by it. */
const LABEL_PX = 36
const STRIP_MIN_PX = 48
const STRIP_MAX_PX = 220

export interface TimeWindow {
  readonly widthPx: number
  readonly x: ScaleLinear<number, number>
  readonly ticks: readonly (Tick & { readonly px: number })[]
  readonly cursorPx: number
}

export interface SpanBar {
  readonly key: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  /** `down`, `blocked`, or the state (`s-prepared`): the colour comes from the CSS. */
  readonly className: string
  readonly title: string
  /** Where a click on the bar takes the cursor: the moment this state began. */
  readonly from: number
}

/** Each strip's width when `availablePx` holds `columns` of them. */
export function stripWidthPx(availablePx: number, columns: number): number {
  const each = Math.floor(availablePx / Math.max(1, columns))
  return Math.min(STRIP_MAX_PX, Math.max(STRIP_MIN_PX, each))
}

export function timeWindow(table: TxnTable, seenUntil: number, widthPx: number): TimeWindow {
  const start = Math.min(table.cursor, ...table.rows.map((r) => r.start))
  const end = Math.max(seenUntil, table.cursor, start + MIN_SPAN_MS)
  const x = scaleLinear()
    .domain([start, end])
    .range([END_PX, widthPx - END_PX])
  const ticks = fitTicks(
    timeTicks(start, end, Math.max(2, Math.floor(widthPx / LABEL_PX))).map((tick) => ({
      ...tick,
      px: round1(x(tick.value)),
    })),
    widthPx,
  )
  return { widthPx, x, ticks, cursorPx: round1(x(table.cursor)) }
}

export function spanBars(cell: TxnCell, w: TimeWindow, coordinator: boolean): SpanBar[] {
  return cell.spans.map((span) => {
    const x1 = round1(w.x(span.from))
    const x2 = round1(w.x(span.to))
    // A crashed node is drawn as a thin bar: it holds its state on disk, and does nothing.
    const thin = span.down
    return {
      key: `${span.from}`,
      x: x1,
      y: thin ? 6 : 1,
      width: Math.max(1, x2 - x1),
      height: thin ? STRIP_HEIGHT_PX - 12 : STRIP_HEIGHT_PX - 2,
      className: classOf(span),
      title: spanText(span, coordinator),
      from: span.from,
    }
  })
}

/** The ticks whose labels fit inside the strip without touching each other. */
function fitTicks<T extends { readonly px: number }>(ticks: readonly T[], widthPx: number): T[] {
  const kept: T[] = []
  for (const tick of ticks) {
    const inside = tick.px >= LABEL_PX / 2 && tick.px <= widthPx - LABEL_PX / 2
    if (inside && (kept.length === 0 || tick.px - kept.at(-1)!.px >= LABEL_PX)) kept.push(tick)
  }
  return kept
}

function classOf(span: Span): string {
  if (span.down) return 'down'
  if (span.blocked) return 'blocked'
  return `s-${span.state}`
}

function round1(v: number): number {
  return Math.round(v * 10) / 10
}
