/**
 * Draws a ring layout into an SVG with d3-selection: arcs, token ticks, sample dots and
 * stored keys, each joined by id so a key keeps its element from one cursor to the next.
 * When a key's owner changes between two draws (the cursor passed a join or leave, either
 * way), its dot takes the new colour gradually (CSS), pulses, and its walk to the new
 * owner's token is drawn once and fades. With prefers-reduced-motion none of that moves:
 * the colour changes at once and the ring marks the moved keys still.
 */

import { select, type Selection } from 'd3-selection'
import { nodeColour } from '../../../render/charts/legend'
import { RING_SIZE_PX, type DotMark, type RingLayout } from './ring-layout'

export interface RingRenderer {
  update(layout: RingLayout): void
  destroy(): void
}

type Group = Selection<SVGGElement, unknown, null, undefined>

const PULSE_MS = 1000
const WALK_MS = 1800

function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

export function createRingRenderer(el: Element): RingRenderer {
  const half = RING_SIZE_PX / 2
  const svg = select(el)
    .append('svg')
    .attr('class', 'ring-svg')
    .attr('viewBox', `${-half} ${-half} ${RING_SIZE_PX} ${RING_SIZE_PX}`)
    .attr('aria-hidden', 'true')
  const arcs = svg.append('g').attr('class', 'ring-arcs')
  const tokens = svg.append('g').attr('class', 'ring-tokens')
  const samples = svg.append('g').attr('class', 'ring-samples')
  const walks = svg.append('g').attr('class', 'ring-walks')
  const keys = svg.append('g').attr('class', 'ring-keys')
  // The colour each dot was last drawn in, to see which ones changed owner.
  const drawn = new Map<string, number>()
  // What depends only on the membership comes in the same arrays until it changes.
  let lastArcs: RingLayout['arcs'] | null = null
  let lastSamples: RingLayout['samples'] | null = null

  return {
    update(layout) {
      if (layout.arcs !== lastArcs) {
        drawBand(arcs, tokens, layout)
        lastArcs = layout.arcs
      }
      const changed = drawDots(keys, layout.keys, 'ring-key', 4.5)
      if (layout.samples !== lastSamples) {
        changed.push(...drawDots(samples, layout.samples, 'ring-sample', 2.2))
        lastSamples = layout.samples
      }
      const moved = changed.filter(([dot]) => (drawn.get(dot.id) ?? dot.colour) !== dot.colour)
      for (const [dot] of changed) drawn.set(dot.id, dot.colour)
      if (!reducedMotion()) for (const [dot, element] of moved) animate(walks, dot, element)
    },
    destroy() {
      svg.remove()
    },
  }
}

function drawBand(arcs: Group, tokens: Group, layout: RingLayout): void {
  arcs
    .selectAll<SVGPathElement, RingLayout['arcs'][number]>('path')
    .data(layout.arcs, (a) => a.id)
    .join('path')
    .attr('d', (a) => a.d)
    .style('--node', (a) => nodeColour(a.colour))
  tokens
    .selectAll<SVGLineElement, RingLayout['tokens'][number]>('line')
    .data(layout.tokens, (t) => t.id)
    .join('line')
    .attr('x1', (t) => t.x1)
    .attr('y1', (t) => t.y1)
    .attr('x2', (t) => t.x2)
    .attr('y2', (t) => t.y2)
}

/** Joins dots by id; returns each with its element, so changed ones can be animated. */
function drawDots(
  group: Group,
  dots: readonly DotMark[],
  className: string,
  radius: number,
): [DotMark, SVGCircleElement][] {
  const joined = group
    .selectAll<SVGCircleElement, DotMark>('circle')
    .data(dots, (d) => d.id)
    .join((enter) => enter.append('circle').attr('r', radius))
    .attr('class', (d) =>
      [className, d.moved ? 'ring-moved' : '', d.handoff ? 'ring-handoff' : '']
        .filter(Boolean)
        .join(' '),
    )
    .attr('cx', (d) => d.x)
    .attr('cy', (d) => d.y)
    .style('--node', (d) => nodeColour(d.colour))
  joined
    .selectAll('title')
    .data((d) => (d.title === null ? [] : [d.title]))
    .join('title')
    .text((title) => title)
  const pairs: [DotMark, SVGCircleElement][] = []
  joined.each(function pair(d) {
    pairs.push([d, this])
  })
  return pairs
}

function animate(walks: Group, dot: DotMark, element: SVGCircleElement): void {
  element.animate?.(
    [{ transform: 'scale(1)' }, { transform: 'scale(2.4)' }, { transform: 'scale(1)' }],
    { duration: PULSE_MS, easing: 'ease-in-out' },
  )
  const walk = walks
    .append('path')
    .attr('class', 'ring-walk')
    .attr('d', dot.walk)
    .attr('pathLength', 1)
    .style('--node', () => nodeColour(dot.colour))
    .node()!
  const run = walk.animate?.(
    [
      { strokeDashoffset: 1, opacity: 1 },
      { strokeDashoffset: 0, opacity: 1, offset: 0.5 },
      { strokeDashoffset: 0, opacity: 0 },
    ],
    { duration: WALK_MS, easing: 'ease-out', fill: 'forwards' },
  )
  if (run === undefined) walk.remove()
  else void run.finished.then(() => walk.remove()).catch(() => walk.remove())
}
