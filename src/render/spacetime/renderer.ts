/**
 * The space-time diagram's renderer: a canvas (a 1-hour run can put thousands of arrows in
 * view, too many for SVG) behind a plain function, like the graph's. It lays out the
 * window it is given, draws it, and turns pointer input into callbacks: hover, pick, and a
 * new window. It never touches the store. Zoom and pan are d3-zoom's (wheel, drag, pinch
 * and touch pan, the zoom buttons); its transform is kept in step with the window given.
 */

import { select } from 'd3-selection'
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom'
import { countCausal, drawDiagram, drawLaneLabels, type Emphasis } from './draw'
import { createLayeredPainter } from './layers'
import { canvasToPng } from '../export-image'
import { diagramSvg } from './svg-document'
import { SVG_LIMIT, svgShapes } from './svg-layer'
import { AXIS_PX, layoutDiagram, plotRightPx, type Frame, type Layout } from './geometry'
import { laneRows, LANE_PX, type LaneRows } from './lanes'
import { laneGutter, type LaneGutter } from './gutter'
import { SCALE_EXTENT, transformOf, windowOf, type PlotSize } from './window'
import { hitTest, type Hit } from './hit'
import { resolvePalette, type Palette } from './palette'
import { watchTheme } from '../css-colours'
import { addDrawingCanvas } from '../canvas-surface'
import type { SpacetimeView, SpacetimeWindow } from '../../timeline/spacetime/types'

export interface DiagramModel {
  readonly view: SpacetimeView
  readonly fromMs: number
  readonly toMs: number
  readonly cursorMs: number
  readonly lanes: readonly string[]
  /** The lanes' names as shown, top to bottom: the gutter is as wide as they need. */
  readonly labels: readonly string[]
  readonly otherLane: string | null
  readonly emphasis: Emphasis
  /** How far the lanes are scrolled, when there are too many to share the height. */
  readonly laneScrollPx?: number
  /** Lanes at the top that are the selected node and its peers: a rule goes under them. */
  readonly pinned?: number
}

export interface DiagramCallbacks {
  /** The arrow (message id) under the pointer, or null. */
  onHover(id: number | null): void
  /** A click: on a mark or an arrow (hit), or on empty space at a time. */
  onPick(hit: Hit, atMs: number): void
  /** The user zoomed or panned to this window; `panned`: moved along time at the same zoom. */
  onWindow(fromMs: number, spanMs: number, panned: boolean): void
  /** The lane-label gutter changed (new labels, or a width that caps it): the lane list follows. */
  onGutter(gutter: LaneGutter): void
  /** Lanes started or stopped scrolling, or scrolled: which are in view (null: all, sharing the height). */
  onLanes?(rows: LaneRows | null): void
  /** A wheel over scrolling lanes: scroll them by this many px. */
  onScrollLanes?(deltaPx: number): void
}

export interface DiagramRenderer {
  update(model: DiagramModel): void
  /** Zooms by `factor` (< 1 zooms in) around the middle, as d3-zoom does, then onWindow. */
  zoomBy(factor: number): void
  /** The diagram as drawn now, lanes named, as a PNG at twice its size; null before a draw. */
  toPng(): Promise<Blob> | null
  /** The same as a standalone SVG document; null before a draw. */
  toSvg(): string | null
  destroy(): void
}

/** A press that moves less than this is a click, not a pan. */
const DRAG_THRESHOLD_PX = 4

type ZoomEvent = D3ZoomEvent<HTMLCanvasElement, unknown>
type Point = { clientX: number; clientY: number }

/** Where a mouse or the first finger is. */
function pointOf(e: Event | null): Point | null {
  if (e === null) return null
  if ('touches' in e) return (e as TouchEvent).touches[0] ?? (e as TouchEvent).changedTouches[0]!
  return 'clientX' in e ? (e as MouseEvent) : null
}

/** Sideways scrolling, or Shift with a wheel: a pan, where up and down zooms. */
function sideways(e: WheelEvent): number {
  const by = e.shiftKey ? e.deltaY : e.deltaX
  return e.shiftKey || Math.abs(by) > Math.abs(e.deltaY) ? by : 0
}

/** Draws closer together than this are taken for motion (see `settle` below). */
const SETTLE_MS = 120

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

function sameRows(a: LaneRows | null, b: LaneRows | null): boolean {
  if (a === null || b === null) return a === b
  return (
    a.scrollPx === b.scrollPx &&
    a.contentPx === b.contentPx &&
    a.first === b.first &&
    a.end === b.end
  )
}

/** What the lanes in view show; all the rest if the view cannot answer by lane. */
function windowOn(view: SpacetimeView, fromMs: number, toMs: number, lanes: readonly string[]) {
  if (view.visibleOn !== undefined) return view.visibleOn(fromMs, toMs, lanes)
  const on = new Set(lanes)
  const w: SpacetimeWindow = view.visible(fromMs, toMs)
  return {
    ...w,
    arrows: w.arrows.filter((a) => on.has(a.from) || on.has(a.to)),
    marks: w.marks.filter((m) => on.has(m.node)),
  }
}

/** Wheel steps in lines or pages, in px. */
function wheelPx(e: WheelEvent, pagePx: number): number {
  return e.deltaMode === 1 ? e.deltaY * LANE_PX : e.deltaMode === 2 ? e.deltaY * pagePx : e.deltaY
}

function sameGutter(a: LaneGutter, b: LaneGutter): boolean {
  return (
    a.px === b.px &&
    a.labels.length === b.labels.length &&
    a.labels.every((l, i) => l.text === b.labels[i]!.text && l.shown === b.labels[i]!.shown)
  )
}

export function createSpacetimeRenderer(options: {
  el: HTMLElement
  callbacks: DiagramCallbacks
}): DiagramRenderer {
  const { el, callbacks } = options
  const { canvas, surface, ctx } = addDrawingCanvas(el, 'st-canvas')
  // While the canvas has the arrows, it keeps those that arrived drawn (layers.ts).
  const painter = createLayeredPainter()
  // Arrows and marks go here while few, on the canvas when many (see svg-layer.ts).
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
  svg.setAttribute('class', 'st-svg')
  el.appendChild(svg)
  let svgShown = false
  let palette: Palette | null = null
  let model: DiagramModel | null = null
  let layout: Layout | null = null
  let rows: LaneRows | null = null
  // The first draw says how the lanes sit, whatever was said before: the view may still
  // show the scrolling lanes of the run this renderer replaced.
  let lanesReported = false
  let frameRequest = 0
  // While the diagram moves (playback, a drag), everything goes on the canvas: rebuilding
  // the SVG layer in every frame costs more than the frame has. It comes back once still.
  let lastDrawAt = -Infinity
  let settleTimer: ReturnType<typeof setTimeout> | null = null
  const settle = () => {
    settleTimer = null
    if (performance.now() - lastDrawAt < SETTLE_MS) settleTimer = setTimeout(settle, SETTLE_MS)
    else {
      lastDrawAt = -Infinity
      draw()
    }
  }
  let size = { width: el.clientWidth, height: el.clientHeight }
  let gutter = laneGutter([], size.width)
  // The gutter the layout was made with, for the saved pictures' lane names.
  let laidGutter = gutter
  const plot = (): PlotSize => ({ widthPx: size.width, gutterPx: gutter.px })

  // Written only when it changed: most of it stays put from one frame of playback to the next.
  const say = (key: string, value: string) => {
    if (el.dataset[key] !== value) el.dataset[key] = value
  }
  const draw = () => {
    frameRequest = 0
    if (model === null || size.width === 0 || size.height === 0) return
    palette ??= resolvePalette(el)
    const started = performance.now()
    const nextRows = laneRows(model.lanes.length, size.height - AXIS_PX, model.laneScrollPx ?? 0)
    const frame: Frame = { ...size, ...model, gutterPx: gutter.px, rows: nextRows }
    const until = Math.max(model.fromMs, Math.min(model.toMs, model.cursorMs))
    layout = layoutDiagram(
      frame,
      nextRows === null
        ? model.view.visible(model.fromMs, until)
        : windowOn(model.view, model.fromMs, until, lanesInView(model, nextRows)),
    )
    laidGutter = gutter
    svg.style.clipPath = nextRows === null ? '' : `inset(${AXIS_PX}px 0 0 0)`
    if (!lanesReported || !sameRows(rows, nextRows)) {
      lanesReported = true
      rows = nextRows
      callbacks.onLanes?.(rows)
    }
    const dpr = window.devicePixelRatio || 1
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    const moving = started - lastDrawAt < SETTLE_MS
    lastDrawAt = started
    if (moving && settleTimer === null) settleTimer = setTimeout(settle, SETTLE_MS)
    const useSvg = !moving && layout.arrows.length + layout.marks.length <= SVG_LIMIT
    if (useSvg) {
      painter.forget()
      drawDiagram(ctx, layout, palette, model.emphasis, false)
    } else painter.paint(ctx, layout, palette, model.emphasis)
    if (useSvg || svgShown) svg.innerHTML = useSvg ? svgShapes(layout, palette, model.emphasis) : ''
    svgShown = useSvg
    const drawn = countCausal(layout, model.emphasis)
    // What is drawn, for tests and tools that can't read a canvas.
    say('arrows', String(layout.arrows.length))
    say('marks', String(layout.marks.length))
    say('fromMs', String(model.fromMs))
    say('toMs', String(model.toMs))
    say('drawMs', (performance.now() - started).toFixed(3))
    say('mode', useSvg ? 'svg' : 'canvas')
    say('layers', `${painter.counts.fresh}/${painter.counts.added}`)
    say('gutter', String(gutter.px))
    say('picked', String(model.emphasis.picked ?? ''))
    say('hovered', String(model.emphasis.hovered ?? ''))
    say('past', String(drawn.past))
    say('future', String(drawn.future))
    say('lanes', nextRows === null ? 'fit' : `${nextRows.first}-${nextRows.end}`)
  }
  const schedule = () => {
    if (frameRequest === 0) frameRequest = requestAnimationFrame(draw)
  }
  // The theme button or the system's scheme changed the colours: read them again.
  const unwatch = watchTheme(() => {
    palette = null
    schedule()
  })

  const resize = () => {
    size = { width: el.clientWidth, height: el.clientHeight }
    const dpr = window.devicePixelRatio || 1
    surface.width = Math.round(size.width * dpr)
    surface.height = Math.round(size.height * dpr)
    canvas.style.width = `${size.width}px`
    canvas.style.height = `${size.height}px`
    svg.setAttribute('width', String(size.width))
    svg.setAttribute('height', String(size.height))
    refit()
    // The same window over a new width is another transform.
    sync()
    draw()
  }
  const observer = new ResizeObserver(resize)
  observer.observe(el)

  const local = (e: MouseEvent) => {
    const box = canvas.getBoundingClientRect()
    return { x: e.clientX - box.left, y: e.clientY - box.top }
  }
  const timeAt = (x: number) => (layout === null ? 0 : layout.x.invert(x))

  // The window the model asks for, as d3-zoom's transform on the canvas. Setting it (after
  // a resize, a page turn while following, Follow cursor) is not the user's doing: `syncing`
  // keeps those zoom events from coming back as onWindow.
  let syncing = false
  const sync = () => {
    if (model === null || size.width === 0) return
    const span = Math.max(model.toMs - model.fromMs, 1e-9)
    const wanted = transformOf({ fromMs: model.fromMs, spanMs: span }, plot())
    const now = zoomTransform(canvas)
    if (near(now.k, wanted.k) && near(now.x, wanted.x)) return
    syncing = true
    behaviour.transform(selection, wanted)
    syncing = false
  }
  const report = (t: ZoomTransform) => {
    if (model === null || size.width === 0) return
    const w = windowOf(t, plot())
    const span = model.toMs - model.fromMs
    if (near(w.fromMs, model.fromMs) && near(w.spanMs, span)) return
    // d3-zoom's constraint holds time 0 at the gutter up to rounding: no -1e-14 ms.
    callbacks.onWindow(Math.max(0, w.fromMs), w.spanMs, near(w.spanMs, span))
  }
  // A press becomes a pan only once it has moved DRAG_THRESHOLD_PX: a click that wobbles a
  // pixel must not move the picture (d3-zoom would, by that pixel).
  let press: { at: Point; moved: boolean } | null = null
  const onZoomStart = (e: ZoomEvent) => {
    const at = pointOf(e.sourceEvent as Event | null)
    press = at === null || e.sourceEvent?.type === 'wheel' ? null : { at, moved: false }
  }
  const onZoom = (e: ZoomEvent) => {
    if (syncing) return
    const type = (e.sourceEvent as Event | null)?.type
    if (press !== null && !press.moved && (type === 'mousemove' || type === 'touchmove')) {
      const p = pointOf(e.sourceEvent as Event)!
      const dx = p.clientX - press.at.clientX
      const dy = p.clientY - press.at.clientY
      if (dx * dx + dy * dy <= DRAG_THRESHOLD_PX ** 2) return
      press.moved = true
    }
    report(e.transform)
  }
  const onZoomEnd = () => {
    // A press that stayed a click leaves the transform a pixel off: put it back.
    if (press !== null && !press.moved && !syncing) sync()
    press = null
  }
  const behaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    // The plot, not the lane labels, is what zooms: scaling about its middle, and time 0
    // never further right than the gutter.
    .extent(() => [
      [gutter.px, 0],
      [plotRightPx(size.width, gutter.px), Math.max(size.height, 1)],
    ])
    .translateExtent(translateExtent())
    .clickDistance(DRAG_THRESHOLD_PX)
    // While lanes scroll, the wheel scrolls them; with Ctrl (or a pinch) it zooms.
    .filter((e: Event) =>
      e.type === 'wheel'
        ? sideways(e as WheelEvent) === 0 && (rows === null || (e as WheelEvent).ctrlKey)
        : !(e as MouseEvent).ctrlKey && !(e as MouseEvent).button,
    )
    .on('start', onZoomStart)
    .on('zoom', onZoom)
    .on('end', onZoomEnd)
  const selection = select(canvas)
  function translateExtent(): [[number, number], [number, number]] {
    return [
      [gutter.px, -Infinity],
      [Infinity, Infinity],
    ]
  }

  // The gutter for the labels at this width; a change moves the plot's left edge, so
  // d3-zoom's bounds and the lane list follow it.
  // Measuring a thousand labels every frame would cost more than drawing: only when they change.
  let fitted: { labels: readonly string[]; width: number } | null = null
  function refit() {
    if (model === null) return
    if (fitted !== null && fitted.labels === model.labels && fitted.width === size.width) return
    fitted = { labels: model.labels, width: size.width }
    const next = laneGutter(model.labels, size.width)
    if (sameGutter(next, gutter)) return
    gutter = next
    behaviour.translateExtent(translateExtent())
    callbacks.onGutter(gutter)
  }
  // A double click picks twice; it does not zoom.
  selection.call(behaviour).on('dblclick.zoom', null)

  let hovered: number | null = null
  const onMove = (e: PointerEvent) => {
    // While a button is down the pointer is panning, not pointing.
    if (e.buttons !== 0) return
    const { x, y } = local(e)
    const hit = layout === null ? null : hitTest(layout, x, y)
    const id = hit?.kind === 'arrow' ? hit.shape.arrow.id : null
    canvas.style.cursor = hit === null ? 'crosshair' : 'pointer'
    if (id !== hovered) {
      hovered = id
      callbacks.onHover(id)
    }
  }
  // d3-zoom swallows the click that ends a pan, so a click here is always a pick.
  const onClick = (e: MouseEvent) => {
    if (layout === null || e.button !== 0) return
    const { x, y } = local(e)
    callbacks.onPick(hitTest(layout, x, y), timeAt(x))
  }
  const onLeave = () => {
    if (hovered !== null) callbacks.onHover(null)
    hovered = null
  }
  // Sideways wheels pan (d3-zoom only zooms with a wheel): moved by hand, so a pan.
  const onWheel = (e: WheelEvent) => {
    const by = sideways(e)
    if (by === 0 && rows !== null && !e.ctrlKey) {
      e.preventDefault()
      callbacks.onScrollLanes?.(wheelPx(e, size.height - AXIS_PX))
      return
    }
    if (by === 0) return
    e.preventDefault()
    behaviour.translateBy(selection, -by / zoomTransform(canvas).k, 0)
  }
  canvas.addEventListener('pointermove', onMove)
  canvas.addEventListener('click', onClick)
  canvas.addEventListener('pointerleave', onLeave)
  canvas.addEventListener('wheel', onWheel, { passive: false })

  return {
    update(next) {
      model = next
      refit()
      sync()
      schedule()
    },
    zoomBy(factor) {
      behaviour.scaleBy(selection, 1 / factor)
    },
    toSvg() {
      if (layout === null || palette === null || model === null) return null
      return diagramSvg(layout, palette, model.emphasis, laidGutter)
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
      drawLaneLabels(c, layout, palette, laidGutter)
      c.globalCompositeOperation = 'destination-over'
      c.fillStyle = palette.panel
      c.fillRect(0, 0, size.width, size.height)
      return canvasToPng(out)
    },
    destroy() {
      unwatch()
      cancelAnimationFrame(frameRequest)
      if (settleTimer !== null) clearTimeout(settleTimer)
      observer.disconnect()
      selection.on('.zoom', null)
      canvas.removeEventListener('pointermove', onMove)
      canvas.removeEventListener('click', onClick)
      canvas.removeEventListener('pointerleave', onLeave)
      canvas.removeEventListener('wheel', onWheel)
      canvas.remove()
      svg.remove()
    },
  }
}

/** The ids of the lanes in view, with every client when the clients' lane is among them. */
function lanesInView(model: DiagramModel, rows: LaneRows): string[] {
  const ids = model.lanes.slice(rows.first, rows.end)
  if (model.otherLane !== null && ids.includes(model.otherLane)) {
    const own = new Set(model.lanes)
    for (const id of model.view.lanes()) if (!own.has(id)) ids.push(id)
  }
  return ids
}
