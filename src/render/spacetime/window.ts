/**
 * The time window the diagram shows. While following, it pages along so the cursor stays
 * in view (the picture holds still while the cursor moves across it, which reads better
 * than a picture sliding under a fixed cursor); panning by hand stops following.
 */

export interface TimeWindow {
  readonly fromMs: number
  readonly spanMs: number
  readonly follow: boolean
}

export const MIN_SPAN_MS = 1
export const MAX_SPAN_MS = 4 * 3_600_000
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

export function zoom(w: TimeWindow, factor: number, atMs: number): TimeWindow {
  const spanMs = Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, w.spanMs * factor))
  const scale = spanMs / w.spanMs
  return { ...w, spanMs, fromMs: Math.max(0, atMs - (atMs - w.fromMs) * scale) }
}

export function pan(w: TimeWindow, byMs: number): TimeWindow {
  return { ...w, fromMs: Math.max(0, w.fromMs + byMs), follow: false }
}
