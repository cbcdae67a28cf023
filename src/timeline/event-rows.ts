/**
 * The rows of a filtered event log: the numbers of the trace entries a filter lets
 * through, in trace order (so in time order), grown as the trace grows.
 */

import { IntColumn, lowerBound, upperBound } from './columns'
import type { TraceView } from '../sim/trace'

/** Row r shows trace entry `at(r)`. */
export interface Rows {
  readonly length: number
  at(row: number): number
}

/** Each entry's code: its type number in the low bits, one bit per node it concerns above. */
export const TYPE_BITS = 3
const TYPE_MASK = (1 << TYPE_BITS) - 1

/** Every entry, unfiltered: no list to keep. */
export class AllRows implements Rows {
  constructor(readonly length: number) {}

  at(row: number): number {
    return row
  }
}

export class FilteredRows implements Rows {
  private entries = new IntColumn()
  private scanned = 0

  /**
   * `types`: a mask over type numbers; `nodeBits`: entries must concern one (null: any);
   * `keep`: a further test of the entry's number, for what the codes cannot say.
   */
  constructor(
    private readonly types: number,
    private readonly nodeBits: number | null,
    private readonly keep: ((entry: number) => boolean) | null = null,
  ) {}

  get length(): number {
    return this.entries.length
  }

  at(row: number): number {
    return this.entries.get(row)
  }

  /** A copy that has read the first `count` codes (or as many as this one, if fewer). */
  forkAt(count: number, keep: ((entry: number) => boolean) | null): FilteredRows {
    const copy = new FilteredRows(this.types, this.nodeBits, keep)
    copy.scanned = Math.min(count, this.scanned)
    const rows = lowerBound(this.entries, 0, this.entries.length, copy.scanned)
    copy.entries = this.entries.copy(rows)
    return copy
  }

  /** Whether it keeps only what entries' codes say (it needs no further test). */
  get byCode(): boolean {
    return this.keep === null
  }

  /** Reads the codes added since the last call. */
  extend(codes: { readonly length: number; get(i: number): number }): this {
    for (; this.scanned < codes.length; this.scanned++) {
      const code = codes.get(this.scanned)
      if (((this.types >>> (code & TYPE_MASK)) & 1) === 0) continue
      if (this.nodeBits !== null && (code & this.nodeBits) === 0) continue
      if (this.keep !== null && !this.keep(this.scanned)) continue
      this.entries.push(this.scanned)
    }
    return this
  }
}

/** How many rows show entries at or before time t: the rows up to the cursor. */
export function rowsUpTo(rows: Rows, trace: TraceView, t: number): number {
  return upperBound({ get: (r) => trace.at(rows.at(r))!.t }, 0, rows.length, t)
}

/** The row that shows trace entry i, or -1 when the filter hides it. */
export function rowOfEntry(rows: Rows, i: number): number {
  const row = lowerBound({ get: (r) => rows.at(r) }, 0, rows.length, i)
  return row < rows.length && rows.at(row) === i ? row : -1
}
