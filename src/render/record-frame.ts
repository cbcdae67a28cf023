/**
 * One frame of a recording: the graph's standalone SVG, and beside it, when asked, the
 * space-time diagram of the recorded range as an SVG document, drawn onto a canvas with
 * the moment written in the corner. The diagram's time window holds still over the whole
 * range, so arrows grow across it as the video plays instead of the picture sliding.
 */

import { diagramSvg } from './spacetime/svg-document'
import { layoutDiagram } from './spacetime/geometry'
import { laneGutter } from './spacetime/gutter'
import type { Palette } from './spacetime/palette'
import type { SpacetimeView } from '../timeline/spacetime/types'
import type { RecordRange } from './record-plan'

/** The graph's view box (store/graph-model.ts); the diagram takes the same size beside it. */
export const PART_WIDTH = 760
export const PART_HEIGHT = 600

export interface FrameSize {
  readonly width: number
  readonly height: number
}

export function frameSize(withDiagram: boolean): FrameSize {
  return { width: withDiagram ? 2 * PART_WIDTH : PART_WIDTH, height: PART_HEIGHT }
}

export interface DiagramSource {
  readonly view: SpacetimeView
  readonly lanes: readonly string[]
  /** The lane clients' arrows are drawn on. */
  readonly otherLane: string
  readonly palette: Palette
}

/** A little of what came before the range shows too: messages already on their way. */
const LEAD_FRACTION = 0.1

/** The diagram of `range` as it stands at `cursorMs`: nothing after the cursor is drawn. */
export function diagramAt(source: DiagramSource, range: RecordRange, cursorMs: number): string {
  const span = range.toMs - range.fromMs
  const fromMs = Math.max(0, range.fromMs - span * LEAD_FRACTION)
  const toMs = range.toMs + span * 0.02
  const gutter = laneGutter(source.lanes, PART_WIDTH)
  const frame = {
    width: PART_WIDTH,
    height: PART_HEIGHT,
    gutterPx: gutter.px,
    fromMs,
    toMs,
    cursorMs,
    lanes: source.lanes,
    otherLane: source.otherLane,
  }
  const layout = layoutDiagram(frame, source.view.visible(fromMs, Math.max(fromMs, cursorMs)))
  const emphasis = { hovered: null, picked: null, past: null, future: null }
  return diagramSvg(layout, source.palette, emphasis, gutter)
}

export interface FrameParts {
  readonly graphSvg: string
  readonly diagramSvg: string | null
  readonly background: string
  readonly ink: string
  /** The words in the corner: the moment shown. */
  readonly caption: string
}

/** Draws the parts side by side, filling the canvas (of `frameSize`). */
export async function drawFrame(ctx: CanvasRenderingContext2D, parts: FrameParts): Promise<void> {
  const [graph, diagram] = await Promise.all([
    svgImage(parts.graphSvg),
    parts.diagramSvg === null ? null : svgImage(parts.diagramSvg),
  ])
  const { width, height } = ctx.canvas
  ctx.fillStyle = parts.background
  ctx.fillRect(0, 0, width, height)
  ctx.drawImage(graph, 0, 0, PART_WIDTH, PART_HEIGHT)
  if (diagram !== null) ctx.drawImage(diagram, PART_WIDTH, 0, PART_WIDTH, PART_HEIGHT)
  ctx.fillStyle = parts.ink
  ctx.font = '600 16px system-ui, sans-serif'
  ctx.textAlign = 'left'
  ctx.textBaseline = 'bottom'
  ctx.fillText(parts.caption, 12, height - 10)
}

async function svgImage(text: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    return image
  } finally {
    URL.revokeObjectURL(url)
  }
}
