/**
 * The event log's code of each trace entry (its type, and a bit per node it concerns) in as
 * few bytes as the cluster needs: one for up to 5 nodes, two for up to 13, else four. A
 * 1-hour run of 5 nodes has 1.4 million entries: 1.4 MB of codes, not 5.6.
 */

import { ByteColumn, IntColumn } from './columns'
import { TYPE_BITS } from './event-rows'

export class EventCodes {
  private low = new ByteColumn()
  /** The second byte, for 6 to 13 nodes. */
  private high: ByteColumn | null
  /** Every code whole, for more nodes. */
  private whole: IntColumn | null

  constructor(nodes: number) {
    const bits = TYPE_BITS + nodes
    this.whole = bits > 16 ? new IntColumn() : null
    this.high = bits > 8 && bits <= 16 ? new ByteColumn() : null
  }

  get length(): number {
    return this.whole?.length ?? this.low.length
  }

  get(i: number): number {
    if (this.whole !== null) return this.whole.get(i)
    const low = this.low.get(i)
    return this.high === null ? low : low | (this.high.get(i) << 8)
  }

  push(code: number): void {
    if (this.whole !== null) return this.whole.push(code)
    this.low.push(code & 0xff)
    this.high?.push(code >>> 8)
  }

  /** A copy of the first `n` codes. */
  copy(n: number): EventCodes {
    const copy = new EventCodes(0)
    copy.whole = this.whole?.copy(n) ?? null
    copy.low = this.low.copy(this.whole === null ? n : 0)
    copy.high = this.high?.copy(n) ?? null
    return copy
  }
}
