/**
 * Draws the large graph on a canvas: every node stamped from a sprite of its look
 * (large-graph-sprites.ts), messages in their shapes with a faint tail back towards their
 * sender, batched by colour (a few paths, not one per message). Nodes change far less
 * often than messages move, so the renderer keeps them on a layer of their own
 * (drawNodes) and draws the rest over it every frame.
 */

import { lookKey, lookOf, sharesOf, type Sprites } from './large-graph-sprites'
import type { LargePalette } from './large-graph-palette'
import { t } from '../i18n/translate'
import type { LargeLayout } from './large-graph-layout'
import type { LargeGraphModel } from './large-graph-model'
import type { Glyph } from './graph-glyphs'

const TURN = Math.PI * 2

function pathIn(map: Map<string, Path2D>, colour: string): Path2D {
  let p = map.get(colour)
  if (p === undefined) map.set(colour, (p = new Path2D()))
  return p
}

function disc(p: CanvasPath, x: number, y: number, r: number): void {
  p.moveTo(x + r, y)
  p.arc(x, y, r, 0, TURN)
}

/** The ring of each partition group around its members, in the group's colour. */
function drawGroups(
  ctx: CanvasRenderingContext2D,
  layout: LargeLayout,
  model: LargeGraphModel,
  p: LargePalette,
): void {
  if (model.groupOf === null) return
  const colours = [p.group0, p.group1, p.group2, p.group3]
  const rings = new Map<number, Path2D>()
  model.nodes.forEach((n, i) => {
    if (!n.member) return
    const g = model.groupOf![i] ?? 0
    let path = rings.get(g)
    if (path === undefined) rings.set(g, (path = new Path2D()))
    disc(path, layout.x[i]!, layout.y[i]!, layout.radius + 2.5)
  })
  ctx.lineWidth = 2
  for (const [g, path] of rings) {
    ctx.strokeStyle = colours[g % colours.length]!
    ctx.stroke(path)
  }
}

function font(px: number, weight = 400): string {
  return `${weight} ${px}px system-ui, -apple-system, 'Segoe UI', sans-serif`
}

function drawLabels(
  ctx: CanvasRenderingContext2D,
  layout: LargeLayout,
  model: LargeGraphModel,
  p: LargePalette,
): void {
  ctx.font = font(layout.radius >= 8 ? 11 : 10)
  ctx.fillStyle = p.muted
  ctx.textBaseline = 'middle'
  for (const l of layout.labels) {
    if (model.nodes[l.slot]?.member !== true) continue
    ctx.textAlign = l.align
    ctx.fillText(model.nodes[l.slot]!.id, l.x, l.y)
  }
}

/** Where layout px land on the canvas, in device px: `x + k · px`. */
export interface Device {
  readonly k: number
  readonly x: number
  readonly y: number
}

/** Each node slot's look as last stamped (its lookKey; '' when not drawn). */
export type StampedLooks = string[]

/** Stamps slot i from its look's sprite, on whole device pixels; returns its look's key. */
function stamp(
  ctx: CanvasRenderingContext2D,
  i: number,
  layout: LargeLayout,
  model: LargeGraphModel,
  palette: LargePalette,
  device: Device,
  sprites: Sprites,
  key?: string,
): string {
  const n = model.nodes[i]!
  const shares = model.opinions === null ? null : sharesOf(model.opinions, i, n.up)
  const look = lookOf(shares, n.up, n.look)
  const k = key ?? lookKey(look)
  const sprite = sprites.get(look, k, layout.radius, device.k, palette)
  const half = sprites.size / 2
  const x = Math.round(device.x + device.k * layout.x[i]! - half)
  const y = Math.round(device.y + device.k * layout.y[i]! - half)
  ctx.drawImage(sprite, x, y)
  return k
}

/**
 * Every node, partition rings and the ids the layout writes: the slowly changing layer,
 * on a cleared canvas. Returns what each slot looks like, for restampNodes.
 */
export function drawNodes(
  ctx: CanvasRenderingContext2D,
  layout: LargeLayout,
  model: LargeGraphModel,
  palette: LargePalette,
  device: Device,
  sprites: Sprites,
): StampedLooks {
  const vector = () => ctx.setTransform(device.k, 0, 0, device.k, device.x, device.y)
  vector()
  drawGroups(ctx, layout, model, palette)
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  const count = Math.min(model.nodes.length, layout.count)
  const looks: StampedLooks = []
  for (let i = 0; i < count; i++) {
    looks.push(model.nodes[i]!.member ? stamp(ctx, i, layout, model, palette, device, sprites) : '')
  }
  vector()
  drawLabels(ctx, layout, model, palette)
  drawClientAnchor(ctx, layout, palette, t('graph.clients'))
  return looks
}

/**
 * Stamps again only the nodes whose look changed since `looks` (updated in place), each
 * inside a circle just wider than the node, so neighbours, rings and ids stay as they
 * are. Who is drawn must be as when `looks` was made (else draw the layer anew).
 */
export function restampNodes(
  ctx: CanvasRenderingContext2D,
  layout: LargeLayout,
  model: LargeGraphModel,
  palette: LargePalette,
  device: Device,
  sprites: Sprites,
  looks: StampedLooks,
): number {
  let changed = 0
  const reach = (layout.radius + 1.5) * device.k
  for (let i = 0; i < looks.length; i++) {
    const n = model.nodes[i]!
    if (!n.member) continue
    const shares = model.opinions === null ? null : sharesOf(model.opinions, i, n.up)
    const key = lookKey(lookOf(shares, n.up, n.look))
    if (key === looks[i]) continue
    const x = device.x + device.k * layout.x[i]!
    const y = device.y + device.k * layout.y[i]!
    ctx.save()
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.beginPath()
    ctx.arc(x, y, reach, 0, TURN)
    ctx.clip()
    ctx.clearRect(x - reach, y - reach, 2 * reach, 2 * reach)
    looks[i] = stamp(ctx, i, layout, model, palette, device, sprites, key)
    ctx.restore()
    changed++
  }
  return changed
}

/** The box client requests come from and replies go to, as the small graph has it. */
function drawClientAnchor(
  ctx: CanvasRenderingContext2D,
  layout: LargeLayout,
  p: LargePalette,
  text: string,
): void {
  const { x, y } = layout.clientAnchor
  ctx.font = font(10)
  const w = ctx.measureText(text).width + 12
  ctx.setLineDash([3, 2])
  ctx.strokeStyle = p.muted
  ctx.fillStyle = p.panel
  ctx.lineWidth = 1
  ctx.beginPath()
  ctx.roundRect(x - w / 2, y - 8, w, 16, 4)
  ctx.fill()
  ctx.stroke()
  ctx.setLineDash([])
  ctx.fillStyle = p.muted
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText(text, x, y + 0.5)
}

/** A message's place now, its sender's place and its look: what hit tests and drawing need. */
export interface Placed {
  readonly id: number
  readonly x: number
  readonly y: number
  readonly fromX: number
  readonly fromY: number
  readonly glyph: Glyph
  readonly lost: boolean
}

export function placeMessages(layout: LargeLayout, model: LargeGraphModel): Placed[] {
  const inside = (slot: number) => slot >= 0 && slot < layout.count
  const px = (slot: number) => (inside(slot) ? layout.x[slot]! : layout.clientAnchor.x)
  const py = (slot: number) => (inside(slot) ? layout.y[slot]! : layout.clientAnchor.y)
  return model.messages.map((m) => {
    const fromX = px(m.from)
    const fromY = py(m.from)
    return {
      id: m.id,
      x: fromX + (px(m.to) - fromX) * m.progress,
      y: fromY + (py(m.to) - fromY) * m.progress,
      fromX,
      fromY,
      glyph: m.glyph,
      lost: m.lost,
    }
  })
}

/** How long a tail is, as a fraction of the way already gone: long enough to show where from. */
const TAIL = 0.6
const TAIL_MAX_PX = 90

const glyphPaths = new Map<string, Path2D>()

function glyphPath(g: Glyph): Path2D {
  let p = glyphPaths.get(g.d)
  if (p === undefined) glyphPaths.set(g.d, (p = new Path2D(g.d)))
  return p
}

/**
 * Messages in flight, in their shapes and colours as the small graph draws them, pointing
 * the way they go, each with a faint tail back towards its sender. Batched by colour:
 * tails, then solid shapes, then hollow ones (replies), then those that will be lost.
 */
export function drawMessages(
  ctx: CanvasRenderingContext2D,
  layout: Pick<LargeLayout, 'radius'>,
  placed: readonly Placed[],
  palette: LargePalette,
): void {
  // Glyphs are about 16 px long; on small nodes they shrink a little, never below half.
  const scale = Math.max(0.55, Math.min(1, layout.radius / 9))
  const tails = new Map<string, Path2D>()
  const solid = new Map<string, Path2D>()
  const hollow = new Map<string, Path2D>()
  const lost = new Map<string, Path2D>()
  for (const m of placed) {
    const colour = palette.kinds[m.glyph.cls] ?? palette.muted
    const dx = m.fromX - m.x
    const dy = m.fromY - m.y
    const gone = Math.hypot(dx, dy)
    if (gone > 4) {
      const f = Math.min(TAIL, TAIL_MAX_PX / gone)
      const tail = pathIn(tails, colour)
      tail.moveTo(m.x + dx * f, m.y + dy * f)
      tail.lineTo(m.x, m.y)
    }
    // Pointing from the sender to the receiver: the tail's direction, reversed.
    const cos = gone > 0 ? (-dx / gone) * scale : scale
    const sin = gone > 0 ? (-dy / gone) * scale : 0
    const into = pathIn(m.lost ? lost : m.glyph.hollow ? hollow : solid, colour)
    into.addPath(glyphPath(m.glyph), new DOMMatrix([cos, sin, -sin, cos, m.x, m.y]))
  }
  ctx.lineWidth = 1.25
  ctx.globalAlpha = 0.45
  for (const [colour, path] of tails) {
    ctx.strokeStyle = colour
    ctx.stroke(path)
  }
  ctx.globalAlpha = 1
  ctx.lineJoin = 'round'
  ctx.lineWidth = 0.9
  ctx.strokeStyle = palette.glyphEdge
  for (const [colour, path] of solid) {
    ctx.fillStyle = colour
    ctx.fill(path)
    ctx.stroke(path)
  }
  ctx.lineWidth = 1.75
  ctx.fillStyle = palette.surface
  for (const [colour, path] of hollow) {
    ctx.strokeStyle = colour
    ctx.fill(path)
    ctx.stroke(path)
  }
  ctx.globalAlpha = 0.75
  ctx.lineWidth = 1.5
  ctx.setLineDash([2.5, 1.5])
  for (const [colour, path] of lost) {
    ctx.strokeStyle = colour
    ctx.stroke(path)
  }
  ctx.setLineDash([])
  ctx.globalAlpha = 1
  ctx.lineJoin = 'miter'
}

/** Crosses where messages just died, fading out. */
export function drawDrops(
  ctx: CanvasRenderingContext2D,
  layout: LargeLayout,
  model: LargeGraphModel,
  palette: LargePalette,
): void {
  if (model.drops.length === 0) return
  const at = (slot: number, axis: Float64Array, anchor: number) =>
    slot >= 0 && slot < layout.count ? axis[slot]! : anchor
  ctx.strokeStyle = palette.dead
  ctx.lineWidth = 2
  ctx.lineCap = 'round'
  for (const d of model.drops) {
    const x0 = at(d.from, layout.x, layout.clientAnchor.x)
    const y0 = at(d.from, layout.y, layout.clientAnchor.y)
    const x = x0 + (at(d.to, layout.x, layout.clientAnchor.x) - x0) * d.progress
    const y = y0 + (at(d.to, layout.y, layout.clientAnchor.y) - y0) * d.progress
    ctx.globalAlpha = Math.max(0, Math.min(1, d.freshness))
    ctx.beginPath()
    ctx.moveTo(x - 4, y - 4)
    ctx.lineTo(x + 4, y + 4)
    ctx.moveTo(x + 4, y - 4)
    ctx.lineTo(x - 4, y + 4)
    ctx.stroke()
  }
  ctx.globalAlpha = 1
  ctx.lineCap = 'butt'
}

/**
 * A node's id in a small tag: for the node pointed at, focused or selected. Above it in a
 * grid; towards the centre on a circle, where the ids written outside do not cover it.
 */
function tag(
  ctx: CanvasRenderingContext2D,
  layout: LargeLayout,
  slot: number,
  text: string,
  p: LargePalette,
): void {
  const reach = layout.radius + 13
  const c = layout.centre
  const dx = c === null ? 0 : c.x - layout.x[slot]!
  const dy = c === null ? -1 : c.y - layout.y[slot]!
  const d = Math.hypot(dx, dy) || 1
  const x = layout.x[slot]! + (dx / d) * reach
  const y = layout.y[slot]! + (dy / d) * reach
  ctx.font = font(11, 600)
  const w = ctx.measureText(text).width + 10
  const left = Math.min(layout.width - w - 2, Math.max(2, x - w / 2))
  const top = Math.max(2, y - 8)
  ctx.fillStyle = p.panel
  ctx.strokeStyle = p.line
  ctx.lineWidth = 1
  ctx.beginPath()
  ctx.roundRect(left, top, w, 16, 4)
  ctx.fill()
  ctx.stroke()
  ctx.fillStyle = p.ink
  ctx.textAlign = 'left'
  ctx.textBaseline = 'middle'
  ctx.fillText(text, left + 5, top + 8.5)
}

function ring(
  ctx: CanvasRenderingContext2D,
  layout: LargeLayout,
  slots: readonly number[],
  gap: number,
): void {
  ctx.beginPath()
  for (const s of slots) {
    if (s < 0 || s >= layout.count) continue
    disc(ctx, layout.x[s]!, layout.y[s]!, layout.radius + gap)
  }
  ctx.stroke()
}

export interface Marks {
  /** The node under the pointer and the one with keyboard focus, or -1. */
  readonly hovered: number
  readonly focused: number
}

/** Selection, violations, a lesson's pointers, the message picked, and id tags. */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  layout: LargeLayout,
  model: LargeGraphModel,
  placed: readonly Placed[],
  palette: LargePalette,
  marks: Marks,
): void {
  ctx.strokeStyle = palette.accent
  ctx.globalAlpha = 0.55
  ctx.lineWidth = 5
  ring(ctx, layout, model.markedNodes, 4)
  ctx.globalAlpha = 1
  ctx.strokeStyle = palette.dead
  ctx.lineWidth = 2.5
  ctx.setLineDash([4, 3])
  ring(ctx, layout, model.violated, 3.5)
  ctx.setLineDash([])
  const picked = [model.selectedMessage, model.hoveredMessage, ...model.markedMessages]
  const rings = placed.filter((m) => picked.includes(m.id))
  if (rings.length > 0) {
    ctx.strokeStyle = palette.accent
    ctx.lineWidth = 2
    ctx.beginPath()
    for (const m of rings) disc(ctx, m.x, m.y, 7)
    ctx.stroke()
  }
  const selected = model.selectedNode
  if (selected >= 0 && selected < layout.count && model.nodes[selected]?.member === true) {
    ctx.strokeStyle = palette.accent
    ctx.lineWidth = 3
    ring(ctx, layout, [selected], 3.5)
  }
  if (marks.hovered >= 0 && marks.hovered !== selected) {
    ctx.strokeStyle = palette.ink
    ctx.lineWidth = 1.5
    ring(ctx, layout, [marks.hovered], 2.5)
  }
  const tagged = new Set([selected, marks.focused, marks.hovered])
  for (const s of tagged) {
    const n = s >= 0 && s < layout.count ? model.nodes[s] : undefined
    if (n?.member === true) tag(ctx, layout, s, n.id, palette)
  }
}
