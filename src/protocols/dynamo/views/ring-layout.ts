/**
 * Where the ring's marks go, as plain numbers and path strings (the renderer only applies
 * them), around a centre at (0, 0). The ring runs clockwise from the top: point 0 at twelve o'clock, 2^32 all the way
 * round. Arcs form the band, coloured by owner; tokens are ticks outside it; stored keys
 * are dots just inside it and the sample keys faint dots further in. Each dot also carries
 * its walk: out to the band and clockwise along it to the token that owns the key, which
 * is the rule the ring places keys by, drawn when the key changes owner.
 */

import { arc } from 'd3-shape'
import { RING_POINTS, successorIndex, type Ring } from '../ring'
import type { KeyDot, RingPicture, SampleDot } from './ring-model'

/** The ring's box is this wide and high, its centre at (0, 0). */
export const RING_SIZE_PX = 320
const BAND_OUTER = 132
const BAND_INNER = 116
const TOKEN_OUTER = 141
export const KEY_RADIUS = 104
export const SAMPLE_RADIUS = 90

export interface ArcMark {
  readonly id: string
  readonly d: string
  readonly colour: number
}

export interface TokenMark {
  readonly id: string
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
  readonly colour: number
}

export interface DotMark {
  readonly id: string
  readonly x: number
  readonly y: number
  readonly colour: number
  /** Its owner changed in the latest join or leave. */
  readonly moved: boolean
  /** Being handed over to another node right now. */
  readonly handoff: boolean
  /** From the key clockwise to its owner's token. */
  readonly walk: string
  /** What a pointer resting on it shows (stored keys only). */
  readonly title: string | null
}

export interface RingLayout {
  readonly arcs: readonly ArcMark[]
  readonly tokens: readonly TokenMark[]
  readonly keys: readonly DotMark[]
  readonly samples: readonly DotMark[]
}

/** A ring point's angle in radians, clockwise from the top. */
export function angleOf(point: number): number {
  return (point / RING_POINTS) * 2 * Math.PI
}

function at(angle: number, radius: number): readonly [number, number] {
  return [round2(Math.sin(angle) * radius), round2(-Math.cos(angle) * radius)]
}

function round2(v: number): number {
  return Math.round(v * 100) / 100
}

const band = arc<{ startAngle: number; endAngle: number }>()
  .innerRadius(BAND_INNER)
  .outerRadius(BAND_OUTER)

/** The band's piece from just after `from` to `to`, clockwise (the whole ring for one token). */
function arcPath(from: number, to: number): string {
  const start = angleOf(from)
  let end = angleOf(to)
  if (end <= start) end += 2 * Math.PI
  return band({ startAngle: start, endAngle: end })!
}

/** How far inside the band a walk runs along the ring. */
const WALK_RADIUS = BAND_INNER - 4

/**
 * A key's walk: from its dot out to the band, clockwise along the band's inner edge to the
 * token that owns it, and onto the band there.
 */
function walkPath(fromAngle: number, toAngle: number, radius: number): string {
  let sweep = toAngle - fromAngle
  if (sweep < 0) sweep += 2 * Math.PI
  const [x0, y0] = at(fromAngle, radius)
  const [x1, y1] = at(fromAngle, WALK_RADIUS)
  const [x2, y2] = at(fromAngle + sweep, WALK_RADIUS)
  const [x3, y3] = at(fromAngle + sweep, BAND_INNER + 2)
  const large = sweep > Math.PI ? 1 : 0
  return `M${x0},${y0}L${x1},${y1}A${WALK_RADIUS},${WALK_RADIUS} 0 ${large} 1 ${x2},${y2}L${x3},${y3}`
}

function dotOf(
  ring: Ring,
  dot: KeyDot | SampleDot,
  radius: number,
  colourOf: (node: string) => number,
  handoff: boolean,
  title: string | null,
): DotMark {
  const angle = angleOf(dot.point)
  const [x, y] = at(angle, radius)
  const token = ring.tokens[successorIndex(ring, dot.point)]!
  return {
    id: dot.key,
    x,
    y,
    colour: colourOf(dot.owner),
    moved: dot.movedFrom !== null,
    handoff,
    walk: walkPath(angle, angleOf(token.point), radius),
    title,
  }
}

/** Arcs and ticks by the picture's arcs, samples by its sample dots: made once per membership. */
const fixedLookup = new WeakMap<object, Pick<RingLayout, 'arcs' | 'tokens' | 'samples'>>()

export function layoutRing(picture: RingPicture, describeKey: (key: KeyDot) => string): RingLayout {
  const ring: Ring = { tokens: picture.tokens, nodes: picture.members }
  const colourOf = (node: string) => picture.colourLookup.get(node) ?? 0
  let fixed = fixedLookup.get(picture.samples)
  if (fixed === undefined || fixedLookup.get(picture.arcs) !== fixed) {
    fixed = {
      arcs: picture.arcs.map((a) => ({
        id: `${a.node}@${a.to}`,
        d: arcPath(a.from, a.to),
        colour: colourOf(a.node),
      })),
      tokens: picture.tokens.map((t) => {
        const [x1, y1] = at(angleOf(t.point), BAND_OUTER)
        const [x2, y2] = at(angleOf(t.point), TOKEN_OUTER)
        return { id: `${t.node}#${t.vnode}`, x1, y1, x2, y2, colour: colourOf(t.node) }
      }),
      samples: picture.samples.map((s) => dotOf(ring, s, SAMPLE_RADIUS, colourOf, false, null)),
    }
    fixedLookup.set(picture.samples, fixed)
    fixedLookup.set(picture.arcs, fixed)
  }
  return {
    ...fixed,
    keys: picture.keys.map((k) =>
      dotOf(ring, k, KEY_RADIUS, colourOf, k.moving.length > 0, describeKey(k)),
    ),
  }
}
