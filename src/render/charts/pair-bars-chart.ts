/**
 * Two bars per item, side by side (a node's share of keys under two placements, say): the
 * first solid in the item's colour, the second its outline, on a count axis from 0, with
 * an optional dashed reference line across (an even share). Not a time chart: no cursor,
 * no seeking. Laid out by d3-scale as plain numbers, drawn with d3-selection and d3-axis.
 */

import { axisBottom, axisLeft } from 'd3-axis'
import { scaleBand, type ScaleBand, type ScaleLinear } from 'd3-scale'
import { select } from 'd3-selection'
import { chartBox, type ChartBox } from './axes'
import {
  drawLegend,
  LEGEND_ROW_PX,
  legendLayout,
  nodeColour,
  titleWidthPx,
  type PlacedItem,
} from './legend'
import { countAxis } from './value-scale'
import type { Tick } from './time-format'

export const PAIR_BARS_HEIGHT_PX = 140

export interface PairBarsModel {
  readonly title: string
  /** The accessible name: the title, then every value in words. */
  readonly label: string
  /** The two bars' names, for the legend. */
  readonly series: readonly [string, string]
  readonly items: readonly {
    readonly name: string
    readonly colour: number
    readonly values: readonly [number, number]
  }[]
  readonly reference: { readonly value: number; readonly label: string } | null
  readonly format: (n: number) => string
}

export interface BarMark {
  readonly id: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly colour: number
  /** 0: the first series (solid), 1: the second (outline). */
  readonly series: 0 | 1
}

export interface PairBarsLayout {
  readonly box: ChartBox
  readonly x: ScaleBand<string>
  readonly y: ScaleLinear<number, number>
  readonly yTicks: readonly Tick[]
  readonly bars: readonly BarMark[]
  /** The reference line's height in px, or null. */
  readonly referenceY: number | null
  readonly legend: readonly PlacedItem[]
}

export function layoutPairBars(model: PairBarsModel, widthPx: number): PairBarsLayout {
  const legend = legendLayout(
    [
      { label: model.series[0], swatch: 'chart-swatch-pair-solid', colour: null },
      { label: model.series[1], swatch: 'chart-swatch-pair-outline', colour: null },
      ...(model.reference === null
        ? []
        : [{ label: model.reference.label, swatch: 'chart-swatch-reference', colour: null }]),
    ],
    widthPx,
    titleWidthPx(model.title),
  )
  const box = chartBox(widthPx, PAIR_BARS_HEIGHT_PX, legend.rows * LEGEND_ROW_PX)
  const max = Math.max(0, model.reference?.value ?? 0, ...model.items.flatMap((i) => i.values))
  const { y, ticks } = countAxis(max, [box.bottom, box.top], 3, model.format)
  const x = scaleBand(
    model.items.map((i) => i.name),
    [box.left, box.right],
  )
    .paddingInner(0.3)
    .paddingOuter(0.15)
  const inner = scaleBand([0, 1], [0, x.bandwidth()]).paddingInner(0.08)
  const bars = model.items.flatMap((item) =>
    ([0, 1] as const).map((series) => ({
      id: `${item.name}/${series}`,
      x: round1(x(item.name)! + inner(series)!),
      y: y(item.values[series]),
      width: round1(inner.bandwidth()),
      height: box.bottom - y(item.values[series]),
      colour: item.colour,
      series,
    })),
  )
  return {
    box,
    x,
    y,
    yTicks: ticks,
    bars,
    referenceY: model.reference === null ? null : y(model.reference.value),
    legend: legend.items,
  }
}

function round1(v: number): number {
  return Math.round(v * 10) / 10
}

export function createPairBarsChart(parent: Element, name: string) {
  const svg = select(parent).append('svg').attr('class', `chart chart-${name}`).attr('role', 'img')
  const title = svg.append('text').attr('class', 'chart-title').attr('x', 0).attr('y', 13)
  const legend = svg.append('g').attr('class', 'chart-legend')
  const yAxis = svg.append('g').attr('class', 'chart-axis chart-y-axis')
  const bars = svg.append('g').attr('class', 'chart-pair-bars')
  const reference = svg.append('line').attr('class', 'chart-reference')
  const xAxis = svg.append('g').attr('class', 'chart-axis chart-x-axis')
  return {
    update(model: PairBarsModel, widthPx: number) {
      const layout = layoutPairBars(model, widthPx)
      const { box } = layout
      svg
        .attr('width', box.width)
        .attr('height', box.height)
        .attr('viewBox', `0 0 ${box.width} ${box.height}`)
        .attr('aria-label', model.label)
      title.text(model.title)
      drawLegend(legend, layout.legend)
      yAxis.attr('transform', `translate(${box.left},0)`).call(
        axisLeft(layout.y)
          .tickValues(layout.yTicks.map((t) => t.value))
          .tickFormat((_, i) => layout.yTicks[i]!.label)
          .tickSize(-(box.right - box.left))
          .tickSizeOuter(0)
          .tickPadding(4),
      )
      xAxis
        .attr('transform', `translate(0,${box.bottom})`)
        .call(axisBottom(layout.x).tickSize(0).tickPadding(4))
      bars
        .selectAll<SVGRectElement, BarMark>('rect')
        .data(layout.bars, (b) => b.id)
        .join('rect')
        .attr('class', (b) => (b.series === 0 ? 'chart-bar-solid' : 'chart-bar-outline'))
        .attr('x', (b) => b.x)
        .attr('y', (b) => b.y)
        .attr('width', (b) => b.width)
        .attr('height', (b) => b.height)
        .style('--node', (b) => nodeColour(b.colour))
      reference
        .attr('display', layout.referenceY === null ? 'none' : null)
        .attr('x1', box.left)
        .attr('x2', box.right)
        .attr('y1', layout.referenceY ?? 0)
        .attr('y2', layout.referenceY ?? 0)
    },
    destroy: () => svg.remove(),
  }
}
