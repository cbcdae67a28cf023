/**
 * Each trace entry's lane, in a byte, for the causal index (causality.ts), and each event's
 * position on a node's lane (its own clock component), counted from the bytes: a count of
 * each node's events is kept every BLOCK entries, and the bytes after it are counted on
 * demand. A list of each lane's events held 4 bytes an event; this holds a third of a byte.
 */

import { ByteColumn, IntColumn, lowerBound } from './columns'

/** A lane code that says: the lane is in `bigLanes` (a byte holds lanes 0 to 253, as 1 to 254). */
const BIG_LANE = 255
const BLOCK_SHIFT = 6
const BLOCK = 1 << BLOCK_SHIFT

export class LaneCodes {
  /** Each entry's lane + 1 (0: no event), or BIG_LANE for a lane past a byte's, kept aside. */
  private codes = new ByteColumn()
  /** The entries of lanes past a byte's (clients of a long run), in order, and their lanes. */
  private bigEntries = new IntColumn()
  private bigLanes = new IntColumn()
  /** Per block of entries, how many events each node had before it. */
  private blockCounts = new IntColumn()
  /** How many events each node has had. */
  private readonly counts: Int32Array
  private entries = 0

  /** `nodes`: lanes 0 to nodes - 1, whose events are counted. */
  constructor(private readonly nodes: number) {
    this.counts = new Int32Array(nodes)
  }

  /** How many entries have been given a lane (or none). */
  get length(): number {
    return this.entries
  }

  /** Gives the next entry its lane: -1 for an entry that is no event. */
  push(lane: number): void {
    const i = this.entries++
    if ((i & (BLOCK - 1)) === 0) for (const n of this.counts) this.blockCounts.push(n)
    if (lane < 0) return
    if (lane < this.nodes) this.counts[lane]!++
    this.codes.set(i, lane + 1 < BIG_LANE ? lane + 1 : BIG_LANE)
    if (lane + 1 < BIG_LANE) return
    this.bigEntries.push(i)
    this.bigLanes.push(lane)
  }

  /** Entry i's lane, or -1 for an entry that is no event (or not read yet). */
  lane(i: number): number {
    if (i < 0 || i >= this.entries) return -1
    const code = this.codes.get(i)
    if (code !== BIG_LANE) return code - 1
    return this.bigLanes.get(lowerBound(this.bigEntries, 0, this.bigEntries.length, i))
  }

  /** How many events node lane `lane` has had. */
  count(lane: number): number {
    return this.counts[lane]!
  }

  /** The position (from 1) of event i on its lane, a node's. */
  seq(i: number, lane: number): number {
    const block = i >>> BLOCK_SHIFT
    return (
      this.blockCounts.get(block * this.nodes + lane) +
      this.countIn(block << BLOCK_SHIFT, i + 1, lane)
    )
  }

  /** The entry of the event at `position` (from 1) on node lane `lane`, or -1 if none. */
  entryAt(lane: number, position: number): number {
    if (position < 1 || position > this.counts[lane]!) return -1
    // The last block that starts with fewer events before it than `position`.
    let lo = 0
    let hi = this.blockCounts.length / this.nodes
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1
      if (this.blockCounts.get(mid * this.nodes + lane) < position) lo = mid
      else hi = mid
    }
    let left = position - this.blockCounts.get(lo * this.nodes + lane)
    for (let i = lo << BLOCK_SHIFT; ; i++) {
      if (this.lane(i) === lane && --left === 0) return i
    }
  }

  /** A copy that has read the first `count` entries only. */
  prefix(count: number): LaneCodes {
    const n = Math.min(count, this.entries)
    const copy = new LaneCodes(this.nodes)
    copy.entries = n
    copy.codes = this.codes.copy(n)
    const big = lowerBound(this.bigEntries, 0, this.bigEntries.length, n)
    copy.bigEntries = this.bigEntries.copy(big)
    copy.bigLanes = this.bigLanes.copy(big)
    const blocks = (n + BLOCK - 1) >>> BLOCK_SHIFT
    copy.blockCounts = this.blockCounts.copy(blocks * this.nodes)
    for (let lane = 0; lane < this.nodes; lane++) {
      copy.counts[lane] = n === 0 ? 0 : this.seq(n - 1, lane)
    }
    return copy
  }

  /** How many entries in [from, to) are events on node lane `lane`. */
  private countIn(from: number, to: number, lane: number): number {
    const code = lane + 1
    if (code < BIG_LANE) return this.codes.countIn(from, Math.min(to, this.entries), code)
    let n = 0
    for (let i = from; i < to; i++) if (this.lane(i) === lane) n++
    return n
  }
}
