/**
 * How one node of the large graph looks, drawn once per look into a small bitmap (a
 * sprite) and stamped at every node that looks the same. Filling a thousand anti-aliased
 * circles as paths costs a software-rendered canvas about 20 ms; stamping a thousand
 * bitmaps costs about one. A look is the node's role look or its pie of opinions (shares
 * rounded to 1/48 of a turn, finer than the eye tells), and whether it is up.
 */

import { lookColours, type LargePalette } from './large-graph-palette'
import { createSpriteCache } from './sprites'
import type { Context2D, Surface } from './canvas-surface'
import type { Opinions } from '../protocols/presentation'
import type { RoleLook } from '../sim/protocol'

const TURN = Math.PI * 2
const TOP = -Math.PI / 2
/** Steps of a turn that pie shares are rounded to. */
export const PIE_STEPS = 48

/** Shares of a pie: dead, suspect, alive, and those that have not heard of the node yet. */
export interface Shares {
  readonly dead: number
  readonly suspect: number
  readonly alive: number
  readonly unknown: number
}

/**
 * A share of the members this small still shows as a sliver: the first member to suspect
 * a node is news, though it is one in a thousand.
 */
export const MIN_SHARE = 0.07

/**
 * What the other live members think of slot i, as shares of them that add up to 1, or
 * null when nobody is there to think. A share that is not zero takes at least MIN_SHARE.
 */
export function sharesOf(opinions: Opinions, i: number, up: boolean): Shares | null {
  const c = opinions.counts
  const alive = c[3 * i]!
  const suspect = c[3 * i + 1]!
  const dead = c[3 * i + 2]!
  const others = Math.max(alive + suspect + dead, opinions.observers - (up ? 1 : 0))
  if (others <= 0) return null
  const grow = (n: number) => (n > 0 ? Math.max(MIN_SHARE, n / others) : 0)
  const d = grow(dead)
  const s = Math.min(1 - d, grow(suspect))
  const unknown = Math.min(1 - d - s, (others - alive - suspect - dead) / others)
  return { dead: d, suspect: s, alive: Math.max(0, 1 - d - s - unknown), unknown }
}

/** A node's look: a pie (shares in PIE_STEPS) or a role look; and up or crashed. */
export type NodeLook =
  | {
      readonly kind: 'pie'
      readonly up: boolean
      readonly dead: number
      readonly suspect: number
      readonly unknown: number
    }
  | { readonly kind: 'role'; readonly up: boolean; readonly look: RoleLook }

const step = (share: number) => Math.round(share * PIE_STEPS)

/** A node's look in PIE_STEPS, from its shares (or its role when there are none). */
export function lookOf(shares: Shares | null, up: boolean, look: RoleLook): NodeLook {
  if (shares === null) return { kind: 'role', up, look }
  return {
    kind: 'pie',
    up,
    dead: step(shares.dead),
    suspect: step(shares.suspect),
    unknown: step(shares.unknown),
  }
}

export function lookKey(l: NodeLook): string {
  return l.kind === 'pie'
    ? `p${l.up ? 1 : 0}:${l.dead}:${l.suspect}:${l.unknown}`
    : `r${l.up ? 1 : 0}:${l.look}`
}

/** Draws one node of radius r centred on the origin of ctx's current transform. */
export function drawNodeLook(ctx: Context2D, l: NodeLook, r: number, p: LargePalette): void {
  const disc = () => {
    ctx.beginPath()
    ctx.arc(0, 0, r, 0, TURN)
  }
  if (l.kind === 'role') {
    const { fill, edge } = l.up ? lookColours(p, l.look) : { fill: p.crashed, edge: '' }
    disc()
    ctx.fillStyle = fill
    ctx.fill()
    if (l.up) {
      ctx.strokeStyle = edge
      ctx.lineWidth = r >= 6 ? 1.25 : 1
      ctx.stroke()
    }
  } else {
    // Clockwise from 12 o'clock: dead, suspect, alive, then not heard of yet.
    const alive = PIE_STEPS - l.dead - l.suspect - l.unknown
    let at = 0
    for (const [steps, colour] of [
      [l.dead, p.dead],
      [l.suspect, p.suspect],
      [alive, p.plain],
      [l.unknown, p.surface],
    ] as const) {
      if (steps <= 0) continue
      ctx.beginPath()
      if (steps >= PIE_STEPS) ctx.arc(0, 0, r, 0, TURN)
      else {
        ctx.moveTo(0, 0)
        ctx.arc(0, 0, r, TOP + (at / PIE_STEPS) * TURN, TOP + ((at + steps) / PIE_STEPS) * TURN)
        ctx.closePath()
      }
      ctx.fillStyle = colour
      ctx.fill()
      at += steps
    }
    if (l.up) {
      disc()
      ctx.strokeStyle = p.plainEdge
      ctx.lineWidth = r >= 6 ? 1.25 : 1
      ctx.stroke()
    }
  }
  if (!l.up) {
    // Crashed: a dashed rim and a cross over whatever else it shows.
    disc()
    ctx.strokeStyle = p.ink
    ctx.lineWidth = r >= 6 ? 1.25 : 1
    ctx.setLineDash([Math.max(1.5, r / 3), Math.max(1.5, r / 4)])
    ctx.stroke()
    ctx.setLineDash([])
    const s = r * 0.62
    ctx.beginPath()
    ctx.moveTo(-s, -s)
    ctx.lineTo(s, s)
    ctx.moveTo(s, -s)
    ctx.lineTo(-s, s)
    // On a halo of the background, so it reads on any colour of the pie.
    const width = Math.max(1.5, r * 0.3)
    ctx.lineCap = 'round'
    ctx.strokeStyle = p.surface
    ctx.lineWidth = width + 2
    ctx.stroke()
    ctx.strokeStyle = p.ink
    ctx.lineWidth = width
    ctx.stroke()
    ctx.lineCap = 'butt'
  }
}

/**
 * Sprites by look, for one radius, device scale and palette: asked for another, it starts
 * over. `size` is a sprite's side in device px; the node's centre is at its middle.
 */
export function createSprites() {
  const cache = createSpriteCache()
  let size = 0
  return {
    get size() {
      return size
    },
    /** The sprite of look `l`, whose lookKey is `key`. */
    get(l: NodeLook, key: string, r: number, scale: number, palette: LargePalette): Surface {
      // Room for the rim's stroke and anti-aliasing, on whole device pixels.
      size = Math.ceil((r + 2) * 2 * scale)
      return cache.get(key, size, scale, [r, scale, palette], (ctx) =>
        drawNodeLook(ctx, l, r, palette),
      )
    },
  }
}

export type Sprites = ReturnType<typeof createSprites>
