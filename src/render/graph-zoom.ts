/**
 * Pan and zoom for the graph, by d3-zoom on its SVG: one group holds everything drawn at
 * graph coordinates and takes the transform, so nodes, links, messages and cuts follow it
 * and the renderer keeps drawing in viewBox units. Pinch and two-finger drags zoom and
 * pan on touch screens, a background drag pans, and the wheel zooms only with Ctrl or ⌘
 * held, so scrolling the page over the graph still scrolls the page. Presses on nodes
 * belong to their drag, and presses that start a cut belong to the cut.
 */

import { select } from 'd3-selection'
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom'

const SCALE_EXTENT: [number, number] = [0.5, 4]
/** As for nodes: below this many screen pixels a press is a click, not a pan. */
const CLICK_DISTANCE_PX = 3

/**
 * d3's wheel step times 10 when Ctrl is down is meant for trackpad pinches (tiny deltas);
 * a mouse wheel with Ctrl would jump fourfold a notch. This step suits both.
 */
function wheelDelta(e: WheelEvent): number {
  const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode === 2 ? 1 : 0.002
  return -e.deltaY * unit * 2.5
}

export interface ZoomDeps {
  readonly svg: SVGSVGElement
  /** The group that takes the transform. */
  readonly space: SVGGElement
  /** Whether this press belongs to another gesture (a cut). */
  claimed(e: Event): boolean
}

export function wireZoom({ svg, space, claimed }: ZoomDeps) {
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    // A hand that shakes a pixel while clicking a message still clicks it, not pans.
    .clickDistance(CLICK_DISTANCE_PX)
    .wheelDelta(wheelDelta)
    .filter((e: Event) => {
      if (e instanceof WheelEvent) return e.ctrlKey || e.metaKey
      if (claimed(e)) return false
      if (e instanceof MouseEvent && (e.button !== 0 || e.ctrlKey)) return false
      return !(e.target instanceof Element && e.target.closest('.cg-node') !== null)
    })
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const t = e.transform
      space.setAttribute('transform', t.k === 1 && t.x === 0 && t.y === 0 ? '' : t.toString())
      svg.classList.toggle('zoomed', t.k !== 1 || t.x !== 0 || t.y !== 0)
    })
  const root = select(svg)
  root.call(behaviour)
  // A double click or tap on the background would zoom in: too easy to do by accident
  // next to nodes and messages that take clicks.
  root.on('dblclick.zoom', null)

  /** Brings a node that keyboard focus reached back into view when it is outside it. */
  const onFocusIn = (e: FocusEvent) => {
    const node = e.target instanceof Element ? e.target.closest<SVGGElement>('.cg-node') : null
    if (node === null) return
    const box = node.getBoundingClientRect()
    const frame = svg.getBoundingClientRect()
    const inside =
      box.left >= frame.left &&
      box.right <= frame.right &&
      box.top >= frame.top &&
      box.bottom <= frame.bottom
    if (inside) return
    const at = node.transform.baseVal.consolidate()?.matrix
    if (at !== undefined && at !== null) behaviour.translateTo(root, at.e, at.f)
  }
  svg.addEventListener('focusin', onFocusIn)

  return {
    /** Back to the whole graph. */
    fit() {
      root.call(behaviour.transform, zoomIdentity)
    },
    /** Runs `f` with the view reset (a picture of the whole graph), then puts it back. */
    unzoomed<T>(f: () => T): T {
      const transform = space.getAttribute('transform')
      space.removeAttribute('transform')
      try {
        return f()
      } finally {
        if (transform !== null && transform !== '') space.setAttribute('transform', transform)
      }
    },
    destroy() {
      svg.removeEventListener('focusin', onFocusIn)
      root.on('.zoom', null)
    },
  }
}
