/**
 * Strokes a laid-out diagram on a canvas: bands, lanes, the cursor, and (when there are
 * too many for SVG) the arrows and marks.
 */

import {
  arrowHeadPoints,
  arrowStyle,
  type ArrowStyle,
  CROSS,
  MARK_GLYPHS,
  markOpacity,
  PICKED_RING,
  type Tone,
} from './style'
import type { Palette } from './palette'
import { LABEL_INSET_PX, LANE_FONT, type LaneGutter } from './gutter'
import { AXIS_PX, type ArrowShape, type Layout, type MarkShape } from './geometry'
import type { CausalCut } from '../../timeline/causality'

export interface Emphasis {
  readonly hovered: number | null
  /** Messages a lesson step points at: drawn as the hovered one is. */
  readonly marked?: readonly number[]
  /** The picked event, and its causal past and future (trace entry numbers). */
  readonly picked: number | null
  readonly past: CausalCut | null
  readonly future: CausalCut | null
}

/** Past this many arrows, arrowheads and glyph details would only blur together. */
const DETAIL_LIMIT = 1500

/** How many arrows and marks in view lie in the picked event's causal past and future. */
export interface Drawn {
  readonly past: number
  readonly future: number
}

export function countCausal(l: Layout, e: Emphasis): Drawn {
  const drawn = { past: 0, future: 0 }
  const add = (entry: number) => {
    const t = toneOf(e, entry)
    if (t === 'past' || t === 'future') drawn[t]++
  }
  for (const a of l.arrows) add(a.arrow.sendIndex)
  for (const m of l.marks) add(m.mark.eventIndex)
  return drawn
}

/** `shapes`: whether arrows and marks go on the canvas too (else an SVG layer has them). */
export function drawDiagram(
  ctx: CanvasRenderingContext2D,
  l: Layout,
  p: Palette,
  e: Emphasis,
  shapes: boolean,
): void {
  ctx.clearRect(0, 0, l.frame.width, l.frame.height)
  clipped(ctx, l, () => drawBands(ctx, l, p))
  drawTicks(ctx, l, p)
  clipped(ctx, l, () => {
    drawLanes(ctx, l, p)
    if (shapes) {
      drawArrows(ctx, l.arrows, p, e, withDetail(l))
      drawEmphasised(ctx, l, p, e)
      drawMarks(ctx, l.marks, p, e)
    }
    drawStubLabels(ctx, l, p)
  })
  drawCursor(ctx, l, p)
}

/** Scrolled lanes slide under the time axis: nothing of theirs is drawn over it. */
export function clipped(ctx: CanvasRenderingContext2D, l: Layout, draw: () => void): void {
  if (l.frame.rows == null) return draw()
  ctx.save()
  ctx.beginPath()
  ctx.rect(0, AXIS_PX, l.frame.width, l.frame.height - AXIS_PX)
  ctx.clip()
  draw()
  ctx.restore()
}

/** Whether arrowheads and glyph details are drawn: not past DETAIL_LIMIT arrows. */
export function withDetail(l: Layout): boolean {
  return l.arrows.length <= DETAIL_LIMIT
}

export function drawCursor(ctx: CanvasRenderingContext2D, l: Layout, p: Palette): void {
  ctx.strokeStyle = p.accent
  ctx.lineWidth = 2
  ctx.beginPath()
  ctx.moveTo(l.cursorX, 0)
  ctx.lineTo(l.cursorX, l.frame.height)
  ctx.stroke()
}

/** The hovered message and those a lesson points at, stressed, over the rest. */
export function drawEmphasised(
  ctx: CanvasRenderingContext2D,
  l: Layout,
  p: Palette,
  e: Emphasis,
): void {
  for (const a of emphasised(l, e)) drawArrow(ctx, a, p, 'normal', true, true)
}

export function drawMarks(
  ctx: CanvasRenderingContext2D,
  marks: readonly MarkShape[],
  p: Palette,
  e: Emphasis,
): void {
  ctx.lineCap = 'round'
  for (const m of marks) {
    drawMark(ctx, m, p, toneOf(e, m.mark.eventIndex), m.mark.eventIndex === e.picked)
  }
}

/** The arrows drawn on top, stressed: the hovered message and those a lesson points at. */
export function emphasised(l: Layout, e: Emphasis): ArrowShape[] {
  const marked = e.marked ?? []
  if (e.hovered === null && marked.length === 0) return []
  return l.arrows.filter((a) => a.arrow.id === e.hovered || marked.includes(a.arrow.id))
}

export function toneOf(e: Emphasis, entry: number): Tone {
  if (e.picked === null || e.past === null || e.future === null) return 'normal'
  if (entry === e.picked) return 'normal'
  if (e.past.has(entry)) return 'past'
  if (e.future.has(entry)) return 'future'
  return 'faded'
}

export function drawBands(ctx: CanvasRenderingContext2D, l: Layout, p: Palette) {
  const h = l.laneHeight * 0.8
  for (const b of l.bands) {
    if (b.kind === 'outside') continue
    const y = l.laneY[b.lane]! - h / 2
    ctx.globalAlpha = b.kind === 'down' ? 0.28 : 0.1 + 0.06 * (b.kind % 3)
    ctx.fillStyle = b.kind === 'down' ? p.crashed : p.cut
    ctx.fillRect(b.x1, y, Math.max(1, b.x2 - b.x1), h)
  }
  ctx.globalAlpha = 1
}

export function drawTicks(ctx: CanvasRenderingContext2D, l: Layout, p: Palette) {
  ctx.font = '11px system-ui, sans-serif'
  ctx.textBaseline = 'top'
  ctx.textAlign = 'center'
  for (const t of l.ticks) {
    ctx.strokeStyle = p.line
    ctx.globalAlpha = 0.5
    ctx.lineWidth = 1
    ctx.beginPath()
    ctx.moveTo(Math.round(t.x) + 0.5, 14)
    ctx.lineTo(Math.round(t.x) + 0.5, l.frame.height)
    ctx.stroke()
    ctx.globalAlpha = 1
    ctx.fillStyle = p.muted
    ctx.fillText(t.label, t.x, 2)
  }
}

export function drawLanes(ctx: CanvasRenderingContext2D, l: Layout, p: Palette) {
  ctx.strokeStyle = p.line
  ctx.lineWidth = 1
  for (let i = l.first; i < l.end; i++) {
    const y = l.laneY[i]!
    ctx.beginPath()
    ctx.moveTo(l.frame.gutterPx, Math.round(y) + 0.5)
    ctx.lineTo(l.frame.width, Math.round(y) + 0.5)
    ctx.stroke()
  }
  const pinned = l.frame.pinned ?? 0
  if (pinned > 0 && pinned < l.frame.lanes.length) {
    // Between the selected node with its peers and the rest.
    const y = Math.round(l.laneY[pinned - 1]! + l.laneHeight / 2) + 0.5
    ctx.strokeStyle = p.accent
    ctx.globalAlpha = 0.6
    ctx.beginPath()
    ctx.moveTo(0, y)
    ctx.lineTo(l.frame.width, y)
    ctx.stroke()
    ctx.globalAlpha = 1
  }
  // A lane starts where its node joins and ends where it leaves.
  ctx.fillStyle = p.panel
  for (const b of l.bands) {
    if (b.kind !== 'outside') continue
    const y = Math.round(l.laneY[b.lane]!)
    ctx.fillRect(b.x1, y - 1, Math.max(1, b.x2 - b.x1), 3)
  }
}

/**
 * The lane names in the gutter, as they fit it. On screen they are HTML beside the canvas;
 * a saved picture needs them drawn.
 */
export function drawLaneLabels(
  ctx: CanvasRenderingContext2D,
  l: Layout,
  p: Palette,
  gutter: LaneGutter,
): void {
  ctx.fillStyle = p.muted
  ctx.font = LANE_FONT
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'left'
  for (let i = l.first; i < l.end; i++) {
    const label = gutter.labels[i]
    if (label !== undefined) ctx.fillText(label.shown, LABEL_INSET_PX, l.laneY[i]!)
  }
}

/** Past this many, the ids at the ends of arrows to lanes out of view are left out. */
const STUB_LABEL_LIMIT = 300

/** Where an arrow leans towards a lane out of view (lanes scroll), that lane's id, small. */
export function drawStubLabels(ctx: CanvasRenderingContext2D, l: Layout, p: Palette): void {
  if (l.frame.rows == null || l.arrows.length > STUB_LABEL_LIMIT) return
  ctx.font = `${STUB_FONT_PX}px ui-monospace, monospace`
  ctx.fillStyle = p.muted
  ctx.textAlign = 'center'
  for (const { text, x, y, below } of stubLabels(l)) {
    ctx.textBaseline = below ? 'top' : 'bottom'
    ctx.fillText(text, x, below ? y + 1 : y - 1)
  }
}

const STUB_FONT_PX = 9
/** A monospace character's advance at that size. */
const STUB_CHAR_PX = STUB_FONT_PX * 0.6

/**
 * The ids to write at stub ends, left to right, leaving out any that would run into the
 * one before it on the same line: many stubs close together would only be a smudge.
 */
export function stubLabels(l: Layout): { text: string; x: number; y: number; below: boolean }[] {
  const ends = l.arrows
    .filter((a) => a.toward !== undefined)
    .map((a) => ({ text: a.toward!, ...stubEnd(a) }))
    .sort((a, b) => a.x - b.x)
  const rightOf = new Map<string, number>()
  return ends.filter((end) => {
    const half = (end.text.length * STUB_CHAR_PX) / 2
    const line = `${Math.round(end.y)}:${end.below}`
    if (end.x - half < (rightOf.get(line) ?? -Infinity) + 3) return false
    rightOf.set(line, end.x + half)
    return true
  })
}

/** The end of a stub that points at the lane out of view, and whether that lane is below. */
export function stubEnd(a: ArrowShape): { x: number; y: number; below: boolean } {
  const sending = a.toward === a.arrow.to
  const x = sending ? a.x2 : a.x1
  const y = sending ? a.y2 : a.y1
  const other = sending ? a.y1 : a.y2
  return { x, y, below: y > other }
}

/** Arrows of one look: their lines, and their heads (never dashed). */
interface Batch {
  readonly style: ArrowStyle
  readonly lines: Path2D
  readonly heads: Path2D
  readonly crosses: Path2D
}

/**
 * Every arrow, batched by look: a stroke per colour, width, dash and opacity rather than
 * two per arrow, which cost most of the diagram's time in every frame of playback.
 */
export function drawArrows(
  ctx: CanvasRenderingContext2D,
  arrows: readonly ArrowShape[],
  p: Palette,
  e: Emphasis,
  detailed: boolean,
): void {
  ctx.lineCap = 'round'
  const batches = new Map<string, Batch>()
  for (const s of arrows) {
    const style = arrowStyle(s, p, toneOf(e, s.arrow.sendIndex), false)
    const key = `${style.color}|${style.width}|${style.dash.join()}|${style.opacity}`
    let batch = batches.get(key)
    if (batch === undefined) {
      batch = { style, lines: new Path2D(), heads: new Path2D(), crosses: new Path2D() }
      batches.set(key, batch)
    }
    batch.lines.moveTo(s.x1, s.y1)
    batch.lines.lineTo(s.x2, s.y2)
    if (s.end === 'dropped') {
      batch.crosses.addPath(path(CROSS(4)), new DOMMatrix([1, 0, 0, 1, s.x2, s.y2]))
    } else if (s.end === 'delivered' && detailed) {
      const [a, tip, b] = arrowHeadPoints(s)
      batch.heads.moveTo(a![0], a![1])
      batch.heads.lineTo(tip![0], tip![1])
      batch.heads.lineTo(b![0], b![1])
    }
  }
  for (const { style, lines, heads, crosses } of batches.values()) {
    ctx.globalAlpha = style.opacity
    ctx.strokeStyle = style.color
    ctx.lineWidth = style.width
    ctx.setLineDash(style.dash)
    ctx.stroke(lines)
    ctx.setLineDash([])
    ctx.stroke(heads)
    // Where a message died, a cross in the danger colour, as drawArrow draws it.
    ctx.strokeStyle = p.danger
    ctx.lineWidth = 2
    ctx.stroke(crosses)
  }
  ctx.globalAlpha = 1
}

function drawArrow(
  ctx: CanvasRenderingContext2D,
  s: ArrowShape,
  p: Palette,
  tone: Tone,
  detailed: boolean,
  hovered: boolean,
) {
  const style = arrowStyle(s, p, tone, hovered)
  ctx.globalAlpha = style.opacity
  ctx.strokeStyle = style.color
  ctx.lineWidth = style.width
  ctx.setLineDash(style.dash)
  ctx.beginPath()
  ctx.moveTo(s.x1, s.y1)
  ctx.lineTo(s.x2, s.y2)
  ctx.stroke()
  ctx.setLineDash([])
  if (s.end === 'dropped') {
    ctx.strokeStyle = p.danger
    ctx.lineWidth = 2
    stroke(ctx, CROSS(4), s.x2, s.y2)
  } else if (s.end === 'delivered' && detailed) {
    // Drawn point by point: parsing path data for every arrow in every frame costs more.
    const [a, tip, b] = arrowHeadPoints(s)
    ctx.beginPath()
    ctx.moveTo(a![0], a![1])
    ctx.lineTo(tip![0], tip![1])
    ctx.lineTo(b![0], b![1])
    ctx.stroke()
  }
  ctx.globalAlpha = 1
}

/** Path2D objects by path data: the glyphs are few and drawn thousands of times. */
const paths = new Map<string, Path2D>()
function path(d: string): Path2D {
  let p = paths.get(d)
  if (p === undefined) {
    p = new Path2D(d)
    if (paths.size < 64) paths.set(d, p)
  }
  return p
}

function stroke(ctx: CanvasRenderingContext2D, d: string, x: number, y: number) {
  ctx.translate(x, y)
  ctx.stroke(path(d))
  ctx.translate(-x, -y)
}

function drawMark(
  ctx: CanvasRenderingContext2D,
  m: MarkShape,
  p: Palette,
  tone: Tone,
  picked: boolean,
) {
  const glyph = MARK_GLYPHS[m.kind]
  const color = p[glyph.color] as string
  ctx.globalAlpha = markOpacity(tone)
  ctx.setLineDash([])
  ctx.translate(m.x, m.y)
  if (glyph.fill) {
    ctx.fillStyle = color
    ctx.fill(path(glyph.d))
  } else {
    ctx.strokeStyle = color
    ctx.lineWidth = m.kind === 'crash' ? 2 : 1.5
    ctx.stroke(path(glyph.d))
  }
  if (picked) {
    ctx.strokeStyle = p.accent
    ctx.lineWidth = 2
    ctx.stroke(path(PICKED_RING))
  }
  ctx.translate(-m.x, -m.y)
  ctx.globalAlpha = 1
}
