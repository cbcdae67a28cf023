/**
 * Which intervals overlap a window, for intervals added in order of their start (messages
 * are sent in time order). Those that start inside the window are one contiguous run of
 * ids, found by binary search. Those that start before it and reach into it are found by
 * length class: class k holds intervals at most BASE_MS·2^k long, so only its members that
 * start within BASE_MS·2^k before the window can reach it. One message delayed by an hour
 * then costs a look at its own class, not a scan of the hour. The short classes, which
 * hold most messages, keep no list: a query reads every interval that starts within their
 * reach before the window instead (4 bytes a message saved, the same intervals looked at).
 */

import { arrayColumn, ByteColumn, IntColumn, lowerBound, TimeColumn, upperBound } from '../columns'

const BASE_MS = 16
/** Classes below this one (intervals of at most 32 ms) keep no list of members. */
const SHORT_CLASSES = 2
const SHORT_REACH_MS = BASE_MS * 2 ** (SHORT_CLASSES - 1)

/** Where the starts are read from, when they are kept elsewhere (a run's trace). */
export interface Starts {
  get(id: number): number
}

function classOfLength(lengthMs: number): number {
  let k = 0
  while (BASE_MS * 2 ** k < lengthMs) k++
  return k
}

export class IntervalIndex {
  private starts: Starts
  /** The start of the last interval added: they must not decrease. */
  private lastStart = -Infinity
  private ends = new TimeColumn()
  /** Each interval's class, by the furthest it has ever reached: it never shrinks. */
  private classOf = new ByteColumn()
  /** Per class past the short ones, its ids in order, appended as intervals are added. */
  private members: (IntColumn | undefined)[] = []
  /** Per class, ids that moved up into it later (grew), kept sorted; few. */
  private movers: number[][] = []
  count = 0

  /**
   * `starts`: where interval id's start is read once added (a run's diagram reads its
   * messages' send times from the trace); left out, they are kept here.
   */
  constructor(starts?: Starts) {
    this.starts = starts ?? new TimeColumn()
  }

  /** Adds [start, end] and returns its id (0, 1, …). Starts must not decrease. */
  add(start: number, end: number): number {
    if (start < this.lastStart) {
      throw new Error(`intervals must be added in order of start (${start} after a later one)`)
    }
    this.lastStart = start
    const id = this.count++
    if (this.starts instanceof TimeColumn) this.starts.set(id, start)
    this.ends.set(id, end)
    const k = classOfLength(end - start)
    this.classOf.set(id, k)
    if (k >= SHORT_CLASSES) this.classList(k).push(id)
    return id
  }

  /**
   * A copy of the first `n` intervals, for a branch: `endAt` gives the end each had then,
   * for those whose end moved since (ask `endsAfter` which). A class kept from a later end
   * is still an upper bound of its length, so queries answer as a fresh index would.
   */
  forkAt(
    n: number,
    moved: Iterable<number>,
    endAt: (id: number) => number,
    starts?: Starts,
  ): IntervalIndex {
    const copy = new IntervalIndex(starts)
    copy.count = Math.min(n, this.count)
    if (starts === undefined && this.starts instanceof TimeColumn) {
      copy.starts = this.starts.copy(copy.count)
    }
    copy.lastStart = copy.count > 0 ? this.starts.get(copy.count - 1) : -Infinity
    copy.ends = this.ends.copy(copy.count)
    copy.classOf = this.classOf.copy(copy.count)
    copy.members = this.members.map((ids) => {
      if (ids === undefined) return undefined
      return ids.copy(lowerBound(ids, 0, ids.length, copy.count))
    })
    copy.movers = this.movers.map((ids) => ids.filter((id) => id < copy.count))
    for (const id of moved) if (id < copy.count) copy.ends.set(id, endAt(id))
    return copy
  }

  /** Ids of the intervals whose end is at or after `t`: every one still open then, and more. */
  endsAfter(t: number): number[] {
    return this.query(t, Infinity)
  }

  /** Moves the end of interval `id` (a delivery, a drop, a delay). */
  setEnd(id: number, end: number): void {
    this.ends.set(id, end)
    const k = classOfLength(end - this.starts.get(id))
    if (k <= this.classOf.get(id)) return
    // The copy in its old class stays behind; queries skip it by its class.
    this.classOf.set(id, k)
    if (k < SHORT_CLASSES) return
    this.classList(k)
    const movers = this.movers[k]!
    movers.splice(upperBound(arrayColumn(movers), 0, movers.length, id), 0, id)
  }

  start(id: number): number {
    return this.starts.get(id)
  }

  end(id: number): number {
    return this.ends.get(id)
  }

  /** How many intervals start in [from, to]. */
  startingIn(from: number, to: number): number {
    const hi = upperBound(this.starts, 0, this.count, to)
    return hi - lowerBound(this.starts, 0, hi, from)
  }

  /** Ids of the intervals that overlap [from, to] (ends included), ascending. */
  query(from: number, to: number): number[] {
    const hi = upperBound(this.starts, 0, this.count, to)
    const lo = lowerBound(this.starts, 0, hi, from)
    const out: number[] = []
    const first = lowerBound(this.starts, 0, lo, from - SHORT_REACH_MS)
    for (let id = first; id < lo; id++) {
      if (this.classOf.get(id) < SHORT_CLASSES && this.ends.get(id) >= from) out.push(id)
    }
    for (let k = SHORT_CLASSES; k < this.members.length; k++) {
      const members = this.members[k]
      if (members === undefined) continue
      this.spanning(k, members, from, lo, out)
      const movers = this.movers[k]!
      this.spanning(k, { get: (i) => movers[i]!, length: movers.length }, from, lo, out)
    }
    out.sort((a, b) => a - b)
    for (let id = lo; id < hi; id++) out.push(id)
    return out
  }

  /** Members of class k that start before the window (id < lo) and reach into it. */
  private spanning(
    k: number,
    ids: { get(i: number): number; readonly length: number },
    from: number,
    lo: number,
    out: number[],
  ): void {
    const startOf = { get: (i: number) => this.starts.get(ids.get(i)) }
    const first = lowerBound(startOf, 0, ids.length, from - BASE_MS * 2 ** k)
    for (let i = first; i < ids.length; i++) {
      const id = ids.get(i)
      if (id >= lo) break
      if (this.classOf.get(id) === k && this.ends.get(id) >= from) out.push(id)
    }
  }

  private classList(k: number): IntColumn {
    while (this.members.length <= k) {
      this.members.push(undefined)
      this.movers.push([])
    }
    return (this.members[k] ??= new IntColumn(-1))
  }
}
