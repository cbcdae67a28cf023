/**
 * The layout every chart shares: where its plot sits in the SVG, the time axis from 0 to
 * the end of what was seen, and where the cursor falls. Every chart has the same left and
 * right margins, so their time axes line up one above the other.
 */

import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { timeTicks, type Tick } from './time-format'
import type { ChartsModel } from './model'

export const CHART_HEIGHT_PX = 110
/** Room for the title (and the legend beside it). */
export const TITLE_PX = 20
const AXIS_PX = 16
const LEFT_PX = 40
const RIGHT_PX = 12
/** Time ticks keep at least this far apart, so their labels do not touch. */
const TICK_GAP_PX = 64

/** The plot inside a chart of width × height, in px. */
export interface ChartBox {
  readonly width: number
  readonly height: number
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

/** `extraTopPx`: more room above the plot (rows of a legend that does not fit the title row). */
export function chartBox(widthPx: number, heightPx = CHART_HEIGHT_PX, extraTopPx = 0): ChartBox {
  const width = Math.max(widthPx, LEFT_PX + RIGHT_PX + 40)
  const height = heightPx + extraTopPx
  return {
    width,
    height,
    left: LEFT_PX,
    right: width - RIGHT_PX,
    top: TITLE_PX + extraTopPx + 4,
    bottom: height - AXIS_PX,
  }
}

export interface TimeAxis {
  /** Virtual ms to px: 0 at the plot's left edge, the end of the run at its right. */
  readonly x: ScaleLinear<number, number>
  readonly ticks: readonly Tick[]
  readonly cursorPx: number
  readonly endPx: number
}

/** The time axis of a chart of `model`: to its round end (axisEndMs) when it has one. */
export function timeAxis(
  box: ChartBox,
  model: Pick<ChartsModel, 'cursor' | 'endMs' | 'axisEndMs'>,
): TimeAxis {
  const { cursor } = model
  const endMs = model.axisEndMs ?? model.endMs
  const x = scaleLinear().domain([0, endMs]).range([box.left, box.right])
  const count = Math.max(2, Math.floor((box.right - box.left) / TICK_GAP_PX) + 1)
  return {
    x,
    ticks: timeTicks(0, endMs, count),
    cursorPx: round1(x(Math.min(cursor, endMs))),
    endPx: box.right,
  }
}

/**
 * A round end for a time axis at or after `endMs`: the next multiple of half its power of
 * ten (4.2 s → 4.5 s, 12.3 s → 15 s, 123 s → 150 s). As a run plays, the axis then moves on
 * now and then, not in every draw: its ticks and their labels stay as they are in between.
 */
export function axisEnd(endMs: number): number {
  if (!(endMs > 0) || !Number.isFinite(endMs)) return endMs
  const step = 10 ** Math.floor(Math.log10(endMs)) / 2
  return Math.ceil(endMs / step - 1e-9) * step
}

export function round1(v: number): number {
  return Math.round(v * 10) / 10
}
