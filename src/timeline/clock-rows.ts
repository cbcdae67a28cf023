/**
 * A lane's vector clock rows: its clock at each event where a delivery raised it, for the
 * causal index (causality.ts). A row is added only where a component rose, and components
 * only ever rise along a lane, so an event's clock is its lane's last row at or before it,
 * and the first row whose component k reaches a value can be found by binary search.
 *
 * A node's lane has a row at most at each of its deliveries: 600,000 rows in a 1-hour
 * 5-node run, which as whole rows of 32-bit numbers (and their entries) held 19 MB. Here a
 * row is kept as what changed since the row before: its entry's distance from that row's,
 * a mask of the components that rose, and by how much each rose, in variable-length
 * numbers (a byte each, nearly always: about 4 bytes a row). Every ANCHOR_EVERY-th row is
 * also kept whole, to start reading from, so a lookup reads at most that many rows.
 * (A client's lane has a few rows only: client-lanes.ts.)
 */

import { ByteColumn, IntColumn, lowerBound, upperBound } from './columns'

export interface ClockRows {
  /** Appends the row of `entry`, later than every row so far: one component per node. */
  push(entry: number, row: ArrayLike<number>): void
  /** Component k of the last row, or 0 if there is none. */
  last(k: number): number
  /** Fills `out` with the last row at or before `entry` (zeros if none). */
  rowAt(entry: number, out: Int32Array): void
  /** The entry of the first row whose component k is at least `value`, or -1. */
  firstReaching(k: number, value: number): number
}

/** A whole row every this many, to start reading from. */
const ANCHOR_EVERY = 32

/** Rows kept as changes from the row before: a node's lane. */
export class PackedClockRows implements ClockRows {
  private bytes = new ByteColumn()
  /** Per anchor: its row's entry, where the row after it starts, and the whole row. */
  private anchorEntry = new IntColumn()
  private anchorOffset = new IntColumn()
  private anchorRow = new IntColumn()
  private readonly lastRow: Int32Array
  private lastEntry = -1
  private count = 0
  private readonly maskBytes: number
  /** Where the reading methods read next in `bytes`. */
  private pos = 0

  constructor(private readonly width: number) {
    this.lastRow = new Int32Array(width)
    this.maskBytes = (width + 7) >>> 3
  }

  push(entry: number, row: ArrayLike<number>): void {
    const w = this.width
    this.write(entry - this.lastEntry)
    for (let b = 0; b < this.maskBytes; b++) {
      let mask = 0
      for (let k = b * 8; k < Math.min(w, b * 8 + 8); k++) {
        if (row[k] !== this.lastRow[k]) mask |= 1 << (k & 7)
      }
      this.bytes.push(mask)
    }
    for (let k = 0; k < w; k++) {
      if (row[k] !== this.lastRow[k]) this.write(row[k]! - this.lastRow[k]!)
      this.lastRow[k] = row[k]!
    }
    this.lastEntry = entry
    if (this.count % ANCHOR_EVERY === 0) {
      this.anchorEntry.push(entry)
      this.anchorOffset.push(this.bytes.length)
      for (let k = 0; k < w; k++) this.anchorRow.push(row[k]!)
    }
    this.count++
  }

  last(k: number): number {
    return this.lastRow[k]!
  }

  rowAt(entry: number, out: Int32Array): void {
    const a = upperBound(this.anchorEntry, 0, this.anchorEntry.length, entry) - 1
    if (a < 0) out.fill(0)
    else this.readTo(a, entry, out)
  }

  firstReaching(k: number, value: number): number {
    if (this.count === 0 || this.lastRow[k]! < value) return -1
    const w = this.width
    const anchorRows = { get: (a: number) => this.anchorRow.get(a * w + k) }
    const a = lowerBound(anchorRows, 0, this.anchorEntry.length, value)
    if (a === 0) return this.anchorEntry.get(0)
    const row = new Int32Array(w)
    let entry = this.fromAnchor(a - 1, row)
    while (this.pos < this.bytes.length) {
      entry += this.read()
      this.applyChanges(row)
      if (row[k]! >= value) return entry
    }
    return -1
  }

  /** A copy of the rows of the entries before `count`. */
  prefix(count: number): PackedClockRows {
    const copy = new PackedClockRows(this.width)
    const a = lowerBound(this.anchorEntry, 0, this.anchorEntry.length, count) - 1
    if (a < 0) return copy
    const read = this.readTo(a, count - 1, copy.lastRow)
    copy.lastEntry = read.entry
    copy.count = a * ANCHOR_EVERY + 1 + read.rows
    copy.bytes = this.bytes.copy(this.pos)
    copy.anchorEntry = this.anchorEntry.copy(a + 1)
    copy.anchorOffset = this.anchorOffset.copy(a + 1)
    copy.anchorRow = this.anchorRow.copy((a + 1) * this.width)
    return copy
  }

  /**
   * Reads from anchor a's row on into `row`, up to the last row at or before `entry`; leaves
   * `pos` where the next row starts. Returns that last row's entry and how many rows past
   * the anchor it is.
   */
  private readTo(a: number, entry: number, row: Int32Array): { entry: number; rows: number } {
    let at = this.fromAnchor(a, row)
    let rows = 0
    while (this.pos < this.bytes.length) {
      const start = this.pos
      const next = at + this.read()
      if (next > entry) {
        this.pos = start
        break
      }
      at = next
      this.applyChanges(row)
      rows++
    }
    return { entry: at, rows }
  }

  /** Puts anchor a's row into `row` and `pos` after it; returns its entry. */
  private fromAnchor(a: number, row: Int32Array): number {
    const w = this.width
    for (let k = 0; k < w; k++) row[k] = this.anchorRow.get(a * w + k)
    this.pos = this.anchorOffset.get(a)
    return this.anchorEntry.get(a)
  }

  /** Applies the changes of the row at `pos` (its entry's distance already read). */
  private applyChanges(row: Int32Array): void {
    const w = this.width
    const masks = this.pos
    this.pos += this.maskBytes
    for (let b = 0; b < this.maskBytes; b++) {
      const mask = this.bytes.get(masks + b)
      if (mask === 0) continue
      for (let k = b * 8; k < Math.min(w, b * 8 + 8); k++) {
        if ((mask & (1 << (k & 7))) !== 0) row[k] = row[k]! + this.read()
      }
    }
  }

  /** Reads a number written by `write` at `pos`. */
  private read(): number {
    let value = 0
    let scale = 1
    for (;;) {
      const byte = this.bytes.get(this.pos++)
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 0x80
    }
  }

  /** Appends a number of 0 or more, 7 bits a byte, low bits first. */
  private write(n: number): void {
    while (n >= 0x80) {
      this.bytes.push((n % 0x80) | 0x80)
      n = Math.floor(n / 0x80)
    }
    this.bytes.push(n)
  }
}
