/**
 * Epoch and leader over time: the highest term (ballot, view: the protocol's epoch, named
 * and written as it says) as a step line, and under it a strip with a band per leader in
 * its node's colour (gaps while nobody led; a stale leader behind a partition gets a lane
 * of its own). A leader is a node in a role whose look is `lead`.
 */

import { chartBox, round1, timeAxis } from './axes'
import { stepPoints } from './downsample'
import { createChartFrame, type FrameContent } from './frame'
import { plotNodeColour } from './plot-canvas'
import { stepLinePath } from './paths'
import { formatTime } from './time-format'
import { countAxis } from './value-scale'
import { epochName, epochText } from '../../protocols/epoch'
import type { ChartsModel } from './model'
import type { ProtocolSpec } from '../../sim/protocol'
import { t } from '../../i18n/translate'

const STRIP_PX = 12
const STRIP_GAP_PX = 6
/** A node id is written in its band when the band is at least this wide. */
const LABEL_MIN_PX = 22
const BAND_LABEL_PX = 9
const BAND_LABEL_COLOUR = '#14171c'
const LINE_PX = 1.5

export interface Band {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly colour: number
  readonly label: string | null
}

export interface TermLayout {
  readonly frame: FrameContent
  readonly termPath: string
  readonly bands: readonly Band[]
  readonly stripY: number
}

/** `Term and leader`, `Ballot and leader`. */
export function termChartTitle(spec: ProtocolSpec | undefined): string {
  const name = epochName(spec)
  return t('charts.term.title', { Epoch: capitalised(name) })
}

function capitalised(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`
}

/** A tick's number as the protocol writes its epoch: `3`, or a ballot's `3.1`. */
function epochNumber(spec: ProtocolSpec | undefined, n: number): string {
  return spec?.epoch?.format?.(n) ?? String(n)
}

export function layoutTermChart(model: ChartsModel, widthPx: number): TermLayout {
  const { series, endMs } = model
  const box = chartBox(widthPx)
  const time = timeAxis(box, model)
  const stripY = box.bottom - STRIP_PX
  const top = series.term.at(endMs)
  const spec = series.spec
  const { y, ticks } = countAxis(
    Number.isNaN(top) ? 0 : top,
    [stripY - STRIP_GAP_PX, box.top],
    2,
    (n) => epochNumber(spec, n),
  )
  const frame: FrameContent = {
    box,
    time,
    endMs,
    y,
    yTicks: ticks,
    yNotes: [{ y: stripY + STRIP_PX / 2, label: t('charts.term.leaderStrip') }],
    label: describe(model),
    title: termChartTitle(spec),
  }
  return {
    frame,
    termPath: stepLinePath(stepPoints(series.term, time.x, endMs), y),
    bands: leaderBands(model, time.x, stripY),
    stripY,
  }
}

/** One band per leader span, clipped to the end; at most one per lane per pixel column. */
export function leaderBands(model: ChartsModel, x: (t: number) => number, stripY: number): Band[] {
  const { series, nodes, endMs } = model
  const colourLookup = new Map(nodes.map((id, i) => [id, i]))
  const lanes = Math.max(series.lanes, 1)
  const height = STRIP_PX / lanes
  const bands: { -readonly [K in keyof Band]: Band[K] }[] = []
  const lastByLane = new Map<number, (typeof bands)[number]>()
  for (const span of series.leaders) {
    if (span.from >= endMs) continue
    const x0 = round1(x(span.from))
    const x1 = round1(x(Math.min(span.to ?? endMs, endMs)))
    const colour = colourLookup.get(span.node) ?? nodes.length
    const last = lastByLane.get(span.lane)
    if (last !== undefined && last.colour === colour && x0 - (last.x + last.width) < 1) {
      last.width = Math.max(last.width, x1 - last.x)
      continue
    }
    if (last !== undefined && Math.floor(x0) <= Math.floor(last.x)) continue
    const band = {
      x: x0,
      y: stripY + span.lane * height,
      width: Math.max(x1 - x0, 1),
      height,
      colour,
      label: span.node,
    }
    bands.push(band)
    lastByLane.set(span.lane, band)
  }
  for (const b of bands) {
    const fits = b.width >= Math.max(LABEL_MIN_PX, (b.label?.length ?? 0) * 6 + 6) && height >= 10
    if (!fits) b.label = null
  }
  return bands
}

function describe(model: ChartsModel): string {
  const { series, cursor } = model
  const { spec } = series
  const term = series.term.at(cursor)
  const leaders = series.leaders
    .filter((l) => l.from <= cursor && (l.to === null || l.to > cursor))
    .map((l) => l.node)
  const who =
    leaders.length === 0
      ? t('charts.term.noLeader')
      : t('charts.term.leaders', { names: leaders.join(t('charts.term.and')) })
  // The epoch as the protocol writes it (`term 3`), in German too.
  const now = Number.isNaN(term)
    ? t('charts.term.noEpoch', { epoch: epochName(spec) })
    : `${epochText(spec, term)}, ${who}`
  const title = t('charts.term.overTime', { title: termChartTitle(spec) })
  return t('charts.at', { title, at: formatTime(cursor), now })
}

export function createTermChart(parent: Element, onSeek: (t: number) => void) {
  const title = termChartTitle(undefined)
  const frame = createChartFrame(parent, { name: 'term', title, onSeek })
  return {
    /** The chart's box, to leave it out for a protocol without an epoch. */
    el: frame.el,
    update(model: ChartsModel, widthPx: number) {
      const layout = layoutTermChart(model, widthPx)
      frame.update(layout.frame, (ctx, colours) => {
        for (const b of layout.bands) {
          ctx.fillStyle = plotNodeColour(colours, b.colour)
          ctx.fillRect(b.x, b.y, b.width, b.height)
        }
        ctx.font = `600 ${BAND_LABEL_PX}px ${colours.font}`
        ctx.textAlign = 'center'
        ctx.textBaseline = 'middle'
        // Dark on every node colour, in both themes.
        ctx.fillStyle = BAND_LABEL_COLOUR
        for (const b of layout.bands) {
          if (b.label !== null) ctx.fillText(b.label, b.x + b.width / 2, b.y + b.height / 2)
        }
        ctx.strokeStyle = colours.ink
        ctx.lineWidth = LINE_PX
        ctx.stroke(new Path2D(layout.termPath))
      })
    },
    destroy: () => frame.destroy(),
  }
}
