/**
 * The timeline slider's picture: its track, the fill up to the value and the thumb, drawn
 * on a canvas under the transparent native input (components/TimelineSlider.tsx). The
 * value moves in every frame of playback; a canvas handed to an OffscreenCanvas takes a
 * new picture without the page being painted or its layers sorted again, which the
 * browser's own slider (and elements moved by transforms) made it do in every frame.
 */

import { addDrawingCanvas } from './canvas-surface'
import { resolveCssColours, watchTheme } from './css-colours'

/** The thumb's diameter in CSS px: the input's own (invisible) thumb is as wide. */
export const THUMB_PX = 16
const TRACK_PX = 6

export interface SliderPainter {
  /** Draws the value at `fraction` (0 to 1) of the way along. */
  draw(fraction: number): void
  destroy(): void
}

/** How far along a slider of `span` the `value` sits, 0 to 1. */
export function sliderFraction(value: number, span: number): number {
  return span > 0 ? Math.min(1, Math.max(0, value / span)) : 0
}

/** Where the thumb's centre is, in CSS px, on a slider `widthPx` wide. */
export function thumbCentre(fraction: number, widthPx: number): number {
  return THUMB_PX / 2 + fraction * Math.max(0, widthPx - THUMB_PX)
}

/**
 * Draws in a canvas of its own, put in `holder`: a canvas hands its drawing to an
 * OffscreenCanvas only once, so a painter made again (React's strict mode mounts twice)
 * needs a new one.
 */
export function createSliderPainter(holder: HTMLElement): SliderPainter {
  // The input under it is what assistive technology reads.
  const { canvas, surface, ctx } = addDrawingCanvas(holder, 'timeline-slider-canvas')
  let fraction = 0
  let drawn = false
  let size = { width: 0, height: 0 }
  let colours: Record<'fill' | 'track' | 'ring', string> | null = null

  const paint = () => {
    const { width, height } = size
    if (width === 0 || height === 0) return
    drawn = true
    // Read where the slider's variables apply (a canvas's children are not drawn).
    colours ??= resolveCssColours(holder, {
      fill: '--slider-fill',
      track: '--slider-track',
      ring: '--slider-ring',
    })
    const ratio = window.devicePixelRatio || 1
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    ctx.clearRect(0, 0, width, height)
    const y = height / 2
    const left = THUMB_PX / 2
    const right = Math.max(left, width - THUMB_PX / 2)
    const x = thumbCentre(fraction, width)
    ctx.lineCap = 'round'
    ctx.lineWidth = TRACK_PX
    stroke(ctx, colours.track, x, right, y)
    stroke(ctx, colours.fill, left, x, y)
    disc(ctx, colours.fill, x, y, THUMB_PX / 2)
    disc(ctx, colours.ring, x, y, THUMB_PX / 2 - 1)
    disc(ctx, colours.fill, x, y, THUMB_PX / 2 - 3)
  }

  const observer = new ResizeObserver(() => {
    size = { width: canvas.clientWidth, height: canvas.clientHeight }
    const ratio = window.devicePixelRatio || 1
    surface.width = Math.round(size.width * ratio)
    surface.height = Math.round(size.height * ratio)
    paint()
  })
  observer.observe(canvas)
  const unwatch = watchTheme(() => {
    colours = null
    paint()
  })

  return {
    draw(next) {
      // The store changes for many reasons; the picture only when the value moved.
      if (next === fraction && drawn) return
      fraction = next
      paint()
    },
    destroy() {
      observer.disconnect()
      unwatch()
      canvas.remove()
    },
  }
}

/** A line along `y` from `from` to `to`, when it has length. */
function stroke(
  ctx: CanvasRenderingContext2D,
  colour: string,
  from: number,
  to: number,
  y: number,
) {
  if (to <= from) return
  ctx.strokeStyle = colour
  ctx.beginPath()
  ctx.moveTo(from, y)
  ctx.lineTo(to, y)
  ctx.stroke()
}

function disc(ctx: CanvasRenderingContext2D, colour: string, x: number, y: number, r: number) {
  ctx.fillStyle = colour
  ctx.beginPath()
  ctx.arc(x, y, r, 0, 2 * Math.PI)
  ctx.fill()
}
