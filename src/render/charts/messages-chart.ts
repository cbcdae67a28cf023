/**
 * Messages per second: a step per time bin, its height the rate of sends; the lower part,
 * in the warning colour, the share of those messages that were lost (by loss, a partition,
 * a crashed receiver or a drop fault).
 */

import { chartBox, timeAxis } from './axes'
import { binCounts, type Bin } from './downsample'
import { createChartFrame, type FrameContent } from './frame'
import { drawLegend, LEGEND_ROW_PX, legendLayout, titleWidthPx, type PlacedItem } from './legend'
import { stepAreaPath, type Span } from './paths'
import { formatTime } from './time-format'
import { countAxis } from './value-scale'
import type { ChartsModel } from './model'
import { t } from '../../i18n/translate'

const title = () => t('charts.messages.title')
/** The sent area is lighter than the lost one drawn over it. */
const SENT_ALPHA = 0.7

export interface MessagesLayout {
  readonly frame: FrameContent
  /** Areas of the messages that arrived (or are in flight), and of those lost, as paths. */
  readonly sentPath: string
  readonly lostPath: string
  readonly binMs: number
  readonly legend: readonly PlacedItem[]
}

export function layoutMessagesChart(model: ChartsModel, widthPx: number): MessagesLayout {
  const { series, endMs } = model
  const legend = legendLayout(
    [
      { label: t('charts.messages.sent'), swatch: 'chart-swatch-sent', colour: null },
      { label: t('charts.messages.lost'), swatch: 'chart-swatch-lost', colour: null },
    ],
    widthPx,
    titleWidthPx(title()),
  )
  const box = chartBox(widthPx, undefined, legend.rows * LEGEND_ROW_PX)
  const time = timeAxis(box, model)
  const { binMs, bins } = binCounts(
    series.sent,
    series.lost,
    series.bucketMs,
    endMs,
    box.right - box.left,
  )
  const { y, ticks } = countAxis(
    Math.max(0, ...bins.map((b) => b.sentPerS)),
    [box.bottom, box.top],
    2,
  )
  const x = (ms: number) => time.x(ms)
  const sent = spans(bins, x, (b) => [b.lostPerS, b.sentPerS])
  const lost = spans(bins, x, (b) => [0, b.lostPerS])
  const anyLost = bins.some((b) => b.lostPerS > 0)
  return {
    frame: { box, time, endMs, y, yTicks: ticks, label: describe(model) },
    sentPath: stepAreaPath(sent, y),
    lostPath: anyLost ? stepAreaPath(lost, y) : '',
    binMs,
    legend: legend.items,
  }
}

/** A span per bin from its start, and one more where the last bin ends to close the area. */
function spans(
  bins: readonly Bin[],
  x: (t: number) => number,
  band: (b: Bin) => readonly [number, number],
): Span[] {
  const out = bins.map((b) => {
    const [low, high] = band(b)
    return { x: x(b.fromMs), low, high }
  })
  const last = bins.at(-1)
  if (last !== undefined) out.push({ ...out.at(-1)!, x: x(last.toMs) })
  return out
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
  return t('charts.messages.label', { title: title(), at: formatTime(cursor), sent, lost })
}

export function createMessagesChart(parent: Element, onSeek: (t: number) => void) {
  const frame = createChartFrame(parent, { name: 'messages', title: title(), onSeek })
  return {
    update(model: ChartsModel, widthPx: number) {
      const layout = layoutMessagesChart(model, widthPx)
      drawLegend(frame.legend, layout.legend)
      frame.update(layout.frame, (ctx, colours) => {
        ctx.globalAlpha = SENT_ALPHA
        ctx.fillStyle = colours.accent
        ctx.fill(new Path2D(layout.sentPath))
        ctx.globalAlpha = 1
        ctx.fillStyle = colours.danger
        ctx.fill(new Path2D(layout.lostPath))
      })
    },
    destroy: () => frame.destroy(),
  }
}
