/** Looking up messages by id in a trace: where each was sent, and what became of it. */

import { FloatColumn, IntColumn } from './columns'
import type { TraceEntry } from '../sim/trace'

export type SendEntry = Extract<TraceEntry, { kind: 'send' }>

/**
 * An index of messages by id, grown as the trace grows: the trace entry of each one's
 * send and of its delivery or drop, when it was due, and whether a fault delayed it.
 * Message ids follow send order, so the columns are indexed by id.
 */
export class MessageIndex {
  private readonly sends = new IntColumn(-1)
  private readonly ends = new IntColumn(-1)
  private readonly due = new FloatColumn(NaN)
  private readonly delays = new IntColumn(0)
  private scanned = 0

  /** Reads the entries added since the last call. */
  update(trace: readonly TraceEntry[]): this {
    for (; this.scanned < trace.length; this.scanned++) {
      const e = trace[this.scanned]!
      switch (e.kind) {
        case 'send':
          this.sends.set(e.id, this.scanned)
          this.due.set(e.id, e.deliverAt)
          break
        case 'deliver':
        case 'drop':
          this.ends.set(e.id, this.scanned)
          break
        case 'delay':
          this.due.set(e.id, e.deliverAt)
          this.delays.set(e.id, 1)
          break
      }
    }
    return this
  }

  sendOf(trace: readonly TraceEntry[], id: number): SendEntry | undefined {
    const i = this.update(trace).sends.get(id)
    return i < 0 ? undefined : (trace[i] as SendEntry)
  }

  /** The highest message id sent so far. */
  get lastId(): number {
    return this.sends.length - 1
  }

  /** The trace index of the send of message `id`, or -1. */
  sendIndex(id: number): number {
    return this.sends.get(id)
  }

  /** The trace index of its delivery or drop, or -1 while in flight. */
  endIndex(id: number): number {
    return this.ends.get(id)
  }

  /** When it is (or was) due to arrive, after any delay. */
  dueAt(id: number): number {
    return this.due.get(id)
  }

  delayed(id: number): boolean {
    return this.delays.get(id) === 1
  }
}
