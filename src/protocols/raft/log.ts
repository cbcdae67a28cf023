/**
 * A Raft log: index 1 is the first entry. It is a SharedList, so appending to the newest
 * version shares the array with the old one: a checkpoint of every node costs no copy of
 * its log, and a leader appending its n-th entry does not copy n - 1 others.
 */

import { at, emptyList, push, toArray, truncate, type SharedList } from '../shared-list'
import type { Entry } from './types'

export type Log = SharedList<Entry>

export const emptyLog: Log = emptyList

export function lastIndex(log: Log): number {
  return log.length
}

export function entryAt(log: Log, index: number): Entry | undefined {
  return index < 1 ? undefined : at(log, index - 1)
}

export function termAt(log: Log, index: number): number {
  return entryAt(log, index)?.term ?? 0
}

export function lastTerm(log: Log): number {
  return termAt(log, log.length)
}

export function append(log: Log, entry: Entry): Log {
  return push(log, entry)
}

/** Entries from `index` on, at most `max` of them, as a plain array (for a message). */
export function entriesFrom(log: Log, index: number, max: number): Entry[] {
  return log.items.slice(index - 1, Math.min(log.length, index - 1 + max))
}

export function logEntries(log: Log): Entry[] {
  return toArray(log)
}

export function logOf(entries: readonly Entry[]): Log {
  return { items: entries.slice(), length: entries.length }
}

/** §5.4.1: a candidate's log is at least as up to date as the voter's. */
export function isUpToDate(log: Log, lastLogTerm: number, lastLogIndex: number) {
  const myTerm = lastTerm(log)
  return lastLogTerm > myTerm || (lastLogTerm === myTerm && lastLogIndex >= lastIndex(log))
}

/**
 * Receiver rules 3 and 4 of AppendEntries: delete an existing entry that conflicts with a
 * new one (same index, different term) and all that follow it; append entries not
 * already there. Entries that already match stay, so a late, shorter AppendEntries never
 * truncates what a newer one added.
 */
export function mergeEntries(log: Log, prevLogIndex: number, entries: readonly Entry[]): Log {
  let merged = log
  for (let k = 0; k < entries.length; k++) {
    const index = prevLogIndex + 1 + k
    const existing = entryAt(merged, index)
    if (existing !== undefined && existing.term === entries[k]!.term) continue
    if (existing !== undefined) merged = truncate(merged, index - 1)
    merged = push(merged, entries[k]!)
  }
  return merged
}

/**
 * The no-truncate variant's merge: receiver rule 3 left out. Existing entries stay, even
 * where they conflict with the leader's; only entries past the end of the log are added.
 */
export function appendPastEnd(log: Log, prevLogIndex: number, entries: readonly Entry[]): Log {
  let merged = log
  for (let k = lastIndex(log) - prevLogIndex; k < entries.length; k++) {
    merged = push(merged, entries[k]!)
  }
  return merged
}
