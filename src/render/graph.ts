/**
 * The cluster graph, drawn behind plain functions: React creates it once in an effect and
 * calls update() with plain data, every animation frame while playing; it never reads the
 * store and writes back only through the callbacks. Each layer keeps one view per id and
 * touches the DOM only where the model changed, so a frame costs little beyond moving
 * the messages in flight.
 */

import './graph.css'
import { createBackdropLayer } from './graph-backdrops'
import { sizeToBox } from './graph-box'
import { wireCutInput } from './graph-cut-input'
import { createCutView } from './graph-cut-view'
import { svgEl } from './graph-dom'
import { createClientAnchor, createLegend } from './graph-legend'
import { createLinkLayer } from './graph-links'
import { createMessageCanvas, messagesOnCanvas, type CanvasTimer } from './graph-message-canvas'
import { createDropLayer, createMessageLayer } from './graph-messages'
import { wireNodeInput } from './graph-node-input'
import { createNodeLayer, NODE_R } from './graph-nodes'
import { wireZoom } from './graph-zoom'
import { t } from '../i18n/translate'
import type { GraphCallbacks, GraphModel, GraphNode, Point } from './model'

/**
 * From this many nodes on, neighbours on the layout circle are closer than a node's label
 * and log are wide, so only bodies are drawn; the inspector still shows the details. It
 * depends on the count alone, so dragging a node never flips it.
 */
export const DENSE_NODE_COUNT = 11

/** Long enough to read a cut's outcome; it is announced at once anyway. */
const STATUS_MS = 6000

export interface GraphRenderer {
  update(model: GraphModel): void
  /** The Cut button: background drags draw cuts instead of panning. */
  setCutMode(on: boolean): void
  /** Resets pan and zoom to show the whole graph. */
  fit(): void
  /** Runs `f` with pan and zoom undone, for a picture of the whole graph. */
  unzoomed<T>(f: () => T): T
  destroy(): void
}

export function createGraphRenderer({
  el,
  callbacks,
}: {
  el: HTMLElement
  callbacks: GraphCallbacks
}): GraphRenderer {
  const svg = svgEl(el, 'svg', {
    class: 'cg',
    role: 'group',
    'aria-label': t('graph.cluster'),
    preserveAspectRatio: 'xMidYMid meet',
  })
  const box = sizeToBox(svg, el)
  // Everything at graph coordinates sits in one group that pans and zooms; the legend
  // stays put outside it, as a map's key does.
  const space = svgEl(svg, 'g', { class: 'cg-space' })
  const layer = (name: string, hidden = true, parent: Element = space) =>
    svgEl(parent, 'g', hidden ? { class: name, 'aria-hidden': 'true' } : { class: name })
  const backdrops = createBackdropLayer(layer('cg-backdrops'))
  const cutTints = layer('cg-cut-tints')
  const links = createLinkLayer(layer('cg-links'))
  const cutLinks = layer('cg-cut-links')
  // Messages are reachable by keyboard and screen reader through the event log; here
  // hundreds of moving tooltips would only drown the nodes.
  const messages = createMessageLayer(layer('cg-messages'), callbacks)
  const messageCanvas = createMessageCanvas({
    layer: layer('cg-message-canvas'),
    space,
    screen: () => box.size(),
    onSelectMessage: (id) => callbacks.onSelectMessage(id),
    onHoverMessage: (id) => callbacks.onHoverMessage(id),
  })
  let onCanvas = false
  // While the run plays, the timer rings run down every frame: drawn on the canvas too.
  let timersOnCanvas = false
  const drops = createDropLayer(layer('cg-drops'))
  const nodeLayer = layer('cg-nodes', false)
  const anchor = createClientAnchor(layer('cg-anchor'))
  const cutStroke = layer('cg-cut-layer')
  const legend = createLegend(layer('cg-legend-layer', true, svg))
  // How a cut went, in words: the graph's own live region, next to the svg.
  const status = el.appendChild(document.createElement('p'))
  status.className = 'cg-status'
  status.setAttribute('role', 'status')

  const nodeLookup = new Map<string, Point>()
  const positionOf = (id: string) => nodeLookup.get(id)
  let current: GraphModel | null = null
  const input = wireNodeInput({
    space,
    layer: nodeLayer,
    callbacks,
    position: positionOf,
    size: () => current ?? { width: 0, height: 0 },
  })
  const nodes = createNodeLayer(nodeLayer, input.decorate)
  let quiet: ReturnType<typeof setTimeout> | undefined
  const cut = wireCutInput({
    svg,
    space,
    view: createCutView({ tints: cutTints, links: cutLinks, stroke: cutStroke }),
    inset: NODE_R,
    model: () => current,
    say(text) {
      status.textContent = text
      clearTimeout(quiet)
      if (text !== '') quiet = setTimeout(() => (status.textContent = ''), STATUS_MS)
    },
    onCut: callbacks.onCut?.bind(callbacks),
  })
  const zoom = wireZoom({ svg, space, claimed: (e) => cut.wants(e) })
  // One context object for the whole life of the renderer, so frames do not allocate it.
  const messageContext = {
    selected: null as number | null,
    hovered: null as number | null,
    marked: [] as readonly number[],
    at: (id: string): Point => nodeLookup.get(id) ?? current?.clientAnchor ?? { x: 0, y: 0 },
  }

  return {
    update(model) {
      if (current === null || model.width !== current.width || model.height !== current.height) {
        svg.setAttribute('viewBox', `0 0 ${model.width} ${model.height}`)
      }
      const dense = model.nodes.length >= DENSE_NODE_COUNT
      if (current === null || model.nodes.length !== current.nodes.length) {
        svg.classList.toggle('dense', dense)
      }
      current = model
      nodeLookup.clear()
      for (const n of model.nodes) nodeLookup.set(n.id, n.position)
      backdrops.update(model, positionOf)
      links.update(model.nodes)
      messageContext.selected = model.selectedMessage
      messageContext.hovered = model.hoveredMessage
      messageContext.marked = model.markedMessages
      if (messagesOnCanvas(model.messages.length, onCanvas, model.moving) !== onCanvas) {
        onCanvas = !onCanvas
        if (onCanvas) messages.update([], messageContext)
        else messageCanvas.clear()
        svg.classList.toggle('messages-on-canvas', onCanvas)
      }
      if ((onCanvas && model.moving === true) !== timersOnCanvas) {
        timersOnCanvas = !timersOnCanvas
        svg.classList.toggle('timers-on-canvas', timersOnCanvas)
      }
      if (onCanvas) {
        const timers = timersOnCanvas ? canvasTimers(model.nodes) : undefined
        messageCanvas.draw(model.messages, messageContext, model, timers)
      } else messages.update(model.messages, messageContext)
      drops.update(model.drops)
      nodes.update(model.nodes, { selected: model.selectedNode, timersOnCanvas, dense }, model.left)
      anchor.update(model.clientAnchor)
      legend.update(model.legend)
    },
    setCutMode: (on) => cut.setMode(on),
    fit: () => zoom.fit(),
    unzoomed: (f) => zoom.unzoomed(f),
    destroy() {
      clearTimeout(quiet)
      box.stop()
      messageCanvas.destroy()
      zoom.destroy()
      cut.destroy()
      input.destroy()
      messages.destroy()
      svg.remove()
      status.remove()
    },
  }
}

/** The running timers of the nodes that are up, for the canvas. */
function canvasTimers(nodes: readonly GraphNode[]): CanvasTimer[] {
  const out: CanvasTimer[] = []
  for (const n of nodes) {
    if (n.timerLeft === null || !n.up) continue
    out.push({ x: n.position.x, y: n.position.y, left: n.timerLeft })
  }
  return out
}
