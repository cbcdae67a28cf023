/**
 * Commit index per node: a step line per node in its colour. Nodes that agree would draw
 * one line over another, so each line sits a pixel or so apart: together they read as a
 * band, and a node that falls behind (crashed, cut off) peels away from it.
 */

import { chartBox, timeAxis } from './axes'
import { stepPoints, type Steps } from './downsample'
import { createChartFrame, type FrameContent } from './frame'
import { drawLegend, LEGEND_ROW_PX, legendLayout, titleWidthPx, type PlacedItem } from './legend'
import { plotNodeColour } from './plot-canvas'
import { stepLinePath } from './paths'
import { formatTime } from './time-format'
import { countAxis } from './value-scale'
import type { ChartsModel } from './model'
import type { StepSeries } from '../../timeline/series'
import { t } from '../../i18n/translate'

const title = () => t('charts.commit.title')
const LINE_PX = 1.5
/** Most that the lines of all nodes spread over, in px. */
const SPREAD_PX = 6
/**
 * Up to this many nodes, each has its own legend entry and is named in the chart's label;
 * a larger cluster gets one entry for all, and its label says the range of commit indexes.
 */
export const NAMED_NODES_MAX = 25

export interface CommitLayout {
  readonly frame: FrameContent
  readonly lines: readonly { readonly d: string; readonly colour: number }[]
  readonly legend: readonly PlacedItem[]
}

export function layoutCommitChart(model: ChartsModel, widthPx: number): CommitLayout {
  const { series, nodes, cursor, endMs } = model
  const named = nodes.length <= NAMED_NODES_MAX
  const items = named
    ? nodes.map((id, i) => ({ label: id, swatch: 'chart-swatch-line', colour: i }))
    : [
        {
          label: t('scale.chartNodes', { count: nodes.length }),
          swatch: 'chart-swatch-line',
          colour: 0,
        },
      ]
  const legend = legendLayout(items, widthPx, titleWidthPx(title()))
  const box = chartBox(widthPx, undefined, legend.rows * LEGEND_ROW_PX)
  const time = timeAxis(box, model)
  const { y, ticks } = countAxis(
    Math.max(0, ...nodes.map((id) => maxUntil(series.commit(id), endMs))),
    [box.bottom - SPREAD_PX / 2, box.top + SPREAD_PX / 2],
    2,
  )
  const step = nodes.length > 1 ? Math.min(1.5, SPREAD_PX / (nodes.length - 1)) : 0
  // A node that never committed anything draws nothing (a thousand members that keep no log).
  const lines = nodes.flatMap((id, i) => {
    const steps = series.commit(id)
    if (steps.length === 0) return []
    const points = stepPoints(steps, time.x, endMs)
    return [{ d: stepLinePath(points, y, (i - (nodes.length - 1) / 2) * step), colour: i }]
  })
  const now = named
    ? nodes.map((id) => `${id} ${commitText(series.commit(id), cursor)}`).join(', ')
    : commitRange(model)
  const label = t('charts.at', { title: title(), at: formatTime(cursor), now })
  return {
    frame: { box, time, endMs, y, yTicks: ticks, label },
    lines,
    legend: legend.items,
  }
}

function commitText(steps: StepSeries, atMs: number): string {
  if (steps.length === 0 || steps.timeAt(0) > atMs) return t('charts.commit.unknown')
  const value = steps.at(atMs)
  return Number.isNaN(value) ? t('charts.commit.crashed') : String(value)
}

/** A large cluster's commit indexes at the cursor, as one range: `0 to 12 (3 crashed)`. */
function commitRange({ series, nodes, cursor }: ChartsModel): string {
  let lo = Infinity
  let hi = -Infinity
  let crashed = 0
  for (const id of nodes) {
    const steps = series.commit(id)
    if (steps.length === 0 || steps.timeAt(0) > cursor) continue
    const value = steps.at(cursor)
    if (Number.isNaN(value)) crashed++
    else [lo, hi] = [Math.min(lo, value), Math.max(hi, value)]
  }
  if (hi === -Infinity) return t('charts.commit.unknown')
  return t('scale.chartRange', { lo, hi, crashed })
}

/** The highest value up to endMs. */
function maxUntil(steps: Steps, endMs: number): number {
  let max = 0
  for (let i = 0; i < steps.length && steps.timeAt(i) <= endMs; i++) {
    const v = steps.valueAt(i)
    if (v > max) max = v
  }
  return max
}

export function createCommitChart(parent: Element, onSeek: (t: number) => void) {
  const frame = createChartFrame(parent, { name: 'commit', title: title(), onSeek })
  return {
    update(model: ChartsModel, widthPx: number) {
      const layout = layoutCommitChart(model, widthPx)
      drawLegend(frame.legend, layout.legend)
      frame.update(layout.frame, (ctx, colours) => {
        ctx.lineWidth = LINE_PX
        for (const line of layout.lines) {
          ctx.strokeStyle = plotNodeColour(colours, line.colour)
          ctx.stroke(new Path2D(line.d))
        }
      })
    },
    destroy: () => frame.destroy(),
  }
}
