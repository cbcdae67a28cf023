/**
 * The transaction table of a run at any cursor, without simulating anything twice: one log
 * per timeline, recorded from the world at each moment something happened (the times in
 * the trace), as far as the furthest cursor asked for; an earlier cursor cuts it shorter.
 */

import { TxnLog } from './txn-log'
import { tableAt } from './txn-table'
import type { TxnTable } from './txn-model'
import type { Timeline } from '../../../timeline/timeline'
import type { World } from '../../../sim/world'

interface Recording {
  readonly log: TxnLog
  /** A world of our own (the store steps its own in place), at `until`. */
  world: World
  /** The next trace entry to look at, and the time recorded up to. */
  entry: number
  until: number
  last: { readonly cursor: number; readonly version: number; readonly table: TxnTable } | null
}

const recordings = new WeakMap<Timeline, Recording>()

export function txnTableAt(timeline: Timeline, cursor: number): TxnTable {
  const r = recordingOf(timeline)
  if (cursor > r.until) record(timeline, r, cursor)
  if (r.last?.cursor !== cursor || r.last.version !== r.log.version) {
    r.last = { cursor, version: r.log.version, table: tableAt(r.log, cursor) }
  }
  return r.last.table
}

function recordingOf(timeline: Timeline): Recording {
  let r = recordings.get(timeline)
  if (r === undefined) {
    const world = timeline.seek(0)
    const log = new TxnLog()
    log.observe(0, world.nodes)
    r = { log, world, entry: 0, until: 0, last: null }
    recordings.set(timeline, r)
  }
  return r
}

function record(timeline: Timeline, r: Recording, until: number): void {
  timeline.extendTo(until)
  const trace = timeline.trace
  while (r.entry < trace.length && trace.timeAt(r.entry) <= until) {
    const t = trace.timeAt(r.entry)
    if (t > r.world.time) {
      r.world = timeline.advance(r.world, t)
      r.log.observe(t, r.world.nodes)
    }
    r.entry++
  }
  r.until = until
}
