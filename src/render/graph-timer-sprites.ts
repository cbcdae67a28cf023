/**
 * Timer rings on the messages' canvas: the track, with the part still to run over it,
 * clockwise from the top. While the run plays every node's ring is there in every frame,
 * and stroked rings were the dearest thing on that software canvas (1 ms of a 25-node
 * frame's 1.4 ms commit, in thread time): each ring is stamped from a sprite (sprites.ts),
 * one per step of what is left.
 */

import { createSpriteCache } from './sprites'
import type { Context2D } from './canvas-surface'

/** Steps from nothing left to all of it: 3° each, under 2 px on the ring at full size. */
export const ARC_STEPS = 120
/** Past this many device pixels a side (zoomed far in), rings are stroked, not stamped. */
const MAX_SIDE_PX = 160

export interface Ring {
  readonly radius: number
  readonly width: number
}

export interface RingColours {
  readonly timer: string
  readonly timerTrack: string
}

/** The step of an arc `left` (0..1) of the way round: 0 is the track alone. */
export function arcStep(left: number): number {
  if (!(left > 0)) return 0
  return Math.max(1, Math.min(ARC_STEPS, Math.round(left * ARC_STEPS)))
}

/** One ring centred on the origin: the track, then the part `left` (0..1) still to run. */
function strokeRing(ctx: Context2D, ring: Ring, left: number, colours: RingColours) {
  ctx.lineWidth = ring.width
  ctx.strokeStyle = colours.timerTrack
  ctx.beginPath()
  ctx.arc(0, 0, ring.radius, 0, Math.PI * 2)
  ctx.stroke()
  if (!(left > 0)) return
  const start = -Math.PI / 2
  ctx.strokeStyle = colours.timer
  ctx.lineCap = 'round'
  ctx.beginPath()
  ctx.moveTo(0, -ring.radius)
  ctx.arc(0, 0, ring.radius, start, start + Math.min(1, left) * Math.PI * 2)
  ctx.stroke()
  ctx.lineCap = 'butt'
}

export function createTimerSprites(ring: Ring) {
  const cache = createSpriteCache()
  return {
    /** Draws the rings on `g`, whose transform maps graph units to device pixels by `scale`. */
    draw(
      g: CanvasRenderingContext2D,
      timers: readonly { readonly x: number; readonly y: number; readonly left: number }[],
      scale: number,
      colours: RingColours,
    ): void {
      const side = Math.ceil((ring.radius + ring.width) * 2 * scale) + 2
      const size = side / scale
      for (const t of timers) {
        if (side > MAX_SIDE_PX) {
          g.save()
          g.translate(t.x, t.y)
          strokeRing(g, ring, t.left, colours)
          g.restore()
          continue
        }
        const step = arcStep(t.left)
        const sprite = cache.get(String(step), side, scale, [scale, colours], (ctx) =>
          strokeRing(ctx, ring, step / ARC_STEPS, colours),
        )
        // On whole device pixels, so the copy stays as sharp as it was drawn.
        const x = Math.round(t.x * scale - side / 2) / scale
        const y = Math.round(t.y * scale - side / 2) / scale
        g.drawImage(sprite, x, y, size, size)
      }
    },
  }
}
