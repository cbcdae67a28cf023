/**
 * The history as a doubly linked list of call and return entries in time order (Wing &
 * Gong). Linearizing an operation lifts its entries out of the list; backtracking puts them
 * back. Removals and restores happen in strict LIFO order, so a removed entry still knows
 * its neighbours and a restore is O(1) ("dancing links").
 *
 * Operations whose outcome is unknown have no return entry: nothing ever has to wait for
 * them, and the search may finish without linearizing them at all.
 */

import type { Operation } from './types'

export const HEAD = 0

export class EntryList {
  /** Entry i + 1 .. for calls and returns; 0 is the head and `tail` the tail sentinel. */
  readonly next: Int32Array
  readonly prev: Int32Array
  /** For each entry: the index of its operation, negative (-1 - op) for a return entry. */
  readonly opOf: Int32Array
  readonly callEntry: Int32Array
  readonly returnEntry: Int32Array
  readonly tail: number

  constructor(ops: readonly Operation<unknown, unknown>[]) {
    const events: { time: number; isReturn: boolean; op: number }[] = []
    ops.forEach((op, i) => {
      events.push({ time: op.call, isReturn: false, op: i })
      if (op.return !== Infinity) events.push({ time: op.return, isReturn: true, op: i })
    })
    // At equal times calls come first: an operation invoked the moment another returns
    // counts as concurrent with it, the reading that rejects fewer histories.
    events.sort((a, b) => a.time - b.time || Number(a.isReturn) - Number(b.isReturn) || a.op - b.op)
    const size = events.length + 2
    this.tail = size - 1
    this.next = new Int32Array(size)
    this.prev = new Int32Array(size)
    this.opOf = new Int32Array(size)
    this.callEntry = new Int32Array(ops.length)
    this.returnEntry = new Int32Array(ops.length).fill(-1)
    for (let e = 0; e < size; e++) {
      this.next[e] = e + 1
      this.prev[e] = e - 1
    }
    events.forEach((ev, i) => {
      const e = i + 1
      this.opOf[e] = ev.isReturn ? -1 - ev.op : ev.op
      if (ev.isReturn) this.returnEntry[ev.op] = e
      else this.callEntry[ev.op] = e
    })
  }

  first(): number {
    return this.next[HEAD]!
  }

  /** Removes the operation's call and return entries. */
  lift(op: number): void {
    this.unlink(this.callEntry[op]!)
    const ret = this.returnEntry[op]!
    if (ret >= 0) this.unlink(ret)
  }

  /** Undoes the most recent `lift`, which must have been of this operation. */
  unlift(op: number): void {
    const ret = this.returnEntry[op]!
    if (ret >= 0) this.relink(ret)
    this.relink(this.callEntry[op]!)
  }

  private unlink(e: number): void {
    this.next[this.prev[e]!] = this.next[e]!
    this.prev[this.next[e]!] = this.prev[e]!
  }

  private relink(e: number): void {
    this.next[this.prev[e]!] = e
    this.prev[this.next[e]!] = e
  }
}
