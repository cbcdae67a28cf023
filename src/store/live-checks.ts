/**
 * What the app checks as a run plays: the client history at the cursor, for
 * linearizability. The check runs again only when an operation starts or ends, and its
 * answer is kept per run, so playback and scrubbing don't repeat it.
 */

import { checkClientHistory, type HistoryCheck } from '../check/client-history'
import { historyOf, type HistoryEntry } from '../sim/summary'
import { rowsUpTo } from '../timeline/event-rows'
import { lowerBound } from '../timeline/columns'
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
  if (runs === undefined) memo.set(timeline, (runs = inherited(timeline)))
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

/**
 * What the run a branch came from found for histories whose client events all lie in the
 * trace the two share: the same events, so the same history and the same answer.
 */
function inherited(timeline: Timeline): Map<number, HistoryAtCursor> {
  const from = timeline.forkedFrom()
  const known = from === null ? undefined : memo.get(from.timeline)
  if (from === null || known === undefined) return new Map()
  const rows = from.timeline.eventIndex().rows(CLIENT_EVENTS)
  const shared = lowerBound({ get: (r) => rows.at(r) }, 0, rows.length, from.entries)
  return new Map([...known].filter(([key]) => key <= shared))
}
