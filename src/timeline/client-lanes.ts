/**
 * The clients' lanes of the causal index (causality.ts): each client's sends, and its clock
 * rows (whole rows, one component per node, where a delivery to it brought news). A long
 * run has thousands of clients with a few of each, kept together in columns.
 */

import { IntColumn } from './columns'
import { EntryLists } from './entry-lists'
import type { ClockRows } from './clock-rows'

export class ClientLanes {
  /** Where each client's lane begins: the entry of its first event. */
  private starts = new IntColumn()
  private sends = new EntryLists()
  private rows = new EntryLists()
  /** Per row, its components. */
  private values = new IntColumn()

  constructor(private readonly width: number) {}

  get length(): number {
    return this.starts.length
  }

  /** A new client, whose first event is `entry`; returns its number. */
  add(entry: number): number {
    this.starts.push(entry)
    return this.starts.length - 1
  }

  addSend(client: number, entry: number): void {
    this.sends.push(client, entry)
  }

  /** The entries of a client's sends, in order. */
  sendsOf(client: number): number[] {
    return this.sends.entries(client)
  }

  rowsOf(client: number): ClockRows {
    return new ClientRows(this, client)
  }

  /** A copy of the clients, sends and rows of the entries before `count`. */
  prefix(count: number): ClientLanes {
    const copy = new ClientLanes(this.width)
    let clients = 0
    while (clients < this.length && this.starts.get(clients) < count) clients++
    copy.starts = this.starts.copy(clients)
    copy.sends = this.sends.prefix(count, clients)
    copy.rows = this.rows.prefix(count, clients)
    copy.values = this.values.copy(copy.rows.length * this.width)
    return copy
  }

  /** Component k of a client's last row, or 0 if it has none. */
  last(client: number, k: number): number {
    const item = this.rows.lastOf(client)
    return item < 0 ? 0 : this.values.get(item * this.width + k)
  }

  /** Fills `out` with the client's last row at or before `entry` (zeros if none). */
  rowAt(client: number, entry: number, out: Int32Array): void {
    let found = -1
    for (const item of this.rows.items(client)) {
      if (this.rows.entryOf(item) > entry) break
      found = item
    }
    for (let k = 0; k < this.width; k++) {
      out[k] = found < 0 ? 0 : this.values.get(found * this.width + k)
    }
  }

  /** The entry of the client's first row whose component k is at least `value`, or -1. */
  firstReaching(client: number, k: number, value: number): number {
    for (const item of this.rows.items(client)) {
      if (this.values.get(item * this.width + k) >= value) return this.rows.entryOf(item)
    }
    return -1
  }

  pushRow(client: number, entry: number, row: ArrayLike<number>): void {
    const item = this.rows.push(client, entry)
    for (let k = 0; k < this.width; k++) this.values.set(item * this.width + k, row[k]!)
  }
}

/** One client's rows, as the causal index asks for any lane's. */
class ClientRows implements ClockRows {
  constructor(
    private readonly lanes: ClientLanes,
    private readonly client: number,
  ) {}

  push(entry: number, row: ArrayLike<number>): void {
    this.lanes.pushRow(this.client, entry, row)
  }

  last(k: number): number {
    return this.lanes.last(this.client, k)
  }

  rowAt(entry: number, out: Int32Array): void {
    this.lanes.rowAt(this.client, entry, out)
  }

  firstReaching(k: number, value: number): number {
    return this.lanes.firstReaching(this.client, k, value)
  }
}
