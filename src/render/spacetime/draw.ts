/**
 * Strokes a laid-out diagram on a canvas: bands, lanes, the cursor, and (when there are
 * too many for SVG) the arrows and marks.
 */

import { kindColor, type Palette } from './palette'
import { GUTTER_PX, type ArrowShape, type Layout, type MarkShape } from './geometry'
import type { CausalCut } from '../../timeline/causality'

export interface Emphasis {
  readonly hovered: number | null
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
  const { width, height } = l.frame
  ctx.clearRect(0, 0, width, height)
  drawBands(ctx, l, p)
  drawGrid(ctx, l, p)
  if (shapes) drawShapes(ctx, l, p, e)
  ctx.strokeStyle = p.accent
  ctx.lineWidth = 2
  ctx.beginPath()
  ctx.moveTo(l.cursorX, 0)
  ctx.lineTo(l.cursorX, height)
  ctx.stroke()
}

function drawShapes(ctx: CanvasRenderingContext2D, l: Layout, p: Palette, e: Emphasis) {
  const detailed = l.arrows.length <= DETAIL_LIMIT
  ctx.lineCap = 'round'
  for (const a of l.arrows) drawArrow(ctx, a, p, toneOf(e, a.arrow.sendIndex), detailed, false)
  const hovered = l.arrows.find((a) => a.arrow.id === e.hovered)
  if (hovered !== undefined) drawArrow(ctx, hovered, p, 'normal', true, true)
  for (const m of l.marks) {
    drawMark(ctx, m, p, toneOf(e, m.mark.eventIndex), m.mark.eventIndex === e.picked)
  }
}

export type Tone = 'normal' | 'past' | 'future' | 'faded'

export function toneOf(e: Emphasis, entry: number): Tone {
  if (e.picked === null || e.past === null || e.future === null) return 'normal'
  if (entry === e.picked) return 'normal'
  if (e.past.has(entry)) return 'past'
  if (e.future.has(entry)) return 'future'
  return 'faded'
}

function drawBands(ctx: CanvasRenderingContext2D, l: Layout, p: Palette) {
  const h = l.laneHeight * 0.8
  for (const b of l.bands) {
    const y = l.laneY[b.lane]! - h / 2
    ctx.globalAlpha = b.kind === 'down' ? 0.28 : 0.1 + 0.06 * (b.kind % 3)
    ctx.fillStyle = b.kind === 'down' ? p.crashed : p.cut
    ctx.fillRect(b.x1, y, Math.max(1, b.x2 - b.x1), h)
  }
  ctx.globalAlpha = 1
}

function drawGrid(ctx: CanvasRenderingContext2D, l: Layout, p: Palette) {
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
    ctx.fillText(formatTick(t.ms), t.x, 2)
  }
  ctx.strokeStyle = p.line
  ctx.lineWidth = 1
  for (const y of l.laneY) {
    ctx.beginPath()
    ctx.moveTo(GUTTER_PX, Math.round(y) + 0.5)
    ctx.lineTo(l.frame.width, Math.round(y) + 0.5)
    ctx.stroke()
  }
}

function formatTick(ms: number): string {
  if (ms >= 60_000)
    return `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}s`
  if (ms >= 1000) return `${+(ms / 1000).toFixed(3)} s`
  return `${+ms.toFixed(1)} ms`
}

function drawArrow(
  ctx: CanvasRenderingContext2D,
  s: ArrowShape,
  p: Palette,
  tone: Tone,
  detailed: boolean,
  hovered: boolean,
) {
  const a = s.arrow
  const reply = a.kind.endsWith('Reply')
  ctx.globalAlpha = tone === 'faded' ? 0.12 : reply && !hovered ? 0.55 : 0.9
  ctx.strokeStyle = hovered ? p.ink : tone === 'future' ? p.delayed : kindColor(p, a.kind)
  ctx.lineWidth = hovered ? 3 : a.delayed ? 2.2 : tone === 'past' || tone === 'future' ? 1.8 : 1.2
  ctx.setLineDash(s.end === 'flying' ? [4, 3] : a.duplicate ? [1.5, 2.5] : [])
  ctx.beginPath()
  ctx.moveTo(s.x1, s.y1)
  ctx.lineTo(s.x2, s.y2)
  ctx.stroke()
  ctx.setLineDash([])
  if (s.end === 'dropped') drawCross(ctx, s.x2, s.y2, p.danger, 4)
  else if (s.end === 'delivered' && detailed) drawHead(ctx, s)
  ctx.globalAlpha = 1
}

function drawHead(ctx: CanvasRenderingContext2D, s: ArrowShape) {
  const angle = Math.atan2(s.y2 - s.y1, s.x2 - s.x1)
  const size = 5
  ctx.beginPath()
  ctx.moveTo(s.x2, s.y2)
  ctx.lineTo(s.x2 - size * Math.cos(angle - 0.45), s.y2 - size * Math.sin(angle - 0.45))
  ctx.moveTo(s.x2, s.y2)
  ctx.lineTo(s.x2 - size * Math.cos(angle + 0.45), s.y2 - size * Math.sin(angle + 0.45))
  ctx.stroke()
}

function drawCross(ctx: CanvasRenderingContext2D, x: number, y: number, color: string, r: number) {
  ctx.strokeStyle = color
  ctx.lineWidth = 2
  ctx.setLineDash([])
  ctx.beginPath()
  ctx.moveTo(x - r, y - r)
  ctx.lineTo(x + r, y + r)
  ctx.moveTo(x + r, y - r)
  ctx.lineTo(x - r, y + r)
  ctx.stroke()
}

function drawMark(
  ctx: CanvasRenderingContext2D,
  m: MarkShape,
  p: Palette,
  tone: Tone,
  picked: boolean,
) {
  ctx.globalAlpha = tone === 'faded' ? 0.2 : 1
  const { x, y } = m
  ctx.lineWidth = 1.5
  ctx.setLineDash([])
  switch (m.kind) {
    case 'crash':
      drawCross(ctx, x, y, p.danger, 6)
      break
    case 'restart':
      polygon(ctx, p.commit, [x - 5, y + 5, x + 5, y + 5, x, y - 6], true)
      break
    case 'leader':
      polygon(
        ctx,
        p.leader,
        [x - 6, y + 4, x - 6, y - 4, x - 3, y, x, y - 6, x + 3, y, x + 6, y - 4, x + 6, y + 4],
        true,
      )
      break
    case 'election':
      circle(ctx, p.candidate, x, y, 4.5, false)
      break
    case 'timeout':
      circle(ctx, p.candidate, x, y, 3, true)
      break
    case 'commit':
      polygon(
        ctx,
        p.commit,
        [x - 3.5, y - 3.5, x + 3.5, y - 3.5, x + 3.5, y + 3.5, x - 3.5, y + 3.5],
        true,
      )
      break
    case 'invoke':
      polygon(ctx, p.client, [x, y - 5, x + 6, y, x, y + 5], true)
      break
    case 'return':
      polygon(ctx, p.client, [x, y - 5, x - 6, y, x, y + 5], false)
      break
    case 'violation':
      polygon(ctx, p.danger, [x, y - 8, x + 8, y, x, y + 8, x - 8, y], true)
      break
    case 'event':
      circle(ctx, p.ink, x, y, 3.5, true)
      break
  }
  if (picked) {
    ctx.strokeStyle = p.accent
    ctx.lineWidth = 2
    ctx.beginPath()
    ctx.arc(x, y, 9, 0, Math.PI * 2)
    ctx.stroke()
  }
  ctx.globalAlpha = 1
}

function circle(
  ctx: CanvasRenderingContext2D,
  color: string,
  x: number,
  y: number,
  r: number,
  fill: boolean,
) {
  ctx.beginPath()
  ctx.arc(x, y, r, 0, Math.PI * 2)
  if (fill) {
    ctx.fillStyle = color
    ctx.fill()
  } else {
    ctx.strokeStyle = color
    ctx.stroke()
  }
}

function polygon(ctx: CanvasRenderingContext2D, color: string, points: number[], fill: boolean) {
  ctx.beginPath()
  ctx.moveTo(points[0]!, points[1]!)
  for (let i = 2; i < points.length; i += 2) ctx.lineTo(points[i]!, points[i + 1]!)
  ctx.closePath()
  if (fill) {
    ctx.fillStyle = color
    ctx.fill()
  } else {
    ctx.strokeStyle = color
    ctx.stroke()
  }
}
