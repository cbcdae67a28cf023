/**
 * The stale rate against propagation delay: the model 1 − e^(−delay/interval) as a curve,
 * and each simulated delay as a dot with a bar of ±2 standard errors. Laid out as numbers
 * first (layoutStaleChart, tested), then drawn with d3.
 */

import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import { chartBox } from '../../../render/charts/axes'
import { drawSweepFrame } from '../../../render/charts/sweep-frame'
import { staleModel, type StalePoint } from '../stale-sweep'

export interface StaleChartModel {
  readonly title: string
  /** The accessible name: the title and every value. */
  readonly label: string
  readonly intervalMs: number
  readonly maxDelayMs: number
  readonly points: readonly StalePoint[]
  readonly formatTick: (delayMs: number) => string
}

export interface StaleChartLayout {
  readonly width: number
  readonly height: number
  readonly left: number
  readonly bottom: number
  readonly x: ScaleLinear<number, number>
  readonly y: ScaleLinear<number, number>
  readonly yTicks: readonly number[]
  readonly model: string
  readonly dots: readonly {
    readonly x: number
    readonly y: number
    readonly low: number
    readonly high: number
  }[]
}

const HEIGHT_PX = 170
const CURVE_STEPS = 40

export function layoutStaleChart(m: StaleChartModel, widthPx: number): StaleChartLayout {
  const box = chartBox(widthPx, HEIGHT_PX)
  const x = scaleLinear()
    .domain([0, Math.max(1, m.maxDelayMs)])
    .range([box.left + 8, box.right - 8])
  const top = Math.max(
    staleModel(m.maxDelayMs, m.intervalMs),
    ...m.points.map((p) => p.rate + 2 * p.standardError),
  )
  const y = scaleLinear()
    .domain([0, Math.max(0.05, top * 1.1)])
    .nice(4)
    .rangeRound([box.bottom, box.top + 4])
  const curve = Array.from({ length: CURVE_STEPS + 1 }, (_, i) => {
    const d = (i / CURVE_STEPS) * m.maxDelayMs
    return [x(d), y(staleModel(d, m.intervalMs))] as [number, number]
  })
  return {
    width: box.width,
    height: box.height,
    left: box.left,
    bottom: box.bottom,
    x,
    y,
    yTicks: y.ticks(4),
    model: line().digits(1)(curve) ?? '',
    dots: m.points.map((p) => ({
      x: x(p.delayMs),
      y: y(p.rate),
      low: y(Math.max(0, p.rate - 2 * p.standardError)),
      high: y(p.rate + 2 * p.standardError),
    })),
  }
}

const percent = (v: number) => `${Math.round(v * 100)}%`

export function drawStaleChart(parent: Element, m: StaleChartModel, widthPx: number): void {
  const l = layoutStaleChart(m, widthPx)
  const layers = [
    ['path', 'nk-stale-model'],
    ['g', 'nk-stale-dots'],
  ] as const
  const svg = drawSweepFrame(parent, 'nk-stale-chart', layers, {
    ...l,
    title: m.title,
    label: m.label,
    xTicks: 5,
    xFormat: m.formatTick,
    yFormat: percent,
  })
  svg.select('.nk-stale-model').attr('d', l.model)
  const dot = svg
    .select('.nk-stale-dots')
    .selectAll<SVGGElement, (typeof l.dots)[number]>('g')
    .data(l.dots)
    .join((enter) => {
      const g = enter.append('g')
      g.append('line').attr('class', 'nk-stale-error')
      g.append('circle').attr('class', 'nk-stale-dot').attr('r', 3.5)
      return g
    })
  dot
    .select('line')
    .attr('x1', (p) => p.x)
    .attr('x2', (p) => p.x)
    .attr('y1', (p) => p.low)
    .attr('y2', (p) => p.high)
  dot
    .select('circle')
    .attr('cx', (p) => p.x)
    .attr('cy', (p) => p.y)
}
