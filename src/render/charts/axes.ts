/**
 * The layout every chart shares: where its plot sits in the SVG, the time axis from 0 to
 * the end of what was seen, and where the cursor falls. Every chart has the same left and
 * right margins, so their time axes line up one above the other.
 */

import { linearScale, timeTicks, type Scale, type Tick } from './scale'

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

export interface AxisTick {
  /** Position along the axis, in px. */
  readonly at: number
  readonly label: string
  /** Where the label hangs from its tick: labels at the plot's edges stay inside the SVG. */
  readonly anchor: 'start' | 'middle' | 'end'
}

export interface TimeAxis {
  readonly x: Scale
  readonly ticks: readonly AxisTick[]
  readonly cursorPx: number
  readonly endPx: number
}

export function timeAxis(box: ChartBox, cursor: number, endMs: number): TimeAxis {
  const x = linearScale(0, endMs, box.left, box.right)
  const count = Math.max(2, Math.floor((box.right - box.left) / TICK_GAP_PX) + 1)
  const ticks = timeTicks(endMs, count).map((t) => {
    const at = round1(x(t.value))
    const anchor = at > box.right - 16 ? ('end' as const) : ('middle' as const)
    return { at, label: t.label, anchor }
  })
  return { x, ticks, cursorPx: round1(x(Math.min(cursor, endMs))), endPx: box.right }
}

/** Value ticks placed along a vertical scale. */
export function yTicks(ticks: readonly Tick[], y: Scale): AxisTick[] {
  return ticks.map((t) => ({ at: round1(y(t.value)), label: t.label, anchor: 'end' as const }))
}

export function round1(v: number): number {
  return Math.round(v * 10) / 10
}
