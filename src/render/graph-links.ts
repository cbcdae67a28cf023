/**
 * The full mesh of links between nodes, faint, and drawn as cut (dashed, red) between
 * nodes in different partition groups. Pairs are rebuilt only when the set of nodes
 * changes; every frame just compares endpoints.
 */

import { svgEl } from './graph-dom'
import type { GraphNode } from './model'

interface LinkView {
  readonly line: SVGLineElement
  readonly a: number
  readonly b: number
  x1: number
  y1: number
  x2: number
  y2: number
  cut: boolean | null
}

/** Nodes in different groups cannot talk; a node outside every group is cut from none. */
export function isCut(a: GraphNode, b: GraphNode): boolean {
  return a.group !== null && b.group !== null && a.group !== b.group
}

function sameIds(nodes: readonly GraphNode[], ids: readonly string[]): boolean {
  if (nodes.length !== ids.length) return false
  for (let i = 0; i < ids.length; i++) if (nodes[i]!.id !== ids[i]) return false
  return true
}

export function createLinkLayer(layer: SVGGElement) {
  let ids: string[] = []
  let links: LinkView[] = []

  function rebuild(nodes: readonly GraphNode[]) {
    for (const l of links) l.line.remove()
    ids = nodes.map((n) => n.id)
    links = []
    for (let a = 0; a < nodes.length; a++) {
      for (let b = a + 1; b < nodes.length; b++) {
        const line = svgEl(layer, 'line', { class: 'cg-link' })
        links.push({ line, a, b, x1: NaN, y1: NaN, x2: NaN, y2: NaN, cut: null })
      }
    }
  }

  function updateLink(l: LinkView, a: GraphNode, b: GraphNode) {
    const { x: x1, y: y1 } = a.position
    const { x: x2, y: y2 } = b.position
    if (x1 !== l.x1 || y1 !== l.y1 || x2 !== l.x2 || y2 !== l.y2) {
      l.x1 = x1
      l.y1 = y1
      l.x2 = x2
      l.y2 = y2
      l.line.setAttribute('x1', String(x1))
      l.line.setAttribute('y1', String(y1))
      l.line.setAttribute('x2', String(x2))
      l.line.setAttribute('y2', String(y2))
    }
    const cut = isCut(a, b)
    if (cut !== l.cut) {
      l.cut = cut
      l.line.setAttribute('class', cut ? 'cg-link cut' : 'cg-link')
    }
  }

  return {
    update(nodes: readonly GraphNode[]) {
      if (!sameIds(nodes, ids)) rebuild(nodes)
      for (const l of links) updateLink(l, nodes[l.a]!, nodes[l.b]!)
    },
  }
}
