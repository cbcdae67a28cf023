/**
 * Which intervals overlap a window, for intervals added in order of their start (messages
 * are sent in time order). Those that start inside the window are one contiguous run of
 * ids, found by binary search. Those that start before it and reach into it are found by
 * length class: class k holds intervals at most BASE_MS·2^k long, so only its members that
 * start within BASE_MS·2^k before the window can reach it. One message delayed by an hour
 * then costs a look at its own class, not a scan of the hour.
 */

import { ByteColumn, IntColumn, lowerBound, TimeColumn, upperBound } from '../columns'

const BASE_MS = 16

function classOfLength(lengthMs: number): number {
  let k = 0
  while (BASE_MS * 2 ** k < lengthMs) k++
  return k
}

export class IntervalIndex {
  private readonly starts = new TimeColumn()
  private readonly ends = new TimeColumn()
  /** Each interval's class, by the furthest it has ever reached: it never shrinks. */
  private readonly classOf = new ByteColumn()
  /** Per class, its ids in order, appended as intervals are added. */
  private readonly members: (IntColumn | undefined)[] = []
  /** Per class, ids that moved up into it later (grew), kept sorted; few. */
  private readonly movers: number[][] = []
  count = 0

  /** Adds [start, end] and returns its id (0, 1, …). Starts must not decrease. */
  add(start: number, end: number): number {
    if (this.count > 0 && start < this.starts.get(this.count - 1)) {
      throw new Error(`intervals must be added in order of start (${start} after a later one)`)
    }
    const id = this.count++
    this.starts.set(id, start)
    this.ends.set(id, end)
    const k = classOfLength(end - start)
    this.classOf.set(id, k)
    this.classList(k).push(id)
    return id
  }

  /** Moves the end of interval `id` (a delivery, a drop, a delay). */
  setEnd(id: number, end: number): void {
    this.ends.set(id, end)
    const k = classOfLength(end - this.starts.get(id))
    if (k <= this.classOf.get(id)) return
    // The copy in its old class stays behind; queries skip it by its class.
    this.classOf.set(id, k)
    this.classList(k)
    const movers = this.movers[k]!
    movers.splice(upperBound({ get: (i) => movers[i]! }, 0, movers.length, id), 0, id)
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
    for (let k = 0; k < this.members.length; k++) {
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
