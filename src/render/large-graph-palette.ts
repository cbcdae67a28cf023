/**
 * The large graph's colours, from the same CSS variables as the small graph (graph.css).
 * A canvas can't read `var()` or `light-dark()`, so each is resolved through a probe
 * element, again whenever the theme changes.
 */

import { resolveCssColoursWithShapes, type ShapeColours } from './css-colours'
import type { RoleLook } from '../sim/protocol'

const NAMES = {
  surface: '--cg-surface',
  panel: '--cg-panel',
  ink: '--cg-ink',
  muted: '--cg-muted',
  line: '--cg-line',
  link: '--cg-link',
  accent: '--cg-accent',
  plain: '--cg-plain',
  plainEdge: '--cg-plain-edge',
  lead: '--cg-lead',
  leadEdge: '--cg-lead-edge',
  seek: '--cg-seek',
  seekEdge: '--cg-seek-edge',
  idleEdge: '--cg-idle-edge',
  service: '--cg-service',
  serviceEdge: '--cg-service-edge',
  crashed: '--cg-crashed',
  crashedEdge: '--cg-crashed-edge',
  glyphEdge: '--cg-glyph-edge',
  timer: '--cg-timer',
  timerTrack: '--cg-timer-track',
  suspect: '--cg-yellow',
  dead: '--cg-vermillion',
  group0: '--cg-blue',
  group1: '--cg-purple',
  group2: '--cg-green',
  group3: '--cg-orange',
} as const

export type LargePalette = Record<keyof typeof NAMES, string> & ShapeColours

/** Fill and edge of a node body by its role's look, as the small graph draws them. */
export function lookColours(p: LargePalette, look: RoleLook): { fill: string; edge: string } {
  switch (look) {
    case 'lead':
      return { fill: p.lead, edge: p.leadEdge }
    case 'seek':
      return { fill: p.seek, edge: p.seekEdge }
    case 'idle':
      return { fill: p.plain, edge: p.idleEdge }
    case 'service':
      return { fill: p.service, edge: p.serviceEdge }
    default:
      return { fill: p.plain, edge: p.plainEdge }
  }
}

export function resolveLargePalette(el: HTMLElement): LargePalette {
  return resolveCssColoursWithShapes(el, NAMES)
}
