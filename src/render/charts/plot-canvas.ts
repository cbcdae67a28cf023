/**
 * A chart's plot as a picture: its marks, the part after the cursor dimmed, and the cursor
 * line, drawn on a canvas laid over the chart's SVG (which keeps the title, legend, axes and
 * accessible name). While playing, a chart is drawn four times a second; its 25 lines, its
 * dimming and its cursor as SVG made the page restyle, lay out, paint and sort its layers
 * again each time. A canvas handed to an OffscreenCanvas takes a new picture without any
 * of that.
 */

import { addDrawingCanvas } from '../canvas-surface'
import { resolveCssColourList, resolveCssColours, watchTheme } from '../css-colours'
import { NODE_COLOURS } from './legend'
import type { ChartBox, TimeAxis } from './axes'

/** The colours the marks are drawn in, read from the page's variables (so both themes apply). */
export interface PlotColours {
  readonly ink: string
  readonly panel: string
  readonly accent: string
  readonly danger: string
  /** The node colours, `--chart-node-0` on. */
  readonly nodes: readonly string[]
  /** The page's font, for words drawn in the plot. */
  readonly font: string
}

/** Draws a chart's marks, in the SVG's own coordinates, clipped to its plot. */
export type PlotPaint = (ctx: CanvasRenderingContext2D, colours: PlotColours) => void

export interface PlotCanvas {
  /** Draws `paint`'s marks, then the dimmed future (from the cursor to the end) and the cursor. */
  draw(box: ChartBox, time: Pick<TimeAxis, 'cursorPx' | 'endPx'>, paint: PlotPaint | null): void
  destroy(): void
}

/** How far the canvas reaches past the plot on each side: the cursor line's width. */
const PAD_X_PX = 1
/** The cursor line reaches from 2 px above the plot to 3 px under it (into the time axis). */
const ABOVE_PX = 2
const BELOW_PX = 3
/** Marks are clipped from ABOVE_PX over the plot to this far under it, as the SVG's are. */
const CLIP_BELOW_PX = 1
const FUTURE_ALPHA = 0.6
const CURSOR_PX = 1.25

/** A node's colour, `index` counted from the first: they repeat after NODE_COLOURS. */
export function plotNodeColour(colours: PlotColours, index: number): string {
  return colours.nodes[index % NODE_COLOURS]!
}

/** Draws in a canvas put in `holder` (positioned), over the chart's SVG. */
export function createPlotCanvas(holder: HTMLElement): PlotCanvas {
  const { canvas, surface, ctx } = addDrawingCanvas(holder, 'chart-plot')
  let colours: PlotColours | null = null
  let placed = ''
  let last: {
    box: ChartBox
    time: Pick<TimeAxis, 'cursorPx' | 'endPx'>
    paint: PlotPaint | null
  } | null = null

  const place = (box: ChartBox) => {
    const key = `${box.left} ${box.right} ${box.top} ${box.bottom}`
    if (key === placed) return
    placed = key
    const width = box.right - box.left + 2 * PAD_X_PX
    const height = box.bottom - box.top + ABOVE_PX + BELOW_PX
    const ratio = window.devicePixelRatio || 1
    surface.width = Math.round(width * ratio)
    surface.height = Math.round(height * ratio)
    canvas.style.left = `${box.left - PAD_X_PX}px`
    canvas.style.top = `${box.top - ABOVE_PX}px`
    canvas.style.width = `${width}px`
    canvas.style.height = `${height}px`
  }

  const paintAll = () => {
    if (last === null) return
    const { box, time, paint } = last
    const { cursorPx } = time
    // Where the canvas's drawing starts: the clip, the dimming and the cursor line all do.
    const top = box.top - ABOVE_PX
    colours ??= readColours(holder)
    place(box)
    const ratio = window.devicePixelRatio || 1
    // The SVG's coordinates: its plot's top left is where the canvas starts, less the padding.
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    ctx.clearRect(0, 0, surface.width, surface.height)
    ctx.translate(PAD_X_PX - box.left, ABOVE_PX - box.top)
    if (paint !== null) {
      ctx.save()
      ctx.beginPath()
      ctx.rect(box.left, top, box.right - box.left, box.bottom + CLIP_BELOW_PX - top)
      ctx.clip()
      paint(ctx, colours)
      ctx.restore()
    }
    // The future, dimmed down to (not over) the time axis's line.
    ctx.globalAlpha = FUTURE_ALPHA
    ctx.fillStyle = colours.panel
    ctx.fillRect(cursorPx, top, Math.max(0, time.endPx - cursorPx), box.bottom - 0.5 - top)
    ctx.globalAlpha = 1
    ctx.strokeStyle = colours.ink
    ctx.lineWidth = CURSOR_PX
    ctx.beginPath()
    ctx.moveTo(cursorPx, top)
    ctx.lineTo(cursorPx, box.bottom + BELOW_PX)
    ctx.stroke()
  }

  const unwatch = watchTheme(() => {
    colours = null
    paintAll()
  })

  return {
    draw(box, time, paint) {
      last = { box, time, paint }
      paintAll()
    },
    destroy() {
      unwatch()
      canvas.remove()
    },
  }
}

const NODE_VARIABLES = Array.from({ length: NODE_COLOURS }, (_, i) => `--chart-node-${i}`)

function readColours(holder: HTMLElement): PlotColours {
  return {
    ...resolveCssColours(holder, {
      ink: '--ink',
      panel: '--panel',
      accent: '--accent',
      danger: '--danger',
    }),
    nodes: resolveCssColourList(holder, NODE_VARIABLES),
    font: getComputedStyle(holder).fontFamily,
  }
}
