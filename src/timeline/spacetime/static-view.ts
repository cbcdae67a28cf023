/**
 * A space-time diagram laid out once from ready-made arrows and marks, such as an imported
 * log on a synthetic time axis. It answers windows the same way a run's diagram does.
 */

import { lowerBound, upperBound } from '../columns'
import { IntervalIndex } from './intervals'
import type { Arrow, Mark, SpacetimeView, SpacetimeWindow } from './types'

export class StaticSpacetime implements SpacetimeView {
  private readonly arrows: readonly Arrow[]
  private readonly marks: readonly Mark[]
  private readonly intervals = new IntervalIndex()
  private readonly markTimes = { get: (i: number) => this.marks[i]!.at }
  private readonly end: number

  constructor(
    private readonly laneIds: readonly string[],
    arrows: readonly Arrow[],
    marks: readonly Mark[],
  ) {
    // Intervals go in by start; a window lists arrows by id, as a run's diagram does.
    this.arrows = [...arrows].sort((a, b) => a.sentAt - b.sentAt || a.id - b.id)
    this.marks = [...marks].sort((a, b) => a.at - b.at || a.eventIndex - b.eventIndex)
    let end = this.marks.at(-1)?.at ?? 0
    for (const a of this.arrows) {
      this.intervals.add(a.sentAt, a.arrivedAt ?? a.dueAt)
      end = Math.max(end, a.arrivedAt ?? a.dueAt)
    }
    this.end = end
  }

  lanes(): readonly string[] {
    return this.laneIds
  }

  extent() {
    return { start: 0, end: this.end }
  }

  visible(fromMs: number, toMs: number): SpacetimeWindow {
    const arrows = this.intervals
      .query(fromMs, toMs)
      .map((slot) => this.arrows[slot]!)
      .sort((a, b) => a.id - b.id)
    const lo = lowerBound(this.markTimes, 0, this.marks.length, fromMs)
    const hi = upperBound(this.markTimes, lo, this.marks.length, toMs)
    return { arrows, marks: this.marks.slice(lo, hi), partitions: [], down: [] }
  }
}
