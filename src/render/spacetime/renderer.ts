/**
 * The space-time diagram's renderer: a canvas (a 1-hour run can put thousands of arrows in
 * view, too many for SVG) behind a plain function, like the graph's. It lays out the
 * window it is given, draws it, and turns pointer input into callbacks: hover, pick, pan,
 * zoom. It never touches the store.
 */

import { countCausal, drawDiagram, type Emphasis } from './draw'
import { canvasToPng } from '../export-image'
import { diagramSvg } from './svg-document'
import { SVG_LIMIT, svgShapes } from './svg-layer'
import { layoutDiagram, xToTime, type Frame, type Layout } from './geometry'
import { hitTest, type Hit } from './hit'
import { resolvePalette, themeKey, type Palette } from './palette'
import type { SpacetimeView } from '../../timeline/spacetime/types'

export interface DiagramModel {
  readonly view: SpacetimeView
  readonly fromMs: number
  readonly toMs: number
  readonly cursorMs: number
  readonly lanes: readonly string[]
  readonly otherLane: string | null
  readonly emphasis: Emphasis
}

export interface DiagramCallbacks {
  /** The arrow (message id) under the pointer, or null. */
  onHover(id: number | null): void
  /** A click: on a mark or an arrow (hit), or on empty space at a time. */
  onPick(hit: Hit, atMs: number): void
  onPan(byMs: number): void
  /** Zoom by `factor` (< 1 zooms in) around a time. */
  onZoom(factor: number, atMs: number): void
}

export interface DiagramRenderer {
  update(model: DiagramModel): void
  /** The diagram as drawn now, lanes named, as a PNG at twice its size; null before a draw. */
  toPng(): Promise<Blob> | null
  /** The same as a standalone SVG document; null before a draw. */
  toSvg(): string | null
  destroy(): void
}

/** A press that moves less than this is a click, not a pan. */
const DRAG_THRESHOLD_PX = 4

export function createSpacetimeRenderer(options: {
  el: HTMLElement
  callbacks: DiagramCallbacks
}): DiagramRenderer {
  const { el, callbacks } = options
  const canvas = document.createElement('canvas')
  canvas.className = 'st-canvas'
  canvas.setAttribute('aria-hidden', 'true')
  el.appendChild(canvas)
  const ctx = canvas.getContext('2d')!
  // Arrows and marks go here while few, on the canvas when many (see svg-layer.ts).
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
  svg.setAttribute('class', 'st-svg')
  el.appendChild(svg)
  let svgShown = false
  let palette: Palette | null = null
  let paletteKey = ''
  let model: DiagramModel | null = null
  let layout: Layout | null = null
  let frameRequest = 0
  let size = { width: el.clientWidth, height: el.clientHeight }

  const draw = () => {
    frameRequest = 0
    if (model === null || size.width === 0 || size.height === 0) return
    const key = themeKey()
    if (palette === null || key !== paletteKey) {
      palette = resolvePalette(el)
      paletteKey = key
    }
    const started = performance.now()
    const frame: Frame = { ...size, ...model, cursorMs: model.cursorMs }
    const until = Math.min(model.toMs, model.cursorMs)
    layout = layoutDiagram(frame, model.view.visible(model.fromMs, Math.max(model.fromMs, until)))
    const dpr = window.devicePixelRatio || 1
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    const useSvg = layout.arrows.length + layout.marks.length <= SVG_LIMIT
    drawDiagram(ctx, layout, palette, model.emphasis, !useSvg)
    if (useSvg || svgShown) svg.innerHTML = useSvg ? svgShapes(layout, palette, model.emphasis) : ''
    svgShown = useSvg
    const drawn = countCausal(layout, model.emphasis)
    // What is drawn, for tests and tools that can't read a canvas.
    el.dataset.arrows = String(layout.arrows.length)
    el.dataset.marks = String(layout.marks.length)
    el.dataset.fromMs = String(model.fromMs)
    el.dataset.toMs = String(model.toMs)
    el.dataset.drawMs = (performance.now() - started).toFixed(3)
    el.dataset.mode = useSvg ? 'svg' : 'canvas'
    el.dataset.picked = String(model.emphasis.picked ?? '')
    el.dataset.hovered = String(model.emphasis.hovered ?? '')
    el.dataset.past = String(drawn.past)
    el.dataset.future = String(drawn.future)
  }
  const schedule = () => {
    if (frameRequest === 0) frameRequest = requestAnimationFrame(draw)
  }

  const resize = () => {
    size = { width: el.clientWidth, height: el.clientHeight }
    const dpr = window.devicePixelRatio || 1
    canvas.width = Math.round(size.width * dpr)
    canvas.height = Math.round(size.height * dpr)
    canvas.style.width = `${size.width}px`
    canvas.style.height = `${size.height}px`
    svg.setAttribute('width', String(size.width))
    svg.setAttribute('height', String(size.height))
    draw()
  }
  const observer = new ResizeObserver(resize)
  observer.observe(el)

  const local = (e: MouseEvent) => {
    const box = canvas.getBoundingClientRect()
    return { x: e.clientX - box.left, y: e.clientY - box.top }
  }
  const timeAt = (x: number) => (layout === null ? 0 : xToTime(layout.frame, x))

  let press: { x: number; lastX: number; moved: boolean } | null = null
  let hovered: number | null = null
  const onDown = (e: PointerEvent) => {
    if (e.button !== 0) return
    const { x } = local(e)
    press = { x, lastX: x, moved: false }
    canvas.setPointerCapture(e.pointerId)
  }
  const onMove = (e: PointerEvent) => {
    const { x, y } = local(e)
    if (press !== null) {
      if (Math.abs(x - press.x) > DRAG_THRESHOLD_PX) press.moved = true
      if (press.moved && layout !== null) {
        callbacks.onPan(timeAt(press.lastX) - timeAt(x))
        press.lastX = x
      }
      return
    }
    const hit = layout === null ? null : hitTest(layout, x, y)
    const id = hit?.kind === 'arrow' ? hit.shape.arrow.id : null
    canvas.style.cursor = hit === null ? 'crosshair' : 'pointer'
    if (id !== hovered) {
      hovered = id
      callbacks.onHover(id)
    }
  }
  const onUp = (e: PointerEvent) => {
    if (press === null) return
    const { x, y } = local(e)
    const moved = press.moved
    press = null
    if (moved || layout === null) return
    callbacks.onPick(hitTest(layout, x, y), timeAt(x))
  }
  const onLeave = () => {
    if (hovered !== null) callbacks.onHover(null)
    hovered = null
  }
  const onWheel = (e: WheelEvent) => {
    e.preventDefault()
    const { x } = local(e)
    // Sideways scrolling (or Shift with a wheel) pans; scrolling up and down zooms.
    const sideways = e.shiftKey ? e.deltaY : e.deltaX
    if (Math.abs(sideways) > Math.abs(e.deltaY) || e.shiftKey) {
      if (layout !== null) callbacks.onPan(timeAt(x + sideways) - timeAt(x))
      return
    }
    callbacks.onZoom(Math.exp(e.deltaY * 0.0015), timeAt(x))
  }
  canvas.addEventListener('pointerdown', onDown)
  canvas.addEventListener('pointermove', onMove)
  canvas.addEventListener('pointerup', onUp)
  canvas.addEventListener('pointerleave', onLeave)
  canvas.addEventListener('wheel', onWheel, { passive: false })

  return {
    update(next) {
      model = next
      schedule()
    },
    toSvg() {
      if (layout === null || palette === null || model === null) return null
      return diagramSvg(layout, palette, model.emphasis, model.lanes)
    },
    toPng() {
      if (layout === null || palette === null || model === null) return null
      const scale = 2
      const out = document.createElement('canvas')
      out.width = Math.round(size.width * scale)
      out.height = Math.round(size.height * scale)
      const c = out.getContext('2d')!
      c.scale(scale, scale)
      drawDiagram(c, layout, palette, model.emphasis, true)
      // The lane names are HTML beside the canvas on screen; the picture needs them drawn.
      c.fillStyle = palette.ink
      c.font = '12px system-ui, sans-serif'
      c.textBaseline = 'middle'
      c.textAlign = 'left'
      model.lanes.forEach((lane, i) => c.fillText(lane, 6, layout!.laneY[i]!))
      c.globalCompositeOperation = 'destination-over'
      c.fillStyle = palette.panel
      c.fillRect(0, 0, size.width, size.height)
      return canvasToPng(out)
    },
    destroy() {
      cancelAnimationFrame(frameRequest)
      observer.disconnect()
      canvas.remove()
      svg.remove()
    },
  }
}
