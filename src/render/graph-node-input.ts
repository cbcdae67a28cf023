/**
 * What the user does to nodes: click (or tap) to select, the "⋯" handle, right click,
 * long-press or the menu keys to open the node menu, drag to move. Listeners sit on the
 * layer, not on each node, so nodes cost no closures; only d3-drag is attached per node,
 * once.
 */

import { drag, type D3DragEvent } from 'd3-drag'
import { select } from 'd3-selection'
import { toSvgPoint } from './graph-dom'
import { wireLongPress } from './graph-long-press'
import { HANDLE_AT } from './graph-nodes'
import type { GraphCallbacks, Point } from './model'

/** Below this many screen pixels a press is a click, not a drag. */
const CLICK_DISTANCE_PX = 3

export interface NodeInputDeps {
  /** The (zoomed) group nodes are drawn in: pointers are read in its coordinates. */
  readonly space: SVGGElement
  readonly layer: SVGGElement
  readonly callbacks: GraphCallbacks
  /** The node's centre as last drawn, in viewBox coordinates. */
  position(id: string): Point | undefined
  /** The viewBox size, to keep dragged nodes on the canvas. */
  size(): { readonly width: number; readonly height: number }
}

type DragEvent = D3DragEvent<SVGGElement, unknown, Point | null>

function nodeOf(target: EventTarget | null): SVGGElement | null {
  return target instanceof Element ? target.closest<SVGGElement>('.cg-node') : null
}

function isMenuKey(e: KeyboardEvent): boolean {
  if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) return true
  return (e.key === 'm' || e.key === 'M') && !e.ctrlKey && !e.metaKey && !e.altKey
}

export function wireNodeInput(deps: NodeInputDeps) {
  const { space, layer, callbacks } = deps
  const handlePoint = (id: string): Point => {
    const p = deps.position(id) ?? { x: 0, y: 0 }
    return { x: p.x + HANDLE_AT.x, y: p.y + HANDLE_AT.y }
  }

  const press = wireLongPress({
    layer,
    onHold: (id, x, y) => callbacks.onNodeMenu(id, toSvgPoint(space, x, y)),
  })

  const onClick = (e: MouseEvent) => {
    const id = nodeOf(e.target)?.dataset.id
    if (id === undefined || press.holds(id)) return
    const onHandle = e.target instanceof Element && e.target.closest('.cg-handle') !== null
    if (onHandle) callbacks.onNodeMenu(id, handlePoint(id))
    else callbacks.onSelectNode(id)
  }
  const onContextMenu = (e: MouseEvent) => {
    const id = nodeOf(e.target)?.dataset.id
    if (id === undefined) return
    e.preventDefault()
    if (press.holds(id)) return
    callbacks.onNodeMenu(id, toSvgPoint(space, e.clientX, e.clientY))
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const id = nodeOf(e.target)?.dataset.id
    if (id === undefined) return
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      callbacks.onSelectNode(id)
    } else if (isMenuKey(e)) {
      e.preventDefault()
      callbacks.onNodeMenu(id, handlePoint(id))
    }
  }
  layer.addEventListener('click', onClick)
  layer.addEventListener('contextmenu', onContextMenu)
  layer.addEventListener('keydown', onKeyDown)

  let moving = false
  // The zoomed group is the container, so d3 maps client coordinates through its
  // getScreenCTM().inverse() and event.x/y are graph coordinates at any zoom; starting
  // from the node's centre keeps the grab offset, so the node does not jump under the
  // pointer.
  const behaviour = drag<SVGGElement, unknown, Point | null>()
    .container(space)
    .clickDistance(CLICK_DISTANCE_PX)
    .subject(function () {
      const id = this.dataset.id
      const p = id === undefined ? undefined : deps.position(id)
      // No subject, no gesture: a node that is not drawn cannot be dragged.
      return p === undefined ? null : { x: p.x, y: p.y }
    })
    .on('start', () => {
      moving = false
    })
    .on('drag', function (event: DragEvent) {
      const id = this.dataset.id
      // A held press opened the menu; the finger moving after it moves nothing.
      if (id === undefined || event.subject === null || press.holds(id)) return
      if (!moving) {
        const scale = space.getScreenCTM()?.a ?? 1
        const moved = Math.hypot(event.x - event.subject.x, event.y - event.subject.y) * scale
        if (moved < CLICK_DISTANCE_PX) return
        moving = true
        press.cancel()
        this.classList.add('dragging')
      }
      const { width, height } = deps.size()
      const x = Math.round(Math.min(width, Math.max(0, event.x)) * 10) / 10
      const y = Math.round(Math.min(height, Math.max(0, event.y)) * 10) / 10
      callbacks.onDragNode(id, { x, y })
    })
    .on('end', function () {
      this.classList.remove('dragging')
    })

  return {
    decorate(g: SVGGElement) {
      select(g).call(behaviour)
    },
    destroy() {
      press.destroy()
      layer.removeEventListener('click', onClick)
      layer.removeEventListener('contextmenu', onContextMenu)
      layer.removeEventListener('keydown', onKeyDown)
    },
  }
}
