/**
 * Values by slot (slot 1 first), as a SharedList with holes: acceptors accept, and learners
 * learn, slots out of order. Setting the slot just past the end appends, which shares the
 * array with the older version, as Raft's log does; setting any other slot copies.
 */

import { at, emptyList, push, toArray, type SharedList } from '../shared-list'

export type Slots<T> = SharedList<T | null>

export const emptySlots: Slots<never> = emptyList

export function slotAt<T>(slots: Slots<T>, slot: number): T | undefined {
  return slot < 1 ? undefined : (at(slots, slot - 1) ?? undefined)
}

export function setSlot<T>(slots: Slots<T>, slot: number, value: T): Slots<T> {
  if (slot === slots.length + 1) return push(slots, value)
  const length = Math.max(slots.length, slot)
  const items = slots.items.slice(0, length)
  for (let i = slots.length; i < slot - 1; i++) items[i] = null
  items[slot - 1] = value
  return { items, length }
}

/** Every filled slot from `from` on, in order. */
export function filledFrom<T>(slots: Slots<T>, from: number): { slot: number; value: T }[] {
  const out: { slot: number; value: T }[] = []
  for (let i = Math.max(0, from - 1); i < slots.length; i++) {
    const value = slots.items[i]
    if (value !== null && value !== undefined) out.push({ slot: i + 1, value })
  }
  return out
}

/** Visits each slot filled in `now` that `old` did not hold (a new or replaced value). */
export function eachChanged<T>(
  old: Slots<T>,
  now: Slots<T>,
  visit: (slot: number, value: T) => void,
): void {
  // Versions that share an array agree below the shorter length: only the end can be new.
  const start = old.items === now.items ? Math.min(old.length, now.length) : 0
  for (let i = start; i < now.length; i++) {
    const value = now.items[i]
    if (value === null || value === undefined) continue
    if (i < old.length && old.items[i] === value) continue
    visit(i + 1, value)
  }
}

export function slotsArray<T>(slots: Slots<T>): (T | null)[] {
  return toArray(slots)
}

export function slotsOf<T>(values: readonly (T | null)[]): Slots<T> {
  return { items: values.slice(), length: values.length }
}
