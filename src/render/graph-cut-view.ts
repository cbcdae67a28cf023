/**
 * What a cut in progress looks like: the stroke (dashed, in the cut colour) above
 * everything, the links it crosses lit over the faint mesh, and a faint tint behind each
 * node in the colour of the side it would fall on. Drawn only while cutting; decorative,
 * since the outcome is announced in words by the graph's status line.
 */

import { svgEl } from './graph-dom'
import { r2 } from './graph-geometry'
import type { CutPlan } from './graph-cut'
import type { GraphNode, Point } from './model'

/** The tint reaches a little past the node's body and timer ring. */
const TINT_R = 44

export interface CutLayers {
  /** Under the links: the side tints. */
  readonly tints: SVGGElement
  /** Over the links, under the messages: the crossed links. */
  readonly links: SVGGElement
  /** Over everything: the stroke. */
  readonly stroke: SVGGElement
}

function empty(layer: SVGGElement) {
  while (layer.firstChild !== null) layer.firstChild.remove()
}

export function createCutView(layers: CutLayers) {
  const stroke = svgEl(layers.stroke, 'polyline', { class: 'cg-cut-stroke' })

  return {
    /** The stroke so far, and what it would do to these nodes. */
    draw(path: readonly Point[], plan: CutPlan, nodes: readonly GraphNode[]) {
      stroke.setAttribute('points', path.map((p) => `${r2(p.x)},${r2(p.y)}`).join(' '))
      const at = new Map(nodes.map((n) => [n.id, n.position]))
      empty(layers.links)
      for (const key of plan.crossed) {
        const [a, b] = key.split('|').map((id) => at.get(id))
        if (a === undefined || b === undefined) continue
        svgEl(layers.links, 'line', { class: 'cg-cut-crossed', x1: a.x, y1: a.y, x2: b.x, y2: b.y })
      }
      empty(layers.tints)
      // A tint only means something once the stroke splits the nodes.
      if (!plan.separates) return
      plan.groups.forEach((group, side) => {
        for (const id of group) {
          const p = at.get(id)
          if (p === undefined) continue
          svgEl(layers.tints, 'circle', {
            class: `cg-cut-tint g${side % 4}`,
            cx: p.x,
            cy: p.y,
            r: TINT_R,
          })
        }
      })
    },
    clear() {
      stroke.removeAttribute('points')
      empty(layers.links)
      empty(layers.tints)
    },
  }
}

export type CutView = ReturnType<typeof createCutView>
