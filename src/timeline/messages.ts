/** Looking up messages by id in a trace: where each was sent, and what became of it. */

import { entriesBefore, IntColumn } from './columns'
import { Trace, type TraceEntry, type TraceView } from '../sim/trace'

export type SendEntry = Extract<TraceEntry, { kind: 'send' }>

/**
 * An index of messages by id, grown as the trace grows: the trace entry of each one's
 * send and of its delivery or drop, when it was due, and whether a fault delayed it.
 * Message ids follow send order, so the columns are indexed by id. A recorded trace
 * (sim/trace-store.ts) already knows where each message was sent and when it was due:
 * those are read from it, and only what it does not know is kept here.
 */
export class MessageIndex {
  /** Sends the trace does not index itself (a plain array, or an entry kept as an object). */
  private sends = new IntColumn(-1)
  private ends = new IntColumn(-1)
  /** Messages a fault delayed, and when they became due. */
  private readonly delays = new Map<number, number>()
  /** The delays in trace order, [entry, id, due] each (few): what a branch's copy keeps. */
  private readonly delayLog: [number, number, number][] = []
  private trace: TraceView = []
  private highestId = -1
  private scanned = 0

  /** Reads the entries added since the last call. */
  update(trace: TraceView): this {
    this.trace = trace
    const columns = trace instanceof Trace ? trace : null
    for (; this.scanned < trace.length; this.scanned++) {
      const i = this.scanned
      const kind = columns !== null ? columns.kindAt(i) : trace.at(i)!.kind
      if (kind === 'send') {
        const id = idAt(trace, i)
        if (columns?.sendEntry(id) !== i) this.sends.set(id, i)
        if (id > this.highestId) this.highestId = id
      } else if (kind === 'deliver' || kind === 'drop') {
        this.ends.set(idAt(trace, i), i)
      } else if (kind === 'delay') {
        const e = trace.at(i) as Extract<TraceEntry, { kind: 'delay' }>
        this.delays.set(e.id, e.deliverAt)
        this.delayLog.push([i, e.id, e.deliverAt])
      }
    }
    return this
  }

  /**
   * A copy that has read the first `count` entries (or as many as this one has, if fewer),
   * to grow over a branch's trace, which shares them.
   */
  forkAt(count: number): MessageIndex {
    const n = Math.min(count, this.scanned)
    const copy = new MessageIndex()
    // Ids follow send order: the last one sent before entry n, by binary search.
    let lo = -1
    let hi = this.highestId
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.sendEntryOf(mid) < n) lo = mid
      else hi = mid - 1
    }
    copy.highestId = lo
    copy.sends = entriesBefore(this.sends, lo + 1, n)
    // A branch at the cursor leaves few entries read past it: undo theirs, not look at all.
    copy.ends =
      this.scanned - n < lo + 1 ? this.endsBefore(lo + 1, n) : entriesBefore(this.ends, lo + 1, n)
    for (const [i, id, due] of this.delayLog) {
      if (i >= n) break
      copy.delays.set(id, due)
      copy.delayLog.push([i, id, due])
    }
    copy.trace = this.trace
    copy.scanned = n
    return copy
  }

  /**
   * The ends of the first `ids` messages as the first `count` entries had them: the ends
   * read from the entries after those undone (what `entriesBefore` gives, found from the
   * other side).
   */
  private endsBefore(ids: number, count: number): IntColumn {
    const copy = this.ends.copy(ids)
    const columns = this.trace instanceof Trace ? this.trace : null
    for (let i = count; i < this.scanned; i++) {
      const kind = columns !== null ? columns.kindAt(i) : this.trace.at(i)!.kind
      if (kind !== 'deliver' && kind !== 'drop') continue
      const id = idAt(this.trace, i)
      if (id < ids) copy.set(id, -1)
    }
    return copy
  }

  /** The entry of message `id`'s send however far this index has read (or -1). */
  private sendEntryOf(id: number): number {
    const own = this.sends.get(id)
    return own >= 0 || !(this.trace instanceof Trace) ? own : this.trace.sendEntry(id)
  }

  sendOf(trace: TraceView, id: number): SendEntry | undefined {
    const i = this.update(trace).sendIndex(id)
    return i < 0 ? undefined : (trace.at(i) as SendEntry)
  }

  /** The highest message id sent so far. */
  get lastId(): number {
    return this.highestId
  }

  /** The trace index of the send of message `id`, or -1. */
  sendIndex(id: number): number {
    const own = this.sends.get(id)
    if (own >= 0 || !(this.trace instanceof Trace)) return own
    const i = this.trace.sendEntry(id)
    return i < this.scanned ? i : -1
  }

  /** The trace index of its delivery or drop, or -1 while in flight. */
  endIndex(id: number): number {
    return this.ends.get(id)
  }

  /** When it is (or was) due to arrive, after any delay. */
  dueAt(id: number): number {
    const delayed = this.delays.get(id)
    if (delayed !== undefined) return delayed
    const i = this.sendIndex(id)
    return i < 0 ? NaN : (this.trace.at(i) as SendEntry).deliverAt
  }

  /** When it was due as the first `count` entries had it: after the delays among them. */
  dueBefore(id: number, count: number): number {
    let due = NaN
    for (const [i, delayed, at] of this.delayLog) {
      if (i >= count) break
      if (delayed === id) due = at
    }
    if (!Number.isNaN(due)) return due
    const i = this.sendIndex(id)
    return i < 0 ? NaN : (this.trace.at(i) as SendEntry).deliverAt
  }

  delayed(id: number): boolean {
    return this.delays.has(id)
  }
}

/** The message id of entry i, a send, delivery, drop or delay. */
function idAt(trace: TraceView, i: number): number {
  return trace instanceof Trace ? trace.messageAt(i) : (trace.at(i) as { id: number }).id
}
