/**
 * The cluster graph, drawn behind plain functions: React creates it once in an effect and
 * calls update() with plain data, every animation frame while playing; it never reads the
 * store and writes back only through the callbacks. Each layer keeps one view per id and
 * touches the DOM only where the model changed, so a frame costs little beyond moving
 * the messages in flight.
 */

import './graph.css'
import { createBackdropLayer } from './graph-backdrops'
import { svgEl } from './graph-dom'
import { createClientAnchor, createLegend } from './graph-legend'
import { createLinkLayer } from './graph-links'
import { createDropLayer, createMessageLayer } from './graph-messages'
import { wireNodeInput } from './graph-node-input'
import { createNodeLayer } from './graph-nodes'
import type { GraphCallbacks, GraphModel, Point } from './model'

/**
 * From this many nodes on, neighbours on the layout circle are closer than a node's label
 * and log are wide, so only bodies are drawn; the inspector still shows the details. It
 * depends on the count alone, so dragging a node never flips it.
 */
export const DENSE_NODE_COUNT = 11

export interface GraphRenderer {
  update(model: GraphModel): void
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
    'aria-label': 'Cluster',
    preserveAspectRatio: 'xMidYMid meet',
  })
  const layer = (name: string, hidden = true) =>
    svgEl(svg, 'g', hidden ? { class: name, 'aria-hidden': 'true' } : { class: name })
  const backdrops = createBackdropLayer(layer('cg-backdrops'))
  const links = createLinkLayer(layer('cg-links'))
  // Messages are reachable by keyboard and screen reader through the event log; here
  // hundreds of moving tooltips would only drown the nodes.
  const messages = createMessageLayer(layer('cg-messages'), callbacks)
  const drops = createDropLayer(layer('cg-drops'))
  const nodeLayer = layer('cg-nodes', false)
  const anchor = createClientAnchor(layer('cg-anchor'))
  const legend = createLegend(layer('cg-legend-layer'))

  const nodeLookup = new Map<string, Point>()
  const positionOf = (id: string) => nodeLookup.get(id)
  let current: GraphModel | null = null
  const input = wireNodeInput({
    svg,
    layer: nodeLayer,
    callbacks,
    position: positionOf,
    size: () => current ?? { width: 0, height: 0 },
  })
  const nodes = createNodeLayer(nodeLayer, input.decorate)
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
      if (current === null || model.nodes.length !== current.nodes.length) {
        svg.classList.toggle('dense', model.nodes.length >= DENSE_NODE_COUNT)
      }
      current = model
      nodeLookup.clear()
      for (const n of model.nodes) nodeLookup.set(n.id, n.position)
      backdrops.update(model, positionOf)
      links.update(model.nodes)
      messageContext.selected = model.selectedMessage
      messageContext.hovered = model.hoveredMessage
      messageContext.marked = model.markedMessages
      messages.update(model.messages, messageContext)
      drops.update(model.drops)
      nodes.update(model.nodes, model.selectedNode)
      anchor.update(model.clientAnchor)
      legend.update(model.legend)
    },
    destroy() {
      input.destroy()
      messages.destroy()
      svg.remove()
    },
  }
}
