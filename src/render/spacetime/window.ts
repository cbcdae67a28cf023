/**
 * The time window the diagram shows. While following, it pages along so the cursor stays
 * in view (the picture holds still while the cursor moves across it, which reads better
 * than a picture sliding under a fixed cursor); panning by hand stops following.
 *
 * Zooming and panning are d3-zoom's: its transform rescales a base scale of time (0 to
 * BASE_SPAN_MS across the plot) into the window. The window stays the state (it outlives
 * a resize, and follows the cursor); these turn one into the other.
 */

import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { zoomIdentity, type ZoomTransform } from 'd3-zoom'
import { plotRightPx } from './geometry'

export interface TimeWindow {
  readonly fromMs: number
  readonly spanMs: number
  readonly follow: boolean
}

export const MIN_SPAN_MS = 1
export const MAX_SPAN_MS = 4 * 3_600_000
/** The span at d3-zoom's scale 1: a transform of scale k shows BASE_SPAN_MS / k. */
export const BASE_SPAN_MS = 2000
/** d3-zoom's scale extent, from the widest window to the narrowest. */
export const SCALE_EXTENT: [number, number] = [
  BASE_SPAN_MS / MAX_SPAN_MS,
  BASE_SPAN_MS / MIN_SPAN_MS,
]
/** Where the cursor lands after a page turn, as a fraction of the span. */
const PAGE_AT = 0.8

export function initialWindow(cursorMs: number, spanMs = 2000): TimeWindow {
  return follow({ fromMs: 0, spanMs, follow: true }, cursorMs)
}

/** Pages the window to keep the cursor in view, when following. */
export function follow(w: TimeWindow, cursorMs: number): TimeWindow {
  if (!w.follow) return w
  const inView = cursorMs >= w.fromMs && cursorMs <= w.fromMs + w.spanMs * 0.97
  if (inView) return w
  return { ...w, fromMs: Math.max(0, cursorMs - w.spanMs * PAGE_AT) }
}

/** Follows again, with the cursor where a page turn would put it. */
export function recenter(w: TimeWindow, cursorMs: number): TimeWindow {
  return { ...w, follow: true, fromMs: Math.max(0, cursorMs - w.spanMs * PAGE_AT) }
}

/** The plot's place in the diagram: its width, and the lane labels' gutter on its left. */
export interface PlotSize {
  readonly widthPx: number
  readonly gutterPx: number
}

/** Time at d3-zoom's identity: 0 … BASE_SPAN_MS across the plot. */
export function baseScale(plot: PlotSize): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, BASE_SPAN_MS])
    .range([plot.gutterPx, plotRightPx(plot.widthPx, plot.gutterPx)])
}

/** The transform under which baseScale rescales to [fromMs, fromMs + spanMs]. */
export function transformOf(w: Omit<TimeWindow, 'follow'>, plot: PlotSize): ZoomTransform {
  const k = BASE_SPAN_MS / w.spanMs
  // rescaleX reads time at px p as base.invert((p - x) / k); at the plot's left edge, fromMs.
  return zoomIdentity.translate(plot.gutterPx - k * baseScale(plot)(w.fromMs), 0).scale(k)
}

/** The window a transform shows in the plot. */
export function windowOf(t: ZoomTransform, plot: PlotSize): { fromMs: number; spanMs: number } {
  const [fromMs, toMs] = t.rescaleX(baseScale(plot)).domain() as [number, number]
  return { fromMs, spanMs: toMs - fromMs }
}
