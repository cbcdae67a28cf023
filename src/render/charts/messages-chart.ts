/**
 * Messages per second: a bar per time bin, its height the rate of sends; the lower part,
 * in the warning colour, the share of those messages that were lost (by loss, a partition,
 * a crashed receiver or a drop fault).
 */

import { svgEl } from '../graph-dom'
import { chartBox, round1, timeAxis, yTicks } from './axes'
import { binCounts } from './downsample'
import { attrs, createChartFrame, type FrameContent } from './frame'
import { drawLegend, legendLayout, type PlacedItem } from './legend'
import { formatTime, linearScale, valueTicks } from './scale'
import type { ChartsModel } from './model'

const TITLE = 'Messages per second'
const TITLE_WIDTH_PX = 130

export interface MessagesLayout {
  readonly frame: FrameContent
  /** Bars of the messages that arrived (or are in flight), and of those lost, as paths. */
  readonly sentPath: string
  readonly lostPath: string
  readonly binMs: number
  readonly legend: readonly PlacedItem[]
}

export function layoutMessagesChart(model: ChartsModel, widthPx: number): MessagesLayout {
  const { series, cursor, endMs } = model
  const legend = legendLayout(
    [
      { label: 'sent', swatch: 'chart-swatch-sent', colour: null },
      { label: 'lost', swatch: 'chart-swatch-lost', colour: null },
    ],
    widthPx,
    TITLE_WIDTH_PX,
  )
  const box = chartBox(widthPx)
  const time = timeAxis(box, cursor, endMs)
  const { binMs, bins } = binCounts(
    series.sent,
    series.lost,
    series.bucketMs,
    endMs,
    box.right - box.left,
  )
  const values = valueTicks(Math.max(0, ...bins.map((b) => b.sentPerS)), 2, true)
  const y = linearScale(0, values.max, box.bottom, box.top)
  // A pixel between bars when they are wide enough to spare it.
  const gap = time.x(binMs) - time.x(0) >= 4 ? 1 : 0
  let sentPath = ''
  let lostPath = ''
  for (const b of bins) {
    const x0 = round1(time.x(b.fromMs))
    const x1 = round1(time.x(b.toMs) - gap)
    const top = round1(y(b.sentPerS))
    const mid = round1(y(b.lostPerS))
    if (b.sentPerS > b.lostPerS) sentPath += bar(x0, x1, mid, top)
    if (b.lostPerS > 0) lostPath += bar(x0, x1, box.bottom, mid)
  }
  const frame = { box, time, endMs, yTicks: yTicks(values.ticks, y), label: describe(model) }
  return { frame, sentPath, lostPath, binMs, legend: legend.items }
}

function bar(x0: number, x1: number, bottom: number, top: number): string {
  return `M${x0},${bottom}V${top}H${x1}V${bottom}Z`
}

function describe(model: ChartsModel): string {
  const { series, cursor } = model
  const upTo = Math.floor(cursor / series.bucketMs)
  let sent = 0
  let lost = 0
  for (let b = 0; b <= upTo && b < series.sent.length; b++) {
    sent += series.sent[b]!
    lost += series.lost[b]!
  }
  return `${TITLE}, sent and lost. Up to ${formatTime(cursor)}: ${sent} sent, ${lost} of them lost`
}

export function createMessagesChart(parent: Element, onSeek: (t: number) => void) {
  const frame = createChartFrame(parent, { name: 'messages', title: TITLE, onSeek })
  const sent = svgEl(frame.marks, 'path', { class: 'chart-bar-sent' })
  const lost = svgEl(frame.marks, 'path', { class: 'chart-bar-lost' })
  return {
    update(model: ChartsModel, widthPx: number) {
      const layout = layoutMessagesChart(model, widthPx)
      frame.update(layout.frame)
      drawLegend(frame.legend, layout.legend)
      attrs(sent, { d: layout.sentPath })
      attrs(lost, { d: layout.lostPath })
    },
    destroy: () => frame.destroy(),
  }
}
