/**
 * A small chart of one measure against the loss rate: a dot per loss rate swept, joined by
 * a line, each labelled with its value (the values of a sweep span decades, so the labels
 * carry what a linear axis cannot). Laid out as numbers first, then drawn with d3.
 */

import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import { chartBox } from '../../../render/charts/axes'
import { drawSweepFrame } from '../../../render/charts/sweep-frame'

export interface LossChartModel {
  readonly title: string
  /** The accessible name: the title and every value. */
  readonly label: string
  readonly maxLossRate: number
  readonly points: readonly { readonly lossRate: number; readonly value: number | null }[]
  readonly format: (value: number) => string
  /** For the value axis's ticks, round numbers. */
  readonly formatTick: (value: number) => string
}

export interface LossChartLayout {
  readonly width: number
  readonly height: number
  readonly left: number
  readonly bottom: number
  readonly x: ScaleLinear<number, number>
  readonly y: ScaleLinear<number, number>
  readonly xTicks: readonly number[]
  readonly yTicks: readonly number[]
  readonly dots: readonly { readonly x: number; readonly y: number; readonly text: string }[]
  readonly d: string
}

const HEIGHT_PX = 130
const TICKS = 3

export function layoutLossChart(m: LossChartModel, widthPx: number): LossChartLayout {
  const box = chartBox(widthPx, HEIGHT_PX)
  const x = scaleLinear()
    .domain([0, m.maxLossRate])
    .range([box.left + 16, box.right - 12])
  const known = m.points.flatMap((p) => (p.value === null ? [] : [{ ...p, value: p.value }]))
  const max = Math.max(0, ...known.map((p) => p.value))
  // Room above the highest dot for its label.
  const y = scaleLinear()
    .domain([0, max > 0 ? max * 1.2 : 1])
    .nice(TICKS)
    .rangeRound([box.bottom, box.top + 4])
  const dots = known.map((p) => ({ x: x(p.lossRate), y: y(p.value), text: m.format(p.value) }))
  return {
    width: box.width,
    height: box.height,
    left: box.left,
    bottom: box.bottom,
    x,
    y,
    xTicks: m.points.map((p) => p.lossRate),
    yTicks: y.ticks(TICKS),
    dots,
    d: line().digits(1)(dots.map((p) => [p.x, p.y])) ?? '',
  }
}

const percent = (v: number) => `${Math.round(v * 100)}%`

export function drawLossChart(parent: Element, m: LossChartModel, widthPx: number): void {
  const l = layoutLossChart(m, widthPx)
  const layers = [
    ['path', 'swim-sweep-line'],
    ['g', 'swim-sweep-dots'],
  ] as const
  const svg = drawSweepFrame(parent, 'swim-sweep-chart', layers, {
    ...l,
    title: m.title,
    label: m.label,
    xFormat: percent,
    yFormat: m.formatTick,
  })
  svg.select('.swim-sweep-line').attr('d', l.d)
  const dot = svg
    .select('.swim-sweep-dots')
    .selectAll<SVGGElement, (typeof l.dots)[number]>('g')
    .data(l.dots)
    .join((enter) => {
      const g = enter.append('g')
      g.append('circle').attr('class', 'swim-sweep-dot').attr('r', 3)
      g.append('text').attr('class', 'swim-sweep-value').attr('dy', -7)
      return g
    })
    .attr('transform', (p) => `translate(${p.x},${p.y})`)
  dot.select('text').text((p) => p.text)
}
