/**
 * Many short lists of trace entries, one per owner (a client's sends, its clock rows), kept
 * together in columns as linked lists: a long run has thousands of clients with a few
 * entries each, and a plain array apiece held a few hundred bytes per client, most of it
 * spare capacity. Items are pushed in trace order, whatever their owner, so the items of
 * the entries before any point are a prefix of the columns.
 */

import { IntColumn, lowerBound } from './columns'

export class EntryLists {
  private entry = new IntColumn()
  private next = new IntColumn(-1)
  /** Per owner, its first and last item, -1 if none. */
  private first = new IntColumn(-1)
  private last = new IntColumn(-1)

  /** How many items there are. */
  get length(): number {
    return this.entry.length
  }

  /** Adds `entry` to the end of the owner's list, returns the item's number. */
  push(owner: number, entry: number): number {
    const item = this.entry.length
    this.entry.push(entry)
    const last = this.last.get(owner)
    if (last < 0) this.first.set(owner, item)
    else this.next.set(last, item)
    this.last.set(owner, item)
    return item
  }

  /** The items of an owner's list, in order. */
  items(owner: number): number[] {
    const out: number[] = []
    for (let j = this.first.get(owner); j >= 0; j = this.next.get(j)) out.push(j)
    return out
  }

  /** The entries of an owner's list, in order. */
  entries(owner: number): number[] {
    return this.items(owner).map((j) => this.entry.get(j))
  }

  entryOf(item: number): number {
    return this.entry.get(item)
  }

  lastOf(owner: number): number {
    return this.last.get(owner)
  }

  /** How many items are of entries before `count`. */
  itemsBefore(count: number): number {
    return lowerBound(this.entry, 0, this.entry.length, count)
  }

  /** A copy of the items of the entries before `count`, for owners 0 to owners - 1. */
  prefix(count: number, owners: number): EntryLists {
    const kept = this.itemsBefore(count)
    const copy = new EntryLists()
    copy.entry = this.entry.copy(kept)
    copy.next = this.next.copy(kept)
    for (let owner = 0; owner < owners; owner++) {
      const first = this.first.get(owner)
      if (first < 0 || first >= kept) continue
      let j = first
      while (this.next.get(j) >= 0 && this.next.get(j) < kept) j = this.next.get(j)
      copy.first.set(owner, first)
      copy.last.set(owner, j)
      if (copy.next.get(j) >= 0) copy.next.set(j, -1)
    }
    return copy
  }
}
