/**
 * Append-only columns of numbers, for the trace and the indexes over it. The first chunk
 * grows by doubling (a short run holds a few hundred bytes, not a full chunk); past it, the
 * column grows by fixed-size typed-array chunks, so a million-entry column never copies
 * itself to grow and never holds twice the memory it needs.
 */

const SHIFT = 16
const CHUNK = 1 << SHIFT
const MASK = CHUNK - 1
const FIRST = 64

type Chunk = Int32Array | Float64Array | Uint8Array

class Column<C extends Chunk> {
  protected chunks: C[] = []
  /** One past the highest index written. */
  length = 0

  /** `fill`: what a cell never written reads as. */
  constructor(
    protected make: (size: number) => C,
    protected readonly fill: number,
  ) {}

  get(i: number): number {
    const chunk = this.chunks[i >>> SHIFT]
    return chunk === undefined || i >= this.length ? this.fill : chunk[i & MASK]!
  }

  /** Writes at any index, growing the column (cells skipped over hold the fill value). */
  set(i: number, value: number): void {
    const c = i >>> SHIFT
    const chunk = this.chunks[c]
    if (chunk === undefined || (i & MASK) >= chunk.length) this.grow(i)
    this.chunks[c]![i & MASK] = value
    if (i >= this.length) this.length = i + 1
  }

  push(value: number): void {
    this.set(this.length, value)
  }

  /** Bytes held by the chunks. */
  get bytes(): number {
    return this.chunks.reduce((sum, c) => sum + c.byteLength, 0)
  }

  /** A copy of the first `n` cells. */
  protected copyInto<T extends Column<C>>(into: T, n: number): T {
    const whole = n >>> SHIFT
    into.chunks = this.chunks.slice(0, whole).map((c) => c.slice() as C)
    if (n & MASK) into.chunks.push(this.chunks[whole]!.slice() as C)
    into.length = Math.min(n, this.length)
    return into
  }

  private grow(i: number): void {
    const first = this.chunks[0]
    if (first !== undefined && first.length < CHUNK) {
      let size = first.length
      while (size <= Math.min(i, CHUNK - 1)) size *= 2
      const bigger = this.sized(Math.min(size, CHUNK))
      bigger.set(first)
      this.chunks[0] = bigger
    }
    if (this.chunks.length === 0) this.chunks.push(this.sized(i < CHUNK ? firstSize(i) : CHUNK))
    while (this.chunks.length <= i >>> SHIFT) this.chunks.push(this.sized(CHUNK))
  }

  private sized(size: number): C {
    const chunk = this.make(size)
    if (this.fill !== 0) chunk.fill(this.fill)
    return chunk
  }
}

function firstSize(i: number): number {
  let size = FIRST
  while (size <= i) size *= 2
  return Math.min(size, CHUNK)
}

export class IntColumn extends Column<Int32Array> {
  constructor(fill = 0) {
    super((n) => new Int32Array(n), fill)
  }

  copy(n: number): IntColumn {
    return this.copyInto(new IntColumn(this.fill), n)
  }
}

export class FloatColumn extends Column<Float64Array> {
  constructor(fill = 0) {
    super((n) => new Float64Array(n), fill)
  }
}

export class ByteColumn extends Column<Uint8Array> {
  constructor() {
    super((n) => new Uint8Array(n), 0)
  }

  copy(n: number): ByteColumn {
    return this.copyInto(new ByteColumn(), n)
  }
}

/**
 * Times (virtual ms): whole numbers in 32 bits each while they are all whole and fit, as a
 * run's times are; the first that is not turns the column into 64-bit floats.
 */
export class TimeColumn extends Column<Int32Array | Float64Array> {
  private whole = true

  constructor() {
    super((n) => new Int32Array(n), 0)
  }

  override set(i: number, value: number): void {
    if (this.whole && ((value | 0) !== value || Object.is(value, -0))) this.widen()
    super.set(i, value)
  }

  copy(n: number): TimeColumn {
    const into = this.copyInto(new TimeColumn(), n)
    if (!this.whole) into.widen()
    return into
  }

  private widen(): void {
    this.whole = false
    this.chunks = this.chunks.map((c) => Float64Array.from(c))
    this.make = (n) => new Float64Array(n)
  }
}
