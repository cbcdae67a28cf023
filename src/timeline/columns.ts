/**
 * Append-only columns of numbers for indexes over long traces. They grow in fixed-size
 * typed-array chunks, so a million-entry index never copies itself to grow and never
 * holds twice the memory it needs, as a doubling array would while it grows.
 */

const SHIFT = 16
const CHUNK = 1 << SHIFT
const MASK = CHUNK - 1

type Chunk = Int32Array | Float64Array

class Column<C extends Chunk> {
  private readonly chunks: C[] = []
  /** One past the highest index written. */
  length = 0

  /** `fill`: what a cell never written reads as. */
  constructor(
    private readonly make: () => C,
    private readonly fill: number,
  ) {}

  get(i: number): number {
    const chunk = this.chunks[i >>> SHIFT]
    return chunk === undefined || i >= this.length ? this.fill : chunk[i & MASK]!
  }

  /** Writes at any index, growing the column (cells skipped over hold the fill value). */
  set(i: number, value: number): void {
    while (this.chunks.length <= i >>> SHIFT) {
      const chunk = this.make()
      if (this.fill !== 0) chunk.fill(this.fill)
      this.chunks.push(chunk)
    }
    this.chunks[i >>> SHIFT]![i & MASK] = value
    if (i >= this.length) this.length = i + 1
  }

  push(value: number): void {
    this.set(this.length, value)
  }

  /** Bytes held by the chunks. */
  get bytes(): number {
    return this.chunks.reduce((sum, c) => sum + c.byteLength, 0)
  }
}

export class IntColumn extends Column<Int32Array> {
  constructor(fill = 0) {
    super(() => new Int32Array(CHUNK), fill)
  }
}

export class FloatColumn extends Column<Float64Array> {
  constructor(fill = 0) {
    super(() => new Float64Array(CHUNK), fill)
  }
}

/** The first index in [lo, hi) whose value is >= x, for a column sorted ascending there. */
export function lowerBound(col: { get(i: number): number }, lo: number, hi: number, x: number) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (col.get(mid) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first index in [lo, hi) whose value is > x, for a column sorted ascending there. */
export function upperBound(col: { get(i: number): number }, lo: number, hi: number, x: number) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (col.get(mid) <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}
