/**
 * How an arrow or a mark looks, decided once for both ways of drawing it (SVG while few,
 * canvas when many), so crossing from one to the other changes nothing on screen. Glyphs
 * are SVG path data around (0, 0); the canvas draws the same data through Path2D.
 */

import { glyphFor } from '../graph-glyphs'
import type { Palette } from './palette'
import type { ArrowShape } from './geometry'
import type { MarkKind } from '../../timeline/spacetime/types'

/** How an element stands to the picked event: in its causal past, its future, or neither. */
export type Tone = 'normal' | 'past' | 'future' | 'faded'

export interface ArrowStyle {
  readonly color: string
  readonly width: number
  readonly dash: readonly number[]
  readonly opacity: number
}

/** A message's colour is the graph's for its kind, so the two views agree. */
export function kindColor(p: Palette, kind: string): string {
  return p.kinds[glyphFor(kind).cls] ?? p.muted
}

/**
 * The width of most arrows: one px, which software rasterisers (Skia without a GPU) stroke
 * as a hairline, some 30 times faster than 1.2 px, where a canvas full of arrows took most
 * of a frame.
 */
const HAIRLINE = 1

export function arrowStyle(s: ArrowShape, p: Palette, tone: Tone, hovered: boolean): ArrowStyle {
  const a = s.arrow
  const reply = glyphFor(a.kind).hollow
  return {
    color: hovered ? p.ink : tone === 'future' ? p.delayed : kindColor(p, a.kind),
    width: hovered ? 3 : a.delayed ? 2.2 : tone === 'normal' || tone === 'faded' ? HAIRLINE : 1.8,
    dash: s.end === 'flying' ? [4, 3] : a.duplicate ? [1.5, 2.5] : [],
    opacity: hovered ? 1 : tone === 'faded' ? 0.12 : reply && tone === 'normal' ? 0.55 : 0.9,
  }
}

/** The two strokes of an arrowhead at (x2, y2), as path data. */
/** The arrowhead's three points: one barb, the tip, the other barb. */
export function arrowHeadPoints(s: ArrowShape): readonly [number, number][] {
  const angle = Math.atan2(s.y2 - s.y1, s.x2 - s.x1)
  const at = (turn: number): [number, number] => [
    s.x2 - 5 * Math.cos(angle + turn),
    s.y2 - 5 * Math.sin(angle + turn),
  ]
  return [at(-0.45), [s.x2, s.y2], at(0.45)]
}

/** The arrowhead as SVG path data. */
export function arrowHead(s: ArrowShape): string {
  const [a, tip, b] = arrowHeadPoints(s)
  return `M${a![0]},${a![1]}L${tip![0]},${tip![1]}L${b![0]},${b![1]}`
}

export const CROSS = (r: number) => `M${-r},${-r}L${r},${r}M${r},${-r}L${-r},${r}`

const circle = (r: number) => `M${-r},0A${r},${r} 0 1 0 ${r},0A${r},${r} 0 1 0 ${-r},0Z`

export interface MarkGlyph {
  readonly d: string
  readonly color: keyof Palette
  /** Filled, or stroked (a cross, a hollow shape). */
  readonly fill: boolean
}

export const MARK_GLYPHS: Readonly<Record<MarkKind, MarkGlyph>> = {
  crash: { d: CROSS(6), color: 'danger', fill: false },
  restart: { d: 'M-5,5L5,5L0,-6Z', color: 'commit', fill: true },
  leader: { d: 'M-6,4L-6,-4L-3,0L0,-6L3,0L6,-4L6,4Z', color: 'lead', fill: true },
  election: { d: circle(4.5), color: 'seek', fill: false },
  timeout: { d: circle(3), color: 'seek', fill: true },
  commit: { d: 'M-3.5,-3.5H3.5V3.5H-3.5Z', color: 'commit', fill: true },
  invoke: { d: 'M0,-5L6,0L0,5Z', color: 'client', fill: true },
  return: { d: 'M0,-5L-6,0L0,5Z', color: 'client', fill: false },
  violation: { d: 'M0,-8L8,0L0,8L-8,0Z', color: 'danger', fill: true },
  // A plus where a node's lane begins, a bar across it where the lane ends.
  join: { d: 'M-6,0H6M0,-6V6', color: 'commit', fill: false },
  leave: { d: 'M0,-6V6M-6,0H0', color: 'muted', fill: false },
  event: { d: circle(3.5), color: 'ink', fill: true },
}

export const PICKED_RING = circle(9)

export const markOpacity = (tone: Tone) => (tone === 'faded' ? 0.2 : 1)
