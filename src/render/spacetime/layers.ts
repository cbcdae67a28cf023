/**
 * The diagram drawn as settled.ts plans it: two offscreen layers keep what is settled
 * (below: the axis ticks, the lanes and the arrows that arrived; above: the marks), and
 * each frame composes them with what moves, in the order drawDiagram draws everything:
 * bands, the lower layer, messages in flight, the stressed arrows, the marks, the stub
 * labels, the cursor. A frame then strokes only what settled since the one before.
 */

import {
  clipped,
  drawArrows,
  drawBands,
  drawCursor,
  drawEmphasised,
  drawLanes,
  drawMarks,
  drawStubLabels,
  drawTicks,
  withDetail,
  type Emphasis,
} from './draw'
import { planSettled, settledKey, type SettledLayers } from './settled'
import type { Layout } from './geometry'
import type { Palette } from './palette'

export interface LayeredPainter {
  /** Draws the whole diagram, arrows and marks too, on `ctx` (already scaled to CSS px). */
  paint(ctx: CanvasRenderingContext2D, l: Layout, p: Palette, e: Emphasis): void
  /** The layers no longer match the picture (it was drawn some other way): start afresh. */
  forget(): void
  /** How many paints started the layers afresh, and how many added to them (for tools). */
  readonly counts: { fresh: number; added: number }
}

export function createLayeredPainter(): LayeredPainter {
  const below = layer()
  const above = layer()
  let held: SettledLayers | null = null
  const counts = { fresh: 0, added: 0 }
  return {
    counts,
    paint(ctx, l, p, e) {
      const ratio = window.devicePixelRatio || 1
      // The frame's size in device pixels, as the key has it, not the canvas's: the first
      // frame can come before the renderer sizes the canvas (still 300 × 150), and layers
      // made that size were stretched onto every frame after, until the window moved on.
      const width = Math.round(l.frame.width * ratio)
      const height = Math.round(l.frame.height * ratio)
      const detail = withDetail(l)
      const plan = planSettled(held, l, settledKey(l, p, e, ratio, detail))
      held = plan.next
      counts[plan.fresh ? 'fresh' : 'added']++
      if (plan.fresh) {
        for (const c of [below, above]) c.reset(width, height, ratio)
        drawTicks(below.ctx, l, p)
        clipped(below.ctx, l, () => drawLanes(below.ctx, l, p))
      }
      if (plan.arrows.length > 0) {
        clipped(below.ctx, l, () => drawArrows(below.ctx, plan.arrows, p, e, detail))
      }
      if (plan.marks.length > 0) clipped(above.ctx, l, () => drawMarks(above.ctx, plan.marks, p, e))

      ctx.clearRect(0, 0, l.frame.width, l.frame.height)
      clipped(ctx, l, () => drawBands(ctx, l, p))
      ctx.drawImage(below.canvas, 0, 0, l.frame.width, l.frame.height)
      clipped(ctx, l, () => {
        drawArrows(ctx, plan.flying, p, e, detail)
        drawEmphasised(ctx, l, p, e)
      })
      ctx.drawImage(above.canvas, 0, 0, l.frame.width, l.frame.height)
      clipped(ctx, l, () => drawStubLabels(ctx, l, p))
      drawCursor(ctx, l, p)
    },
    forget() {
      held = null
    },
  }
}

/** An offscreen canvas the size of the diagram's, in the same CSS px. */
function layer() {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')!
  return {
    canvas,
    ctx,
    reset(width: number, height: number, ratio: number) {
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width
        canvas.height = height
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.clearRect(0, 0, width, height)
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    },
  }
}
