/**
 * The dissemination chart: the fraction of live members that know the news over time, as
 * the run had it (solid steps) and as the epidemic model predicts (dashed), over a window
 * around the spread. The frame (title, axes, cursor, dimmed future, click to seek) is the
 * charts' own; the layout is computed first, as plain numbers and path strings, then drawn.
 */

import { line } from 'd3-shape'
import { scaleLinear } from 'd3-scale'
import { chartBox, round1, type TimeAxis } from '../../../render/charts/axes'
import { createChartFrame, type FrameContent } from '../../../render/charts/frame'
import {
  drawLegend,
  LEGEND_ROW_PX,
  legendLayout,
  titleWidthPx,
  type PlacedItem,
} from '../../../render/charts/legend'
import { stepLinePath } from '../../../render/charts/paths'
import { timeTicks } from '../../../render/charts/time-format'
import type { Curve } from '../epidemic'
import type { SpreadPoint } from '../dissemination'

export type SeriesKey = 'suspect' | 'dead' | 'rumour'

export interface SpreadSeries {
  readonly key: SeriesKey
  readonly label: string
  /** What the run had, from its first point until `dataEndMs`. */
  readonly points: readonly SpreadPoint[]
  readonly dataEndMs: number
  /** The model, drawn from `modelStartMs` (null: not drawn, its start not seen yet). */
  readonly model: Curve
  readonly modelStartMs: number | null
}

export interface SpreadChartModel {
  readonly title: string
  readonly modelLabel: string
  /** The accessible name. */
  readonly label: string
  readonly series: readonly SpreadSeries[]
  readonly fromMs: number
  readonly toMs: number
  readonly cursor: number
}

export interface SpreadLayout {
  readonly frame: FrameContent
  readonly runs: readonly { readonly key: SeriesKey; readonly d: string }[]
  readonly models: readonly { readonly key: SeriesKey; readonly d: string }[]
  readonly legend: readonly PlacedItem[]
}

export const SPREAD_CHART_HEIGHT_PX = 190
const TICK_GAP_PX = 64
/** Model curves are sampled about this often, in px. */
const SAMPLE_PX = 2

function windowAxis(box: FrameContent['box'], m: SpreadChartModel): TimeAxis {
  const x = scaleLinear().domain([m.fromMs, m.toMs]).range([box.left, box.right])
  const count = Math.max(2, Math.floor((box.right - box.left) / TICK_GAP_PX) + 1)
  const cursor = Math.min(Math.max(m.cursor, m.fromMs), m.toMs)
  return {
    x,
    ticks: timeTicks(m.fromMs, m.toMs, count),
    cursorPx: round1(x(cursor)),
    endPx: box.right,
  }
}

export function layoutSpreadChart(m: SpreadChartModel, widthPx: number): SpreadLayout {
  const items = [
    ...m.series.map((s) => ({ label: s.label, swatch: `swim-swatch-${s.key}`, colour: null })),
    { label: m.modelLabel, swatch: 'swim-swatch-model', colour: null },
  ]
  const legend = legendLayout(items, widthPx, titleWidthPx(m.title))
  const box = chartBox(widthPx, SPREAD_CHART_HEIGHT_PX, legend.rows * LEGEND_ROW_PX)
  const time = windowAxis(box, m)
  const y = scaleLinear().domain([0, 1]).rangeRound([box.bottom, box.top])
  const yTicks = [0, 0.5, 1].map((value) => ({ value, label: `${value * 100}%` }))
  const runs = m.series.map((s) => {
    const points = s.points
      .filter((p) => p.t <= m.toMs)
      .map((p) => ({ x: time.x(p.t), value: p.value }))
    const last = points.at(-1)
    const end = Math.min(s.dataEndMs, m.toMs)
    if (last !== undefined && time.x(end) > last.x)
      points.push({ x: time.x(end), value: last.value })
    return { key: s.key, d: stepLinePath(points, y) }
  })
  const stepMs = ((m.toMs - m.fromMs) / Math.max(1, box.right - box.left)) * SAMPLE_PX
  const models = m.series.flatMap((s) => {
    if (s.modelStartMs === null) return []
    const samples: [number, number][] = []
    for (let t = Math.max(s.modelStartMs, m.fromMs); t <= m.toMs + stepMs; t += stepMs) {
      samples.push([time.x(Math.min(t, m.toMs)), y(s.model.at(t - s.modelStartMs))])
    }
    return [{ key: s.key, d: line().digits(1)(samples) ?? '' }]
  })
  return {
    frame: { box, time, endMs: m.toMs, y, yTicks, label: m.label, title: m.title },
    runs,
    models,
    legend: legend.items,
  }
}

export function createSpreadChart(parent: Element, onSeek: (t: number) => void) {
  const frame = createChartFrame(parent, { name: 'swim-spread', title: '', onSeek })
  const modelGroup = frame.marks.append('g').attr('class', 'swim-models')
  const runGroup = frame.marks.append('g').attr('class', 'swim-runs')
  return {
    update(model: SpreadChartModel, widthPx: number) {
      const layout = layoutSpreadChart(model, widthPx)
      frame.update(layout.frame)
      drawLegend(frame.legend, layout.legend)
      modelGroup
        .selectAll('path')
        .data(layout.models)
        .join('path')
        .attr('class', (l) => `swim-line swim-model swim-line-${l.key}`)
        .attr('d', (l) => l.d)
      runGroup
        .selectAll('path')
        .data(layout.runs)
        .join('path')
        .attr('class', (l) => `swim-line swim-run swim-line-${l.key}`)
        .attr('d', (l) => l.d)
    },
    destroy: () => frame.destroy(),
  }
}
