/** Helpers over a Raft log, whose index 1 is stored at array position 0. */

import type { Entry } from './types'

export function lastIndex(log: readonly Entry[]): number {
  return log.length
}

export function termAt(log: readonly Entry[], index: number): number {
  return index === 0 ? 0 : (log[index - 1]?.term ?? 0)
}

export function lastTerm(log: readonly Entry[]): number {
  return termAt(log, log.length)
}

/** §5.4.1: a candidate's log is at least as up to date as the voter's. */
export function isUpToDate(log: readonly Entry[], lastLogTerm: number, lastLogIndex: number) {
  const myTerm = lastTerm(log)
  return lastLogTerm > myTerm || (lastLogTerm === myTerm && lastLogIndex >= lastIndex(log))
}

/**
 * Receiver rules 3 and 4 of AppendEntries: delete an existing entry that conflicts with a
 * new one (same index, different term) and all that follow it; append entries not
 * already there. Entries that already match stay, so a late, shorter AppendEntries never
 * truncates what a newer one added.
 */
export function mergeEntries(
  log: readonly Entry[],
  prevLogIndex: number,
  entries: readonly Entry[],
): readonly Entry[] {
  for (let k = 0; k < entries.length; k++) {
    const index = prevLogIndex + 1 + k
    if (index > log.length) return log.concat(entries.slice(k))
    if (log[index - 1]!.term !== entries[k]!.term) {
      return log.slice(0, index - 1).concat(entries.slice(k))
    }
  }
  return log
}
