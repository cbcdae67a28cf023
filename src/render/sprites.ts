/**
 * Small bitmaps drawn once and stamped many times on a software-rendered canvas: filling
 * or stroking anti-aliased circles as paths is the dearest thing such a canvas does, and
 * copying a bitmap is a blit. The large graph's node looks and the graph's timer rings
 * both keep theirs here.
 */

import { newSurface, type Context2D, type Surface } from './canvas-surface'

/**
 * Sprites by name. Each is `side` device pixels square, drawn by `draw` with the origin at
 * its middle and graph units scaled by `scale`. `basis` lists what every sprite depends on
 * (radius, scale, colours): when any of it differs from the last call, the cache starts over.
 */
export function createSpriteCache() {
  const sprites = new Map<string, Surface>()
  let made: readonly unknown[] = []
  return {
    get(
      key: string,
      side: number,
      scale: number,
      basis: readonly unknown[],
      draw: (ctx: Context2D) => void,
    ): Surface {
      if (basis.length !== made.length || basis.some((b, i) => b !== made[i])) {
        sprites.clear()
        made = basis
      }
      let sprite = sprites.get(key)
      if (sprite === undefined) {
        sprite = newSurface(side)
        const ctx = sprite.getContext('2d') as Context2D
        ctx.setTransform(scale, 0, 0, scale, side / 2, side / 2)
        draw(ctx)
        sprites.set(key, sprite)
      }
      return sprite
    },
  }
}
