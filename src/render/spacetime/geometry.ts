/**
 * The space-time diagram laid out as plain positions (Observable Plot's "lay out first,
 * then draw"): lanes top to bottom, time left to right, cut at the cursor so nothing
 * from the future shows. The canvas only strokes what this returns, and hit tests read it.
 */

import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { timeTicks } from '../charts/time-format'
import type { LaneRows } from './lanes'
import type { Arrow, Mark, MarkKind, SpacetimeWindow } from '../../timeline/spacetime/types'

/** Space for the time axis on top (px); the lane labels' gutter on the left is gutter.ts's. */
export const AXIS_PX = 20
const RIGHT_PX = 10
/** Time ticks keep about this far apart. */
const TICK_GAP_PX = 90

export interface Frame {
  readonly width: number
  readonly height: number
  /** The lane labels' gutter on the left, where the plot starts (laneGutter). */
  readonly gutterPx: number
  /** The time window shown, in virtual ms. */
  readonly fromMs: number
  readonly toMs: number
  /** Nothing after it is drawn (the run's future is not known to the viewer yet). */
  readonly cursorMs: number
  /** Lane ids, top to bottom. */
  readonly lanes: readonly string[]
  /** Lanes that are not in `lanes` (clients) are drawn on this one, when given. */
  readonly otherLane: string | null
  /** Lanes too many to share the height: each LANE_PX high, scrolled (lanes.ts). */
  readonly rows?: LaneRows | null
  /** How many lanes at the top are pinned (the selected node and its peers): a rule under them. */
  readonly pinned?: number
}

export interface ArrowShape {
  readonly arrow: Arrow
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
  /** Where it ends for now: delivered, lost (a cross), or still travelling at the cursor. */
  readonly end: 'delivered' | 'dropped' | 'flying'
  /**
   * The lane at its other end when that lane is scrolled out of view: the arrow then runs
   * its whole time but leans only STUB_PX towards it, and is labelled with its id.
   */
  readonly toward?: string
}

export interface MarkShape {
  readonly mark: Mark
  readonly kind: MarkKind
  readonly x: number
  readonly y: number
}

export interface BandShape {
  readonly x1: number
  readonly x2: number
  readonly lane: number
  /**
   * 'down': a crashed node; 'outside': a node not in the cluster (before its join, after it
   * left), where its lane is not drawn; otherwise the partition group's number.
   */
  readonly kind: 'down' | 'outside' | number
}

export interface Layout {
  readonly frame: Frame
  readonly laneY: readonly number[]
  readonly laneHeight: number
  /** The lanes in view: [first, end) (all of them unless they scroll). */
  readonly first: number
  readonly end: number
  readonly arrows: readonly ArrowShape[]
  readonly marks: readonly MarkShape[]
  readonly bands: readonly BandShape[]
  readonly cursorX: number
  /** Virtual ms to x, and back with x.invert. */
  readonly x: ScaleLinear<number, number>
  /** Axis ticks: x, the time they stand for, and how it reads. */
  readonly ticks: readonly { readonly x: number; readonly ms: number; readonly label: string }[]
}

/** Where the lanes end on the right, in a diagram widthPx wide. */
export function plotRightPx(widthPx: number, gutterPx: number): number {
  return Math.max(gutterPx + 1, widthPx - RIGHT_PX)
}

/** The window's time across the plot, from the gutter to the right margin. */
export function timeScale(
  frame: Pick<Frame, 'width' | 'gutterPx' | 'fromMs' | 'toMs'>,
): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([frame.fromMs, frame.toMs])
    .range([frame.gutterPx, plotRightPx(frame.width, frame.gutterPx)])
}

/** How far an arrow to a lane out of view leans towards it, as a share of a lane. */
const STUB_LANES = 0.7

export function layoutDiagram(frame: Frame, window: SpacetimeWindow): Layout {
  const rows = frame.rows ?? null
  const laneCount = Math.max(1, frame.lanes.length)
  const laneHeight = rows?.laneHeightPx ?? (frame.height - AXIS_PX) / laneCount
  const top = AXIS_PX - (rows?.scrollPx ?? 0)
  const laneY = frame.lanes.map((_, i) => top + (i + 0.5) * laneHeight)
  const firstLane = rows?.first ?? 0
  const endLane = rows?.end ?? frame.lanes.length
  const laneIndex = new Map(frame.lanes.map((id, i) => [id, i]))
  const other = frame.otherLane === null ? undefined : laneIndex.get(frame.otherLane)
  const indexOf = (id: string) => laneIndex.get(id) ?? other
  const inView = (i: number) => i >= firstLane && i < endLane
  const x = timeScale(frame)
  const now = frame.cursorMs
  const stubPx = laneHeight * STUB_LANES

  const arrows: ArrowShape[] = []
  for (const arrow of window.arrows) {
    if (arrow.sentAt > now) continue
    const from = indexOf(arrow.from)
    const to = indexOf(arrow.to)
    if (from === undefined || to === undefined) continue
    if (!inView(from) && !inView(to)) continue
    let y1 = laneY[from]!
    let y2 = laneY[to]!
    // One end out of view: lean towards it by a stub, not all the way across the lanes.
    const lean = Math.sign(y2 - y1) * stubPx
    if (!inView(to)) y2 = y1 + lean
    else if (!inView(from)) y1 = y2 - lean
    const toward = !inView(to) ? frame.lanes[to] : !inView(from) ? frame.lanes[from] : undefined
    const arrived = arrow.arrivedAt !== null && arrow.arrivedAt <= now
    const endMs = arrived ? arrow.arrivedAt! : Math.min(now, arrow.dueAt)
    // A message in flight is drawn as far along as it has come by the cursor.
    const reach = arrived ? 1 : progress(arrow.sentAt, arrow.dueAt, endMs)
    arrows.push({
      arrow,
      x1: x(arrow.sentAt),
      y1,
      x2: x(endMs),
      y2: arrived && arrow.fate === 'delivered' ? y2 : y1 + (y2 - y1) * reachOf(arrow, reach),
      end: !arrived ? 'flying' : arrow.fate === 'dropped' ? 'dropped' : 'delivered',
      ...(toward === undefined ? {} : { toward }),
    })
  }

  const marks: MarkShape[] = []
  for (const mark of window.marks) {
    if (mark.at > now) break
    const i = indexOf(mark.node)
    if (i !== undefined && inView(i))
      marks.push({ mark, kind: mark.kind, x: x(mark.at), y: laneY[i]! })
  }

  const bands: BandShape[] = []
  const clip = (to: number | null) => x(Math.min(to ?? now, now, frame.toMs))
  for (const d of window.down) {
    const lane = laneIndex.get(d.node)
    if (lane !== undefined && d.from <= now) {
      bands.push({ x1: x(Math.max(d.from, frame.fromMs)), x2: clip(d.to), lane, kind: 'down' })
    }
  }
  for (const o of window.outside ?? []) {
    const lane = laneIndex.get(o.node)
    if (lane !== undefined && o.from <= now) {
      // A node outside at the cursor has no lane on to the right: its join is not known yet.
      const end = o.to === null || o.to > now ? frame.toMs : Math.min(o.to, frame.toMs)
      bands.push({ x1: x(Math.max(o.from, frame.fromMs)), x2: x(end), lane, kind: 'outside' })
    }
  }
  for (const p of window.partitions) {
    if (p.from > now) continue
    // The largest group keeps the plain background; each smaller one gets its own tint.
    const largest = p.groups.reduce(
      (best, g, i) => (g.length > p.groups[best]!.length ? i : best),
      0,
    )
    p.groups.forEach((group, g) => {
      if (g === largest) return
      for (const id of group) {
        const lane = laneIndex.get(id)
        if (lane === undefined) continue
        bands.push({ x1: x(Math.max(p.from, frame.fromMs)), x2: clip(p.to), lane, kind: g })
      }
    })
  }

  return {
    frame,
    laneY,
    laneHeight,
    first: firstLane,
    end: endLane,
    arrows,
    marks,
    bands,
    cursorX: x(now),
    x,
    ticks: ticksFor(frame, x),
  }
}

function progress(from: number, to: number, at: number): number {
  return to <= from ? 1 : Math.min(1, Math.max(0, (at - from) / (to - from)))
}

/** A dropped message stops where it was lost; one in flight, where it is now. */
function reachOf(arrow: Arrow, reach: number): number {
  if (arrow.fate !== 'dropped' || arrow.arrivedAt === null) return reach
  return Math.min(reach, progress(arrow.sentAt, arrow.dueAt, arrow.arrivedAt))
}

/** Round-numbered ticks about TICK_GAP_PX apart, labelled in ms, s or min. */
function ticksFor(frame: Frame, x: ScaleLinear<number, number>) {
  const count = Math.max(2, Math.floor((frame.width - frame.gutterPx) / TICK_GAP_PX)) + 1
  return timeTicks(frame.fromMs, frame.toMs, count).map((t) => ({
    x: x(t.value),
    ms: t.value,
    label: t.label,
  }))
}
