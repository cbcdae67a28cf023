/**
 * What a chart of a measure against a swept parameter (loss rate, delay) has around its
 * marks: the SVG with its title and accessible name, a value axis whose ticks are a grid,
 * and the parameter's axis along the bottom, drawn by d3-axis. It applies a layout computed
 * elsewhere; the chart draws its own marks in the layers it names.
 */

import { axisBottom, axisLeft } from 'd3-axis'
import { select, type Selection } from 'd3-selection'
import type { ScaleLinear } from 'd3-scale'

export interface SweepFrameContent {
  readonly width: number
  readonly height: number
  readonly left: number
  readonly bottom: number
  readonly title: string
  /** The accessible name: the title and every value. */
  readonly label: string
  readonly x: ScaleLinear<number, number>
  /** The values swept, or how many ticks d3 may choose. */
  readonly xTicks: readonly number[] | number
  readonly xFormat: (value: number) => string
  readonly y: ScaleLinear<number, number>
  readonly yTicks: readonly number[]
  readonly yFormat: (value: number) => string
}

type Svg = Selection<SVGSVGElement, null, Element, unknown>

/**
 * The chart's SVG in `parent`, made on the first call with a layer per `layers` entry (an
 * element and its class: `['path', 'my-line']`), then its frame brought up to date.
 */
export function drawSweepFrame(
  parent: Element,
  className: string,
  layers: readonly (readonly ['path' | 'g', string])[],
  c: SweepFrameContent,
): Svg {
  const svg = select(parent)
    .selectAll<SVGSVGElement, null>('svg')
    .data([null])
    .join((enter) => {
      const s = enter.append('svg').attr('class', `chart ${className}`).attr('role', 'img')
      s.append('text').attr('class', 'chart-title').attr('x', 0).attr('y', 13)
      s.append('g').attr('class', 'chart-axis chart-y-axis')
      s.append('g').attr('class', 'chart-axis chart-x-axis')
      for (const [element, layer] of layers) s.append(element).attr('class', layer)
      return s
    })
    .attr('width', c.width)
    .attr('height', c.height)
    .attr('viewBox', `0 0 ${c.width} ${c.height}`)
    .attr('aria-label', c.label)
  svg.select('.chart-title').text(c.title)
  svg
    .select<SVGGElement>('.chart-y-axis')
    .attr('transform', `translate(${c.left},0)`)
    .call(
      axisLeft(c.y)
        .tickValues(c.yTicks)
        .tickFormat((v) => c.yFormat(Number(v)))
        .tickSize(-(c.width - c.left - 12))
        .tickSizeOuter(0),
    )
  const xAxis = axisBottom(c.x)
    .tickFormat((v) => c.xFormat(Number(v)))
    .tickSize(3)
  if (typeof c.xTicks === 'number') xAxis.ticks(c.xTicks)
  else xAxis.tickValues(c.xTicks)
  svg.select<SVGGElement>('.chart-x-axis').attr('transform', `translate(0,${c.bottom})`).call(xAxis)
  return svg
}
