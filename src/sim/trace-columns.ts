/**
 * Append-only columns of numbers, for the trace and the indexes over it. The first chunk
 * grows by doubling (a short run holds a few hundred bytes, not a full chunk); past it, the
 * column grows by fixed-size typed-array chunks, so a million-entry column never copies
 * itself to grow and never holds twice the memory it needs.
 *
 * A copy (a branch's trace and indexes) shares the full chunks it takes with the column it
 * came from, and either clones a shared chunk before writing into it: a copy costs a chunk
 * or two, not the whole column, however long the run.
 */

const SHIFT = 16
const CHUNK = 1 << SHIFT
const MASK = CHUNK - 1
const FIRST = 64

type Chunk = Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array

class Column<C extends Chunk> {
  protected chunks: C[] = []
  /** One past the highest index written. */
  length = 0
  /** Chunks below this one may be shared with a copy (or the column copied from). */
  protected sharedBelow = 0
  /** Of those, the ones cloned since: this column's own again. */
  private owned: boolean[] = []

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
    if (c < this.sharedBelow) this.own(c)
    const chunk = this.chunks[c]
    if (chunk === undefined || (i & MASK) >= chunk.length) this.grow(i)
    this.chunks[c]![i & MASK] = value
    if (i >= this.length) this.length = i + 1
  }

  /** Clones chunk c before a write, unless this column cloned it already. */
  protected own(c: number): void {
    if (this.owned[c] === true) return
    this.chunks[c] = this.chunks[c]!.slice() as C
    this.owned[c] = true
  }

  /** After the chunks were replaced by new ones: none is shared. */
  protected ownAll(): void {
    this.sharedBelow = 0
    this.owned = []
  }

  push(value: number): void {
    this.set(this.length, value)
  }

  /** Bytes held by the chunks. */
  get bytes(): number {
    return this.chunks.reduce((sum, c) => sum + c.byteLength, 0)
  }

  /** A copy of the first `n` cells: full chunks shared, the part of one past them copied. */
  protected copyInto<T extends Column<C>>(into: T, n: number): T {
    const whole = Math.min(n >>> SHIFT, this.chunks.length)
    into.chunks = this.chunks.slice(0, whole)
    into.sharedBelow = whole
    for (let c = 0; c < whole; c++) this.owned[c] = false
    this.sharedBelow = Math.max(this.sharedBelow, whole)
    const part = this.chunks[whole]
    const used = n & MASK
    if (used > 0 && part !== undefined) {
      // Only the cells in use, in a chunk that grows as the first one does (a fresh full
      // one per column made a branch of a long run fault in megabytes of pages). Cells
      // past n read as never written, even once a later write passes them.
      const copy = this.sized(firstSize(used - 1))
      copy.set(part.subarray(0, Math.min(used, part.length)))
      into.chunks.push(copy)
    }
    into.length = Math.min(n, this.length)
    return into
  }

  /**
   * Makes room for cell i. Only the last chunk may be short (the first, or a copy's last):
   * it doubles until i fits, or to a whole chunk when i lies past it.
   */
  protected grow(i: number): void {
    const c = i >>> SHIFT
    const at = this.chunks.length - 1
    const last = this.chunks[at]
    if (last !== undefined && last.length < CHUNK) {
      const need = c === at ? i & MASK : CHUNK - 1
      let size = last.length
      while (size <= need) size *= 2
      const bigger = this.sized(Math.min(size, CHUNK))
      bigger.set(last)
      this.chunks[at] = bigger
    }
    if (this.chunks.length === 0) this.chunks.push(this.sized(i < CHUNK ? firstSize(i) : CHUNK))
    while (this.chunks.length <= c) this.chunks.push(this.sized(CHUNK))
  }

  protected sized(size: number): C {
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

  /** How many cells in [from, to) hold `value` (1 to 255), read chunk by chunk. */
  countIn(from: number, to: number, value: number): number {
    let n = 0
    for (let i = from, end = Math.min(to, this.length); i < end;) {
      const chunk = this.chunks[i >>> SHIFT]!
      const stop = Math.min(end, ((i >>> SHIFT) + 1) * CHUNK)
      for (let j = i & MASK, last = j + stop - i; j < last; j++) if (chunk[j] === value) n++
      i = stop
    }
    return n
  }
}

/**
 * Numbers for a table that holds mostly small whole ones (a payload's number among a few
 * thousand), in as few bytes each as the largest so far needs: one, then two, then four;
 * anything else (negative, fractional, past 32 bits) turns it into 64-bit floats (-0 is
 * kept as 0). Each widening copies the column once.
 */
export class SmallColumn extends Column<Uint8Array | Uint16Array | Uint32Array | Float64Array> {
  private max = 0xff

  constructor() {
    super((n) => new Uint8Array(n), 0)
  }

  /** Column's, repeated: its reads of these array types are then told apart from the others'. */
  override get(i: number): number {
    const chunk = this.chunks[i >>> SHIFT]
    return chunk === undefined || i >= this.length ? 0 : chunk[i & MASK]!
  }

  /** Column's too, repeated for the same reason: a shared write slows every column's. */
  override set(i: number, value: number): void {
    if (this.max !== Infinity && (value > this.max || value >>> 0 !== value)) this.widen(value)
    if (i >>> SHIFT < this.sharedBelow) this.own(i >>> SHIFT)
    const chunk = this.chunks[i >>> SHIFT]
    if (chunk === undefined || (i & MASK) >= chunk.length) this.grow(i)
    this.chunks[i >>> SHIFT]![i & MASK] = value
    if (i >= this.length) this.length = i + 1
  }

  copy(n: number): SmallColumn {
    const into = new SmallColumn()
    into.max = this.max
    into.make = this.make
    return this.copyInto(into, n)
  }

  private widen(value: number): void {
    if (value >>> 0 !== value) {
      this.max = Infinity
      this.make = (n) => new Float64Array(n)
    } else if (value <= 0xffff) {
      this.max = 0xffff
      this.make = (n) => new Uint16Array(n)
    } else {
      this.max = 0xffffffff
      this.make = (n) => new Uint32Array(n)
    }
    this.chunks = this.chunks.map((c) => {
      const wider = this.make(c.length)
      wider.set(c)
      return wider
    })
    this.ownAll()
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
    const into = new TimeColumn()
    if (!this.whole) into.floats()
    return this.copyInto(into, n)
  }

  private widen(): void {
    this.chunks = this.chunks.map((c) => Float64Array.from(c))
    this.ownAll()
    this.floats()
  }

  private floats(): void {
    this.whole = false
    this.make = (n) => new Float64Array(n)
  }
}
