/**
 * The cluster graph for clusters too big for one SVG element per node: a canvas that
 * stamps every node from a sprite of its look and draws messages in a few batched paths,
 * under a layer of transparent focusable elements that carry each node's role and name
 * (large-graph-overlay.ts), and a legend. Like the small graph it is plain functions:
 * React creates it once in an effect and calls update() with plain data; it never reads
 * the store and writes back only through the callbacks. Nodes sit on a layer of their own
 * (large-graph-layer.ts), stamped again only where they changed; a frame while playing is
 * that layer, copied, plus messages and marks.
 */

import './graph.css'
import './large-graph.css'
import { select } from 'd3-selection'
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom'
import {
  drawDrops,
  drawMarks,
  drawMessages,
  drawNodes,
  placeMessages,
  type Placed,
} from './large-graph-draw'
import { messageAt, nodeAt } from './large-graph-hit'
import { largeLayout, type Corner, type LargeLayout } from './large-graph-layout'
import { createLargeLegend } from './large-graph-legend'
import { createNodeOverlay } from './large-graph-overlay'
import { createSprites } from './large-graph-sprites'
import { createNodeLayer } from './large-graph-layer'
import { watchTheme } from './css-colours'
import { resolveLargePalette, type LargePalette } from './large-graph-palette'
import { addDrawingCanvas } from './canvas-surface'
import type { GraphCallbacks } from './model'
import type { LargeGraphModel } from './large-graph-model'

/** Above this many nodes the cluster view draws this graph instead of the SVG one. */
export const LARGE_GRAPH_NODES = 40

export function isLargeCluster(nodes: number): boolean {
  return nodes > LARGE_GRAPH_NODES
}

const SCALE_EXTENT: [number, number] = [1, 8]
const CLICK_DISTANCE_PX = 3
/** Room kept free around the edges. */
const EDGE_PX = 8

export interface LargeGraphRenderer {
  update(model: LargeGraphModel): void
  /** Resets pan and zoom to show the whole cluster. */
  fit(): void
  /** The whole cluster, unzoomed, on its background, `scale` times the size on screen. */
  picture(scale: number): HTMLCanvasElement
  destroy(): void
}

export function createLargeGraphRenderer({
  el,
  callbacks,
  corner = () => ({ width: 0, height: 0 }),
}: {
  el: HTMLElement
  callbacks: GraphCallbacks
  /** The bottom right corner that tools over the graph take, in px: kept free of nodes. */
  corner?: () => Corner
}): LargeGraphRenderer {
  const root = el.appendChild(document.createElement('div'))
  root.className = 'lg'
  const { canvas, surface, ctx } = addDrawingCanvas(root, 'lg-canvas')
  const layer = createNodeLayer()
  const legend = createLargeLegend(root)

  let model: LargeGraphModel | null = null
  let layout: LargeLayout | null = null
  let palette: LargePalette | null = null
  let placed: Placed[] = []
  let size = { width: 0, height: 0, dpr: 1 }
  let transform: ZoomTransform = zoomIdentity
  let hovered = -1
  let focused = -1
  let hoveredMessage: number | null = null
  let frame = 0

  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(draw)
  }
  const overlay = createNodeOverlay({
    parent: root,
    callbacks,
    onHover(slot) {
      if (slot === hovered) return
      hovered = slot
      schedule()
    },
    onFocus(slot) {
      if (slot === focused) return
      focused = slot
      if (slot >= 0) reveal(slot)
      schedule()
    },
  })

  const relayout = () => {
    if (model === null || size.width === 0) return
    const slots = model.slots
    const insets = {
      left: legend.element.offsetWidth + 2 * EDGE_PX,
      top: EDGE_PX,
      right: EDGE_PX,
      bottom: EDGE_PX,
    }
    layout = largeLayout(slots, size.width, size.height, insets, corner())
    overlay.place(layout)
    root.dataset.layout = layout.kind
    behaviour.translateExtent([
      [0, 0],
      [size.width, size.height],
    ])
    behaviour.extent([
      [0, 0],
      [size.width, size.height],
    ])
  }

  const resize = () => {
    const dpr = window.devicePixelRatio || 1
    const width = root.clientWidth
    const height = root.clientHeight
    if (width === size.width && height === size.height && dpr === size.dpr) return
    size = { width, height, dpr }
    surface.width = Math.round(width * dpr)
    surface.height = Math.round(height * dpr)
    layer.resize(surface.width, surface.height)
    canvas.style.width = `${width}px`
    canvas.style.height = `${height}px`
    relayout()
    draw()
  }

  function draw() {
    if (frame !== 0) cancelAnimationFrame(frame)
    frame = 0
    if (model === null || size.width === 0 || size.height === 0) return
    if (window.devicePixelRatio !== size.dpr) return resize()
    if (layout === null || layout.count !== model.slots) relayout()
    if (layout === null) return
    palette ??= resolveLargePalette(root)
    const started = performance.now()
    const { dpr } = size
    const device = { k: dpr * transform.k, x: dpr * transform.x, y: dpr * transform.y }
    const stamped = layer.draw({ model, layout, palette, device })
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.clearRect(0, 0, surface.width, surface.height)
    ctx.drawImage(layer.canvas, 0, 0)
    ctx.setTransform(device.k, 0, 0, device.k, device.x, device.y)
    placed = placeMessages(layout, model)
    drawMessages(ctx, layout, placed, palette)
    drawDrops(ctx, layout, model, palette)
    drawMarks(ctx, layout, model, placed, palette, { hovered, focused })
    // What is drawn, for tests and benchmarks that can't read a canvas.
    root.dataset.nodes = String(model.nodes.length)
    root.dataset.messages = String(placed.length)
    root.dataset.stamped = String(stamped)
    root.dataset.drawMs = (performance.now() - started).toFixed(3)
  }

  // Pan and zoom: a drag on the background pans, the wheel zooms with Ctrl or ⌘ (so the
  // page still scrolls), two fingers pinch. Presses on nodes are clicks.
  const behaviour = zoom<HTMLDivElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .clickDistance(CLICK_DISTANCE_PX)
    .filter((e: Event) => {
      if (e instanceof WheelEvent) return e.ctrlKey || e.metaKey
      if (e instanceof MouseEvent && (e.button !== 0 || e.ctrlKey)) return false
      return !(e.target instanceof Element && e.target.closest('.lg-node, .lg-legend') !== null)
    })
    .on('zoom', (e: D3ZoomEvent<HTMLDivElement, unknown>) => {
      transform = e.transform
      overlay.transform(transform.x, transform.y, transform.k)
      root.classList.toggle('pannable', transform.k > 1)
      draw()
    })
  const zoomRoot = select(root)
  zoomRoot.call(behaviour)
  zoomRoot.on('dblclick.zoom', null)

  /** Pans a node that keyboard focus reached into view when it is outside it. */
  const reveal = (slot: number) => {
    if (layout === null || transform.k === 1) return
    const x = transform.applyX(layout.x[slot]!)
    const y = transform.applyY(layout.y[slot]!)
    const r = layout.radius * transform.k
    if (x - r >= 0 && y - r >= 0 && x + r <= size.width && y + r <= size.height) return
    behaviour.translateTo(zoomRoot, layout.x[slot]!, layout.y[slot]!)
  }

  /** The point under a pointer, in layout coordinates. */
  const local = (e: MouseEvent) => {
    const box = root.getBoundingClientRect()
    return transform.invert([e.clientX - box.left, e.clientY - box.top])
  }
  const drawnSlot = (slot: number) => model?.nodes[slot]?.member === true
  const onMove = (e: PointerEvent) => {
    if (e.target !== canvas) return
    const [x, y] = local(e)
    const id = messageAt(placed, x, y)
    canvas.classList.toggle('on-message', id !== null)
    if (id === hoveredMessage) return
    hoveredMessage = id
    callbacks.onHoverMessage(id)
  }
  const onLeave = () => {
    if (hoveredMessage === null) return
    hoveredMessage = null
    canvas.classList.remove('on-message')
    callbacks.onHoverMessage(null)
  }
  // A click between nodes takes the message there, else the nearest node within reach.
  const onClick = (e: MouseEvent) => {
    if (e.target !== canvas || layout === null || model === null) return
    const [x, y] = local(e)
    const id = messageAt(placed, x, y)
    if (id !== null) return callbacks.onSelectMessage(id)
    const slot = nodeAt(layout, x, y, drawnSlot)
    if (slot >= 0) callbacks.onSelectNode(model.nodes[slot]!.id)
  }
  canvas.addEventListener('pointermove', onMove)
  canvas.addEventListener('pointerleave', onLeave)
  canvas.addEventListener('click', onClick)

  const observer = new ResizeObserver(resize)
  observer.observe(root)
  const unwatch = watchTheme(() => {
    palette = null
    schedule()
  })

  return {
    update(next) {
      const first = model === null
      model = next
      overlay.update(next)
      if (legend.update(next) && !first) relayout()
      if (first) resize()
      schedule()
    },
    fit() {
      zoomRoot.call(behaviour.transform, zoomIdentity)
    },
    picture(scale) {
      const out = document.createElement('canvas')
      out.width = Math.round(size.width * scale)
      out.height = Math.round(size.height * scale)
      const c = out.getContext('2d')!
      if (model === null || layout === null) return out
      const p = palette ?? resolveLargePalette(root)
      c.fillStyle = p.surface
      c.fillRect(0, 0, out.width, out.height)
      drawNodes(c, layout, model, p, { k: scale, x: 0, y: 0 }, createSprites())
      c.setTransform(scale, 0, 0, scale, 0, 0)
      const all = placeMessages(layout, model)
      drawMessages(c, layout, all, p)
      drawDrops(c, layout, model, p)
      drawMarks(c, layout, model, all, p, { hovered: -1, focused: -1 })
      return out
    },
    destroy() {
      if (frame !== 0) cancelAnimationFrame(frame)
      observer.disconnect()
      unwatch()
      zoomRoot.on('.zoom', null)
      canvas.removeEventListener('pointermove', onMove)
      canvas.removeEventListener('pointerleave', onLeave)
      canvas.removeEventListener('click', onClick)
      overlay.destroy()
      legend.destroy()
      root.remove()
    },
  }
}
