/**
 * The cluster graph, drawn with D3 behind plain functions: React creates it once in an
 * effect and feeds it plain data; it never reads the store itself. Roles are told apart
 * by colour and by shape (a ring for a candidate, a crown for a leader), so that the
 * graph reads without colour too.
 */

import { select, type Selection } from 'd3-selection'
import type { Point } from './layout'

export interface GraphNode {
  readonly id: string
  readonly up: boolean
  readonly role: string
  readonly term: number | null
  readonly label: string
  readonly position: Point
}

export interface GraphModel {
  readonly width: number
  readonly height: number
  readonly nodes: readonly GraphNode[]
  readonly selected: string | null
}

export interface GraphRenderer {
  update(model: GraphModel): void
  destroy(): void
}

const RADIUS = 30

function roleLine(n: GraphNode): string {
  if (!n.up) return 'crashed'
  return n.term === null ? n.role : `${n.role} · term ${n.term}`
}

export function createGraphRenderer(options: {
  el: HTMLElement
  onSelect: (id: string) => void
}): GraphRenderer {
  const svg = select(options.el)
    .append('svg')
    .attr('class', 'graph')
    .attr('role', 'group')
    .attr('aria-label', 'Cluster')
  const nodeLayer = svg.append('g').attr('class', 'nodes')

  function enter(g: Selection<SVGGElement, GraphNode, SVGGElement, unknown>) {
    g.attr('tabindex', 0)
      .attr('role', 'button')
      .on('click', (_, d) => options.onSelect(d.id))
      .on('keydown', (event: KeyboardEvent, d) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          options.onSelect(d.id)
        }
      })
    g.append('circle')
      .attr('class', 'halo')
      .attr('r', RADIUS + 7)
    g.append('circle').attr('class', 'body').attr('r', RADIUS)
    g.append('path')
      .attr('class', 'crown')
      .attr('d', 'M-12,-40 L-12,-48 L-6,-43 L0,-51 L6,-43 L12,-48 L12,-40 Z')
    g.append('text').attr('class', 'node-id').attr('dy', '0.35em')
    g.append('text')
      .attr('class', 'node-role')
      .attr('dy', RADIUS + 18)
  }

  return {
    update(model) {
      svg.attr('viewBox', `0 0 ${model.width} ${model.height}`)
      nodeLayer
        .selectAll<SVGGElement, GraphNode>('g.node')
        .data(model.nodes, (d) => d.id)
        .join((e) => {
          const g = e.append('g')
          enter(g)
          return g
        })
        .attr(
          'class',
          (d) =>
            `node role-${d.up ? d.role : 'crashed'}${d.id === model.selected ? ' selected' : ''}`,
        )
        .attr('transform', (d) => `translate(${d.position.x},${d.position.y})`)
        .attr('aria-label', (d) => d.label)
        .attr('aria-pressed', (d) => String(d.id === model.selected))
        .call((g) => g.select('text.node-id').text((d) => d.id))
        .call((g) => g.select('text.node-role').text(roleLine))
    },
    destroy() {
      svg.remove()
    },
  }
}
