/**
 * Messages and marks by lane, so a diagram that draws a few lanes of a thousand asks only
 * for theirs: a window of one lane costs two binary searches plus what it returns, not a
 * look at the 16,000 messages a 1,000-node cluster sends in two seconds.
 *
 * Each lane keeps the messages it sends or receives (as interval ids, in order of sending)
 * and its marks (in time order). A message that starts before a window can still reach
 * into it: a lane remembers its longest ordinary message, so only those sent that long
 * before the window are looked at; the rare very long one (a delay fault) sits in a short
 * list of its own that is always looked at.
 */

import { arrayColumn, IntColumn, lowerBound, upperBound } from '../columns'
import type { IntervalIndex } from './intervals'

/** Longer than this, a message goes on its lane's list of long ones. */
const LONG_MS = 10_000

interface Lane {
  /** Interval ids, in a column: a 1-hour run has over a million of them. */
  readonly messages: IntColumn
  readonly long: number[]
  /** The longest message among `messages` that is not in `long`. */
  longestMs: number
  readonly marks: number[]
}

export class LaneIndex {
  private readonly lanes = new Map<string, Lane>()

  /** `intervals` holds each message's send and arrival times, by interval id. */
  constructor(private readonly intervals: IntervalIndex) {}

  /**
   * A copy for a branch that holds the first `slots` intervals of `intervals` (the
   * branch's) and the first `marks` marks. A lane's longest message is kept as it is: a
   * message that ends sooner in the branch only makes a lane look a little further back.
   */
  forkAt(slots: number, marks: number, intervals: IntervalIndex): LaneIndex {
    const copy = new LaneIndex(intervals)
    for (const [id, lane] of this.lanes) {
      copy.lanes.set(id, {
        messages: lane.messages.copy(lowerBound(lane.messages, 0, lane.messages.length, slots)),
        long: lane.long.filter((slot) => slot < slots),
        longestMs: lane.longestMs,
        marks: lane.marks.slice(
          0,
          lowerBound(arrayColumn(lane.marks), 0, lane.marks.length, marks),
        ),
      })
    }
    return copy
  }

  /** A message sent from one lane to another (the same lane once, if both). */
  addMessage(slot: number, from: string, to: string): void {
    for (const id of from === to ? [from] : [from, to]) {
      const lane = this.lane(id)
      lane.messages.push(slot)
      this.fit(lane, slot)
    }
  }

  /** A message's end moved (a delivery, a drop, a delay): its lanes may look further back. */
  moved(slot: number, from: string, to: string): void {
    for (const id of from === to ? [from] : [from, to]) this.fit(this.lane(id), slot)
  }

  addMark(index: number, lane: string): void {
    this.lane(lane).marks.push(index)
  }

  /** Interval ids of the messages of `lanes` that overlap [fromMs, toMs], ascending, once each. */
  messagesIn(lanes: readonly string[], fromMs: number, toMs: number): number[] {
    const found = new Set<number>()
    const start = { get: (_i: number) => 0 }
    for (const id of lanes) {
      const lane = this.lanes.get(id)
      if (lane === undefined) continue
      const list = lane.messages
      start.get = (i) => this.intervals.start(list.get(i))
      const hi = upperBound(start, 0, list.length, toMs)
      const lo = lowerBound(start, 0, hi, fromMs - lane.longestMs)
      for (let i = lo; i < hi; i++) {
        const slot = list.get(i)
        if (this.intervals.end(slot) >= fromMs) found.add(slot)
      }
      for (const slot of lane.long) {
        const overlaps = this.intervals.start(slot) <= toMs && this.intervals.end(slot) >= fromMs
        if (overlaps) found.add(slot)
      }
    }
    return [...found].sort((a, b) => a - b)
  }

  /** Indices of the marks of `lanes` in [fromMs, toMs], ascending; `at` reads a mark's time. */
  marksIn(
    lanes: readonly string[],
    fromMs: number,
    toMs: number,
    at: (index: number) => number,
  ): number[] {
    const out: number[] = []
    const time = { get: (_i: number) => 0 }
    for (const id of lanes) {
      const marks = this.lanes.get(id)?.marks
      if (marks === undefined) continue
      time.get = (i) => at(marks[i]!)
      const lo = lowerBound(time, 0, marks.length, fromMs)
      const hi = upperBound(time, lo, marks.length, toMs)
      for (let i = lo; i < hi; i++) out.push(marks[i]!)
    }
    return out.sort((a, b) => a - b)
  }

  private fit(lane: Lane, slot: number): void {
    const lengthMs = this.intervals.end(slot) - this.intervals.start(slot)
    if (lengthMs <= lane.longestMs) return
    if (lengthMs <= LONG_MS) lane.longestMs = lengthMs
    else if (!lane.long.includes(slot)) lane.long.push(slot)
  }

  private lane(id: string): Lane {
    let lane = this.lanes.get(id)
    if (lane === undefined) {
      lane = { messages: new IntColumn(), long: [], longestMs: 0, marks: [] }
      this.lanes.set(id, lane)
    }
    return lane
  }
}
