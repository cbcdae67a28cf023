/**
 * The lane-label gutter on the diagram's left: as wide as its longest label needs, so an
 * imported trace's service names ("checkout-service") show whole, but never narrower than
 * the node lanes' and never more than a share of the diagram, past which a label ends in
 * an ellipsis. The canvas, the SVG layer, hit tests, d3-zoom, the saved SVG and PNG and the
 * HTML lane list all read the one width computed here, from text measured in LANE_FONT.
 */

/** The lane labels' font, on screen and in saved pictures: 0.75rem of the page's 15px. */
export const LANE_FONT_PX = 11.25
export const LANE_FONT_WEIGHT = 600
export const LANE_FONT_FAMILY = 'ui-monospace, monospace'
export const LANE_FONT = `${LANE_FONT_WEIGHT} ${LANE_FONT_PX}px ${LANE_FONT_FAMILY}`

/** The narrowest gutter: node lanes (n1 … n9) and clients fit it. */
export const GUTTER_MIN_PX = 48
/** The widest, as a share of the diagram's width: the plot keeps the rest. */
export const GUTTER_MAX_SHARE = 0.3
/** Room before a label, and between its end and the plot. */
export const LABEL_INSET_PX = 2
export const LABEL_GAP_PX = 2

const ELLIPSIS = '…'

/** The width of `text` in LANE_FONT, in px. */
export type Measure = (text: string) => number

export interface LaneLabel {
  /** The lane's whole name. */
  readonly text: string
  /** What fits in the gutter: the name, or its start and an ellipsis. */
  readonly shown: string
  readonly clipped: boolean
}

export interface LaneGutter {
  readonly px: number
  readonly labels: readonly LaneLabel[]
}

/** The widest gutter a diagram widthPx wide gives its labels. */
export function gutterCapPx(widthPx: number): number {
  return Math.max(GUTTER_MIN_PX, Math.floor(widthPx * GUTTER_MAX_SHARE))
}

/** The gutter for `labels` (top to bottom) in a diagram widthPx wide. */
export function laneGutter(
  labels: readonly string[],
  widthPx: number,
  measure: Measure = measureLabel,
): LaneGutter {
  const widths = labels.map(measure)
  const need = Math.ceil(LABEL_INSET_PX + Math.max(0, ...widths) + LABEL_GAP_PX)
  const px = Math.min(gutterCapPx(widthPx), Math.max(GUTTER_MIN_PX, need))
  const room = labelRoomPx(px)
  return {
    px,
    labels: labels.map((text, i) =>
      widths[i]! <= room
        ? { text, shown: text, clipped: false }
        : { text, shown: ellipsize(text, room, measure), clipped: true },
    ),
  }
}

/** Where a label's text may run in a gutter px wide. */
export function labelRoomPx(gutterPx: number): number {
  return gutterPx - LABEL_INSET_PX - LABEL_GAP_PX
}

/** The longest start of `text` that fits in roomPx with an ellipsis after it. */
function ellipsize(text: string, roomPx: number, measure: Measure): string {
  // By code points, so a name is never cut inside a surrogate pair.
  const chars = Array.from(text)
  let lo = 0
  let hi = chars.length - 1
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(cut(chars, mid)) <= roomPx) lo = mid
    else hi = mid - 1
  }
  return cut(chars, lo)
}

const cut = (chars: readonly string[], n: number) => chars.slice(0, n).join('').trimEnd() + ELLIPSIS

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined

/**
 * Measures in LANE_FONT on a canvas of its own. Where there is no canvas (Node: unit tests,
 * the command line) it counts characters at a monospace font's advance of 0.6 em.
 */
export function measureLabel(text: string): number {
  let width = widths.get(text)
  if (width === undefined) {
    if (context === undefined) context = labelContext()
    width =
      context === null
        ? Array.from(text).length * LANE_FONT_PX * 0.6
        : context.measureText(text).width
    // A thousand node ids are measured once, not every time the lanes change order.
    if (widths.size >= WIDTHS_KEPT) widths.clear()
    widths.set(text, width)
  }
  return width
}

const WIDTHS_KEPT = 4096
const widths = new Map<string, number>()

function labelContext() {
  const canvas =
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(1, 1)
      : typeof document !== 'undefined'
        ? document.createElement('canvas')
        : null
  const c = canvas?.getContext('2d') ?? null
  if (c !== null) c.font = LANE_FONT
  return c
}
