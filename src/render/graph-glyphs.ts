/**
 * How each message kind looks. Every kind differs in colour (Okabe–Ito, safe for the common
 * colour-vision deficiencies) and in shape, and a reply is the hollow form of its request,
 * so the graph reads in greyscale too. Glyphs point along +x; the renderer rotates them.
 */

import { circlePath } from './graph-geometry'

export interface Glyph {
  /** CSS class that picks the colour: `k-<name>`. */
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
const ORIGIN = { x: 0, y: 0 }

const glyph = (cls: string, d: string, hollow: boolean, detail = ''): Glyph => ({
  cls,
  d,
  hollow,
  detail,
})

/** The kinds Raft's view names (protocols/raft/messages.ts); others fall back to a dot. */
export const GLYPHS: Readonly<Record<string, Glyph>> = {
  RequestVote: glyph('k-vote', diamond(8, 5.5), false),
  RequestVoteReply: glyph('k-vote-reply', diamond(6.5, 4.5), true),
  AppendEntries: glyph('k-append', rect(7, 5), false, 'M-5.5,-3.5L0,0.5L5.5,-3.5'),
  AppendEntriesReply: glyph('k-append-reply', rect(5, 3.5), true),
  Heartbeat: glyph('k-heartbeat', circlePath(ORIGIN, 4), false),
  ClientRequest: glyph('k-client', triangle(6, 5.5), false),
  ClientReply: glyph('k-client-reply', triangle(5.5, 5), true),
}

export const UNKNOWN_GLYPH: Glyph = glyph('k-other', circlePath(ORIGIN, 3.5), false)

export function glyphFor(kind: string): Glyph {
  return Object.hasOwn(GLYPHS, kind) ? GLYPHS[kind]! : UNKNOWN_GLYPH
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
