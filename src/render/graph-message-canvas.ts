/**
 * Messages in flight drawn on a canvas, for when they are too many to be SVG elements (a
 * 25-node cluster under load has 1,700 at once: as elements, styling, laying out and
 * painting them took most of every frame), and while the run plays: at real time most
 * messages live a few frames, and as elements each one was made, styled, laid out and
 * thrown away again (a third of a 25-node frame's style and layout work). The canvas sits in the graph's own layer
 * order, inside the group that pans and zooms, at the resolution the screen shows it;
 * the shapes are the large graph's (large-graph-draw.ts). A click or the pointer finds
 * the nearest message, as on the large graph.
 */

import { svgEl, toSvgPoint } from './graph-dom'
import { TIMER_R, TIMER_WIDTH } from './graph-nodes'
import { glyphFor } from './graph-glyphs'
import { createTimerSprites } from './graph-timer-sprites'
import { drawMessages, type Placed } from './large-graph-draw'
import { messageAt } from './large-graph-hit'
import { watchTheme } from './css-colours'
import { context2d, drawingSurface } from './canvas-surface'
import { resolveLargePalette, type LargePalette } from './large-graph-palette'
import { listenToMessages, type MessageContext } from './graph-messages'
import type { GraphMessage } from './model'

/**
 * Past this many messages in flight they are drawn on the canvas instead of as elements;
 * back to elements below MESSAGES_FEW, so a count around the line does not flip each frame.
 */
export const MESSAGES_MANY = 200
const MESSAGES_FEW = 150

/**
 * Whether `count` messages go on the canvas, given where they are now: always while they
 * move (playing), where each lives a few frames; when still, as elements unless many.
 */
export function messagesOnCanvas(count: number, onCanvas: boolean, moving = false): boolean {
  if (moving) return true
  return onCanvas ? count >= MESSAGES_FEW : count > MESSAGES_MANY
}

const XHTML = 'http://www.w3.org/1999/xhtml'
/** The radius the large graph's glyph scale takes for full size: the small graph's glyphs. */
const FULL_SIZE = { radius: 9 }
const RING_R = 11

interface MessageCanvasOptions {
  /** The layer the canvas is put in. */
  readonly layer: SVGGElement
  /** The group that pans and zooms: graph coordinates. */
  readonly space: SVGGElement
  /** The svg's size on screen, in CSS px. */
  readonly screen: () => { readonly width: number; readonly height: number }
  readonly onSelectMessage: (id: number) => void
  readonly onHoverMessage: (id: number | null) => void
}

/** A node's timer ring, drawn as the SVG graph draws it (graph-nodes.ts). */
export interface CanvasTimer {
  readonly x: number
  readonly y: number
  /** Fraction still to run, 0..1. */
  readonly left: number
}

export interface MessageCanvas {
  /** `timers`: the nodes' timer rings too, while they run down every frame (playing). */
  draw(
    messages: readonly GraphMessage[],
    ctx: MessageContext,
    size: { width: number; height: number },
    timers?: readonly CanvasTimer[],
  ): void
  clear(): void
  destroy(): void
}

export function createMessageCanvas(o: MessageCanvasOptions): MessageCanvas {
  const holder = svgEl(o.layer, 'foreignObject', { x: 0, y: 0, width: 0, height: 0 })
  const canvas = document.createElementNS(XHTML, 'canvas') as HTMLCanvasElement
  canvas.className = 'cg-msg-canvas'
  // A pixel while unused (a picture of the graph leaves it out: export-image.ts).
  canvas.width = 1
  canvas.height = 1
  holder.appendChild(canvas)
  const surface = drawingSurface(canvas)
  const g = context2d(surface)
  const sprites = createTimerSprites({ radius: TIMER_R, width: TIMER_WIDTH })
  let palette: LargePalette | null = null
  let placed: Placed[] = []
  let rings: readonly CanvasTimer[] = []
  let shown: { ctx: MessageContext; width: number; height: number } | null = null
  const redraw = () => {
    if (shown !== null) paint(shown.ctx, shown.width, shown.height)
  }
  const unwatch = watchTheme(() => {
    palette = null
    redraw()
  })

  // Pointer events go to the svg: the canvas lets them through to pan, zoom and cut.
  const svg = o.space.ownerSVGElement!
  const idAt = (e: MouseEvent) => {
    if (placed.length === 0 || (e.target as Element).closest?.('.cg-node') != null) return null
    const p = toSvgPoint(o.space, e.clientX, e.clientY)
    return messageAt(placed, p.x, p.y)
  }
  const unlisten = listenToMessages(
    svg,
    ['mousemove', 'mouseleave'],
    (e) => (e.type === 'mouseleave' ? null : idAt(e)),
    o,
  )

  const paint = (ctx: MessageContext, width: number, height: number) => {
    // Sharp at the size it is shown: the svg's scale, the zoom, the device's pixels.
    const screen = o.screen()
    const fit = screen.width > 0 ? Math.min(screen.width / width, screen.height / height) : 1
    const zoom = zoomOf(o.space)
    const scale = Math.min(4, fit * zoom * (window.devicePixelRatio || 1))
    const w = Math.max(1, Math.round(width * scale))
    const h = Math.max(1, Math.round(height * scale))
    if (surface.width !== w || surface.height !== h) {
      surface.width = w
      surface.height = h
      canvas.style.width = `${width}px`
      canvas.style.height = `${height}px`
      holder.setAttribute('width', String(width))
      holder.setAttribute('height', String(height))
    }
    palette ??= resolveLargePalette(canvas.parentElement as unknown as HTMLElement)
    g.setTransform(scale, 0, 0, scale, 0, 0)
    g.clearRect(0, 0, width, height)
    sprites.draw(g, rings, scale, palette)
    drawMessages(g, FULL_SIZE, placed, palette)
    const rung = placed.filter(
      (m) => m.id === ctx.selected || m.id === ctx.hovered || ctx.marked.includes(m.id),
    )
    if (rung.length === 0) return
    g.strokeStyle = palette.accent
    g.lineWidth = 2
    g.beginPath()
    for (const m of rung) {
      g.moveTo(m.x + RING_R, m.y)
      g.arc(m.x, m.y, RING_R, 0, Math.PI * 2)
    }
    g.stroke()
  }

  return {
    draw(messages, ctx, { width, height }, timers = []) {
      // Nothing was drawn and nothing is to be: the canvas is clear already.
      const still =
        placed.length === 0 && messages.length === 0 && rings.length === 0 && timers.length === 0
      rings = timers
      // How many it shows, for a test or a benchmark to read.
      canvas.dataset.messages = String(messages.length)
      placed = messages.map((m) => {
        const from = ctx.at(m.from)
        return {
          id: m.id,
          x: m.position.x,
          y: m.position.y,
          fromX: from.x,
          fromY: from.y,
          glyph: glyphFor(m.kind),
          lost: m.fate === 'lost',
        }
      })
      shown = { ctx, width, height }
      if (!still) redraw()
    },
    clear() {
      placed = []
      rings = []
      delete canvas.dataset.messages
      shown = null
      surface.width = 1
      surface.height = 1
    },
    destroy() {
      unwatch()
      unlisten()
      holder.remove()
    },
  }
}

/** The zoom factor of the group d3-zoom transforms (`translate(x,y) scale(k)`), read as written. */
export function zoomOf(space: SVGGElement): number {
  const k = Number(/scale\(([^)]+)\)/.exec(space.getAttribute('transform') ?? '')?.[1])
  return Number.isFinite(k) && k > 0 ? k : 1
}
