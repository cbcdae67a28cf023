/**
 * What the app checks as a run plays: the client history at the cursor, for
 * linearizability. The check runs again only when an operation starts or ends, and its
 * answer is kept per run, so playback and scrubbing don't repeat it.
 */

import { checkClientHistory, type HistoryCheck } from '../check/client-history'
import { historyOf, type HistoryEntry } from '../sim/summary'
import type { Timeline } from '../timeline/timeline'
import type { World } from '../sim/world'

export interface HistoryAtCursor {
  readonly history: readonly HistoryEntry[]
  readonly check: HistoryCheck | null
}

const EMPTY: HistoryAtCursor = { history: [], check: null }
const memo = new WeakMap<Timeline, Map<string, HistoryAtCursor>>()
/** Distinct histories remembered per run: scrubbing back and forth finds them again. */
const MEMO_SIZE = 64

/** Which operations have started and how each ended: the history's shape at the cursor. */
function shapeOf(w: World): string {
  let key = ''
  for (const c of w.clients) key += c.outcome === 'pending' ? 'p' : c.outcome === 'ok' ? 'o' : 't'
  return key
}

export function historyAt(timeline: Timeline, w: World): HistoryAtCursor {
  if (w.clients.length === 0) return EMPTY
  let runs = memo.get(timeline)
  if (runs === undefined) memo.set(timeline, (runs = new Map()))
  const key = shapeOf(w)
  const known = runs.get(key)
  if (known !== undefined) return known
  const history = historyOf(w)
  const found = { history, check: checkClientHistory(history) }
  if (runs.size >= MEMO_SIZE) runs.delete(runs.keys().next().value!)
  runs.set(key, found)
  return found
}
