/**
 * How each message shape looks. Every shape differs in colour (Okabe–Ito, and two more
 * chosen to stay apart from them under the common colour-vision deficiencies) and in
 * outline, and a reply is the hollow form of its request, so the graph reads in greyscale
 * too. A protocol picks a shape for each of its message kinds (its presentation's
 * `glyphs`); the classes name shapes, not messages, so every protocol shares them. Glyphs
 * point along +x; the renderer rotates them.
 */

import { circlePath } from './graph-geometry'
import { messageGlyphs } from '../protocols/presentations'
import type { GlyphShape } from '../protocols/presentation'

export interface Glyph {
  /** CSS class that picks the colour: `k-<shape>`. */
  readonly cls: string
  /** Outline of the glyph, centred on the origin. */
  readonly d: string
  /** Hollow glyphs are stroked in their colour over the background; solid ones are filled. */
  readonly hollow: boolean
  /** Optional inner mark (the flap of an envelope), drawn in the background colour. */
  readonly detail: string
}

const diamond = (w: number, h: number) => `M${w},0L0,${h}L${-w},0L0,${-h}Z`
const rect = (w: number, h: number) => `M${-w},${-h}H${w}V${h}H${-w}Z`
const triangle = (w: number, h: number) => `M${w},0L${-w},${h}L${-w},${-h}Z`
/** A hexagon with a corner on +x, of circumradius r (its sides' half-height, rounded). */
const hexagon = (r: number) => {
  const h = Math.round(r * Math.sqrt(3) * 50) / 100
  return `M${r},0L${r / 2},${h}L${-r / 2},${h}L${-r},0L${-r / 2},${-h}L${r / 2},${-h}Z`
}
const ORIGIN = { x: 0, y: 0 }

const glyph = (shape: string, d: string, hollow: boolean, detail = ''): Glyph => ({
  cls: `k-${shape}`,
  d,
  hollow,
  detail,
})

/** Every shape a protocol may give its messages (protocols/presentation.ts). */
export const SHAPES = {
  diamond: glyph('diamond', diamond(8, 5.5), false),
  'diamond-reply': glyph('diamond-reply', diamond(6.5, 4.5), true),
  envelope: glyph('envelope', rect(7, 5), false, 'M-5.5,-3.5L0,0.5L5.5,-3.5'),
  'envelope-reply': glyph('envelope-reply', rect(5, 3.5), true),
  dot: glyph('dot', circlePath(ORIGIN, 4), false),
  hexagon: glyph('hexagon', hexagon(6.5), false),
  'hexagon-reply': glyph('hexagon-reply', hexagon(5.5), true),
  triangle: glyph('triangle', triangle(6, 5.5), false),
  'triangle-reply': glyph('triangle-reply', triangle(5.5, 5), true),
} as const satisfies Readonly<Record<GlyphShape, Glyph>>

/** A kind no protocol gives a shape: a small neutral dot. */
export const UNKNOWN_GLYPH: Glyph = glyph('other', circlePath(ORIGIN, 3.5), false)

/** The glyph of a message kind (`Protocol.messageKind`), by the shape its protocol gave it. */
export function glyphFor(kind: string): Glyph {
  return Object.hasOwn(messageGlyphs, kind) ? SHAPES[messageGlyphs[kind]!] : UNKNOWN_GLYPH
}

/** The cross drawn where a message died. */
export const DROP_PATH = 'M-5,-5L5,5M5,-5L-5,5'

/** How many colours the log cycles through by term (see graph.css, `.t0` … `.t5`). */
export const TERM_COLOURS = 6

/**
 * Which colour a log entry of `term` takes: consecutive terms step through the palette,
 * so entries of adjacent terms never share a colour.
 */
export function termColourIndex(term: number): number {
  const t = Math.trunc(term)
  return ((t % TERM_COLOURS) + TERM_COLOURS) % TERM_COLOURS
}
