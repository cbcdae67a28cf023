/**
 * What every chart has around its marks: the SVG with its title and accessible name, the
 * axes (drawn by d3-axis), and click-or-drag to seek; over it the plot's canvas, with the
 * marks a chart paints there, the part after the cursor dimmed and the cursor line. It
 * applies a layout computed elsewhere; it decides no positions.
 */

import { axisBottom, axisLeft, type AxisScale } from 'd3-axis'
import { drag } from 'd3-drag'
import { select, type Selection } from 'd3-selection'
import { createPlotCanvas, type PlotPaint } from './plot-canvas'
import type { ChartBox, TimeAxis } from './axes'
import type { Tick } from './time-format'

export interface FrameContent {
  readonly box: ChartBox
  readonly time: TimeAxis
  readonly endMs: number
  /** The value axis: its scale and the ticks to mark (a grid line and a label each). */
  readonly y: AxisScale<number>
  readonly yTicks: readonly Tick[]
  /** Words beside the value axis for rows that hold no value (the leader strip), at px. */
  readonly yNotes?: readonly { readonly y: number; readonly label: string }[]
  /** The accessible name: the title, then what the chart shows at the cursor. */
  readonly label: string
  /** A title that depends on the run (the epoch's name); left out, the one it was made with. */
  readonly title?: string
}

export type Group = Selection<SVGGElement, unknown, null, undefined>

export interface ChartFrame {
  /** The chart's box: its SVG and the plot's canvas over it. */
  readonly el: HTMLElement
  /** Where a chart keeps marks as SVG: under the plot's canvas, clipped to the plot. */
  readonly marks: Group
  /** For a legend: in the title row, or in rows under it. */
  readonly legend: Group
  /** Draws `content`, and on the plot's canvas the marks `paint` draws there. */
  update(content: FrameContent, paint?: PlotPaint): void
  destroy(): void
}

let clipCount = 0

/** Room between the last time label and the plot's right edge before it hangs left of its tick. */
const END_LABEL_PX = 16

export function createChartFrame(
  parent: Element,
  options: { name: string; title: string; onSeek(t: number): void },
): ChartFrame {
  const el = document.createElement('div')
  el.className = 'chart-holder'
  parent.appendChild(el)
  const svg = select(el)
    .append('svg')
    .attr('class', `chart chart-${options.name}`)
    .attr('role', 'img')
  const clipId = `chart-clip-${++clipCount}`
  const clipRect = svg.append('defs').append('clipPath').attr('id', clipId).append('rect')
  const title = svg.append('text').attr('class', 'chart-title').attr('x', 0).attr('y', 13)
  const legend = svg.append('g').attr('class', 'chart-legend')
  const yAxis = svg.append('g').attr('class', 'chart-axis chart-y-axis')
  const yNotes = svg.append('g').attr('class', 'chart-axis-notes')
  const marks = svg.append('g').attr('class', 'chart-marks').attr('clip-path', `url(#${clipId})`)
  const xAxis = svg.append('g').attr('class', 'chart-axis chart-x-axis')
  const plot = createPlotCanvas(el)

  let current: FrameContent | null = null
  // What was last drawn of each part, so a draw touches only the parts that changed: while
  // playing, a chart is drawn four times a second and the title, the value axis and (its end
  // being round: axisEnd) the time axis mostly stay as they were.
  const drawn = { box: '', label: '', title: '', y: '', x: '' }
  // Click or drag scrubs; d3-drag follows the pointer outside the chart until released and
  // gives x in the SVG's own units, however wide the SVG is drawn.
  const seek = drag<SVGSVGElement, unknown>()
    .container(function container() {
      return this
    })
    .on('start drag', (event: { x: number }) => {
      if (current === null) return
      const t = Math.round(current.time.x.invert(event.x))
      options.onSeek(Math.min(Math.max(t, 0), Math.floor(current.endMs)))
    })
  svg.call(seek)

  return {
    el,
    marks,
    legend,
    update(content, paint) {
      const { box, time } = content
      current = content
      const boxKey = `${box.width} ${box.height} ${box.left} ${box.top} ${box.right} ${box.bottom}`
      if (boxKey !== drawn.box) {
        drawn.box = boxKey
        svg
          .attr('width', box.width)
          .attr('height', box.height)
          .attr('viewBox', `0 0 ${box.width} ${box.height}`)
        clipRect
          .attr('x', box.left)
          .attr('y', box.top - 2)
          .attr('width', box.right - box.left)
          .attr('height', box.bottom - box.top + 3)
      }
      if (content.label !== drawn.label) {
        drawn.label = content.label
        svg.attr('aria-label', content.label)
      }
      const titleText = content.title ?? options.title
      if (titleText !== drawn.title) {
        drawn.title = titleText
        title.text(titleText)
      }
      const notes = (content.yNotes ?? []).map((n) => `${n.y}:${n.label}`).join(' ')
      const yKey = `${boxKey}|${ticksKey(content.yTicks, content.y)}|${notes}`
      if (yKey !== drawn.y) {
        drawn.y = yKey
        drawValueAxis(yAxis, yNotes, content)
      }
      const xKey = `${boxKey}|${ticksKey(time.ticks, time.x)}`
      if (xKey !== drawn.x) {
        drawn.x = xKey
        drawTimeAxis(xAxis, content)
      }
      plot.draw(box, time, paint ?? null)
    },
    destroy() {
      svg.on('.drag', null)
      plot.destroy()
      el.remove()
    },
  }
}

/** Ticks as drawn: each one's label and where its scale puts it. */
function ticksKey(ticks: readonly Tick[], scale: (v: number) => number | undefined): string {
  return ticks.map((t) => `${t.label}@${scale(t.value)}`).join(' ')
}

/** The value axis as d3-axis draws it, its tick lines stretched across the plot as a grid. */
function drawValueAxis(axis: Group, notes: Group, { box, y, yTicks, yNotes }: FrameContent) {
  axis.attr('transform', `translate(${box.left},0)`).call(
    axisLeft(y)
      .tickValues(yTicks.map((t) => t.value))
      .tickFormat((_, i) => yTicks[i]!.label)
      .tickSize(-(box.right - box.left))
      .tickSizeOuter(0)
      .tickPadding(4),
  )
  notes
    .selectAll('text')
    .data(yNotes ?? [])
    .join('text')
    .attr('x', box.left - 4)
    .attr('y', (n) => n.y)
    .attr('dy', '0.32em')
    .attr('text-anchor', 'end')
    .text((n) => n.label)
}

/** The time axis along the bottom: its line is the plot's baseline. */
function drawTimeAxis(axis: Group, { box, time }: FrameContent) {
  axis.attr('transform', `translate(0,${box.bottom})`).call(
    axisBottom(time.x)
      .tickValues(time.ticks.map((t) => t.value))
      .tickFormat((_, i) => time.ticks[i]!.label)
      .tickSize(0)
      .tickPadding(4),
  )
  // A label at the right edge would stick out of the SVG: it hangs left of its tick instead.
  axis
    .selectAll<SVGTextElement, number>('.tick text')
    .attr('text-anchor', (t) => (time.x(t) > box.right - END_LABEL_PX ? 'end' : null))
}
