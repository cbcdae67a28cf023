/**
 * What the app checks as a run plays: the client history at the cursor, for
 * linearizability. The check runs again only when an operation starts or ends, and its
 * answer is kept per run, so playback and scrubbing don't repeat it.
 */

import { checkClientHistory, type HistoryCheck } from '../check/client-history'
import { historyOf, type HistoryEntry } from '../sim/summary'
import { rowsUpTo } from '../timeline/event-rows'
import { typeMask } from '../timeline/event-types'
import type { Timeline } from '../timeline/timeline'
import type { World } from '../sim/world'

export interface HistoryAtCursor {
  readonly history: readonly HistoryEntry[]
  readonly check: HistoryCheck | null
}

const EMPTY: HistoryAtCursor = { history: [], check: null }
const memo = new WeakMap<Timeline, Map<number, HistoryAtCursor>>()
/** Distinct histories remembered per run: scrubbing back and forth finds them again. */
const MEMO_SIZE = 64
const CLIENT_EVENTS = { node: null, types: typeMask(['client']) }

/**
 * `w` is the world at `cursor`. Its history is fixed by how many client invokes and
 * returns the run has had by then: a binary search, however long the run.
 */
export function historyAt(timeline: Timeline, w: World, cursor: number): HistoryAtCursor {
  if (w.clients.length === 0) return EMPTY
  let runs = memo.get(timeline)
  if (runs === undefined) memo.set(timeline, (runs = new Map()))
  const rows = timeline.eventIndex().rows(CLIENT_EVENTS)
  const key = rowsUpTo(rows, timeline.trace, cursor)
  const known = runs.get(key)
  if (known !== undefined) return known
  const history = historyOf(w)
  const found = { history, check: checkClientHistory(history) }
  if (runs.size >= MEMO_SIZE) runs.delete(runs.keys().next().value!)
  runs.set(key, found)
  return found
}
