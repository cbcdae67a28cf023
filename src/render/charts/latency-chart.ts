/**
 * Client latency: a dot per operation that returned, at the time it was invoked and as high
 * as it took; a cross where a client gave up, as high as it waited. The latency axis is
 * logarithmic: a few ms when all is well and seconds through an election both stay readable.
 */

import { chartBox, timeAxis } from './axes'
import { onePerCell, type Dot } from './downsample'
import { createChartFrame, type FrameContent } from './frame'
import { drawLegend, LEGEND_ROW_PX, legendLayout, titleWidthPx, type PlacedItem } from './legend'
import { formatMs, formatTime } from './time-format'
import { latencyAxis } from './value-scale'
import type { ChartsModel } from './model'
import type { LatencyPoint } from '../../timeline/series'
import { upperBound } from '../../timeline/columns'
import { t } from '../../i18n/translate'

const title = () => t('charts.latency.title')
const DOT_R = 2
const CROSS_R = 3
const CROSS_LINE_PX = 1.5
/** Decade ticks keep at least this far apart. */
const DECADE_GAP_PX = 18

export interface LatencyLayout {
  readonly frame: FrameContent
  readonly okPath: string
  readonly timeoutPath: string
  /** No operation has returned yet: the plot says so instead of standing empty. */
  readonly empty: boolean
  readonly legend: readonly PlacedItem[]
}

export function layoutLatencyChart(model: ChartsModel, widthPx: number): LatencyLayout {
  const { series, endMs } = model
  const legend = legendLayout(
    [
      { label: t('charts.latency.ok'), swatch: 'chart-swatch-ok', colour: null },
      { label: t('charts.latency.gaveUp'), swatch: 'chart-swatch-timeout', colour: null },
    ],
    widthPx,
    titleWidthPx(title()),
  )
  const box = chartBox(widthPx, undefined, legend.rows * LEGEND_ROW_PX)
  const time = timeAxis(box, model)
  const shown = returnedBy(series.latency, endMs)
  const range = [box.bottom - CROSS_R, box.top + CROSS_R] as const
  const count = Math.max(2, Math.floor((range[0] - range[1]) / DECADE_GAP_PX))
  const { y, ticks } = latencyAxis(
    shown.map((p) => p.latencyMs),
    range,
    count,
  )
  const at = (p: LatencyPoint): Dot => ({ x: time.x(p.invokedAt), y: y(p.latencyMs) })
  // Dots closer than a radius would look the same: one per 2 px cell keeps long runs light.
  const ok = onePerCell(shown.filter((p) => !p.timedOut).map(at), DOT_R)
  const gaveUp = onePerCell(shown.filter((p) => p.timedOut).map(at), DOT_R)
  return {
    frame: { box, time, endMs, y, yTicks: ticks, label: describe(model) },
    okPath: ok.map(dot).join(''),
    timeoutPath: gaveUp.map(cross).join(''),
    empty: shown.length === 0,
    legend: legend.items,
  }
}

/** The operations that had returned by time atMs (they are kept in the order they returned). */
function returnedBy(points: readonly LatencyPoint[], atMs: number): readonly LatencyPoint[] {
  const n = upperBound({ get: (i) => points[i]!.returnedAt }, 0, points.length, atMs)
  return n === points.length ? points : points.slice(0, n)
}

function dot({ x, y }: Dot): string {
  return `M${x - DOT_R},${y}a${DOT_R},${DOT_R} 0 1,0 ${2 * DOT_R},0a${DOT_R},${DOT_R} 0 1,0 ${-2 * DOT_R},0`
}

function cross({ x, y }: Dot): string {
  const r = CROSS_R
  return `M${x - r},${y - r}l${2 * r},${2 * r}m0,${-2 * r}l${-2 * r},${2 * r}`
}

function describe(model: ChartsModel): string {
  const done = returnedBy(model.series.latency, model.cursor)
  if (done.length === 0) return t('charts.latency.noneReturned', { title: title() })
  const gaveUp = done.filter((p) => p.timedOut).length
  const last = done.at(-1)!
  const lastText = last.timedOut
    ? t('charts.latency.lastGaveUp', { ms: formatMs(last.latencyMs) })
    : t('charts.latency.lastTook', { ms: formatMs(last.latencyMs) })
  return t('charts.latency.label', {
    title: title(),
    at: formatTime(model.cursor),
    returned: done.length,
    gaveUp,
    last: lastText,
  })
}

export function createLatencyChart(parent: Element, onSeek: (t: number) => void) {
  const frame = createChartFrame(parent, { name: 'latency', title: title(), onSeek })
  const empty = frame.marks
    .append('text')
    .attr('class', 'chart-empty')
    .text(t('charts.latency.empty'))
  let emptyAt = ''
  return {
    update(model: ChartsModel, widthPx: number) {
      const layout = layoutLatencyChart(model, widthPx)
      const { box } = layout.frame
      drawLegend(frame.legend, layout.legend)
      frame.update(layout.frame, (ctx, colours) => {
        ctx.fillStyle = colours.accent
        ctx.fill(new Path2D(layout.okPath))
        ctx.strokeStyle = colours.danger
        ctx.lineWidth = CROSS_LINE_PX
        ctx.stroke(new Path2D(layout.timeoutPath))
      })
      // The words stay in the SVG: they change only when the first operation returns.
      const at = `${(box.left + box.right) / 2} ${(box.top + box.bottom) / 2} ${layout.empty}`
      if (at === emptyAt) return
      emptyAt = at
      empty
        .attr('x', (box.left + box.right) / 2)
        .attr('y', (box.top + box.bottom) / 2)
        .attr('visibility', layout.empty ? 'visible' : 'hidden')
    },
    destroy: () => frame.destroy(),
  }
}
