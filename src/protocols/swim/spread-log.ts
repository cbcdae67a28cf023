/**
 * An append-only record that copies of a checker's ghost state share. Each copy knows how
 * far it has written; a copy that writes where another wrote before writes the same
 * entries when it replays the same run (it then only moves on), and copies the record
 * once when its run differs (a branch), so no copy ever sees another's future.
 */

export interface SharedLog {
  entries: number[]
  length: number
}

export const emptyLog = (): SharedLog => ({ entries: [], length: 0 })

export const forkLog = (log: SharedLog): SharedLog => ({ entries: log.entries, length: log.length })

/** Appends one record of `width` numbers. */
export function appendLog(log: SharedLog, record: readonly number[]): void {
  const at = log.length
  const { entries } = log
  if (at === entries.length) {
    entries.push(...record)
  } else if (!record.every((x, i) => entries[at + i] === x)) {
    log.entries = entries.slice(0, at)
    log.entries.push(...record)
  }
  log.length = at + record.length
}

/** The records written so far, `width` numbers each. */
export function logRecords(log: SharedLog, width: number): number[][] {
  const out: number[][] = []
  for (let i = 0; i + width <= log.length; i += width) out.push(log.entries.slice(i, i + width))
  return out
}
