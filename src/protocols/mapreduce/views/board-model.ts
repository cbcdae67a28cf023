/**
 * The task board's data: one row per task (the map tasks, then the reduce tasks), each a
 * list of spans of one state from the master's point of view, cut at the cursor. A task
 * that went back to idle after it had run or completed (its worker failed) is marked at
 * that moment, and its later runs are re-executions.
 */

import { taskName } from '../describe'
import type { BoardMark, MapReduceGhost } from '../invariants'
import type { TaskState } from '../types'

/** What a span shows: `redo` is a run after the task was lost once; `backup`, two copies. */
export type SpanKind = 'idle' | 'running' | 'backup' | 'redo' | 'completed'

export interface BoardSpan {
  readonly from: number
  readonly to: number
  readonly kind: SpanKind
  readonly state: TaskState
  readonly workers: readonly string[]
}

export interface BoardRow {
  readonly key: string
  /** `map 3`, `reduce 1`. */
  readonly name: string
  readonly spans: readonly BoardSpan[]
  /** When it went back to idle after a failure. */
  readonly lostAt: readonly number[]
  /** At the cursor. */
  readonly now: BoardSpan
}

export interface Board {
  readonly cursor: number
  readonly rows: readonly BoardRow[]
  readonly doneAt: number | null
}

function kindOf(m: BoardMark, lostBefore: boolean): SpanKind {
  if (m.state === 'idle') return 'idle'
  if (m.state === 'completed') return 'completed'
  if (m.backup) return 'backup'
  return lostBefore ? 'redo' : 'running'
}

function rowOf(key: string, marks: readonly BoardMark[], cursor: number): BoardRow {
  const spans: BoardSpan[] = []
  const lostAt: number[] = []
  let from = 0
  let current: Omit<BoardSpan, 'from' | 'to'> = { kind: 'idle', state: 'idle', workers: [] }
  const close = (to: number) => {
    if (to > from || spans.length === 0) spans.push({ ...current, from, to })
  }
  for (const m of marks) {
    if (m.key !== key || m.at > cursor) continue
    close(m.at)
    if (m.lost) lostAt.push(m.at)
    from = m.at
    current = { kind: kindOf(m, lostAt.length > 0), state: m.state, workers: m.workers }
  }
  close(cursor)
  // A span of no length at the start (a mark at 0) is dropped once a later one exists.
  const kept = spans.filter((s, i) => s.to > s.from || i === spans.length - 1)
  return { key, name: taskName(key), spans: kept, lostAt, now: kept.at(-1)! }
}

/** The board at `cursor`, from the checker's ghost state at (or after) that moment. */
export function boardAt(ghost: MapReduceGhost | null, cursor: number): Board {
  const tasks = ghost?.tasks ?? []
  const marks = ghost?.marks ?? []
  const doneAt = ghost?.doneAt ?? null
  return {
    cursor,
    rows: tasks.map((t) => rowOf(t.key, marks, cursor)),
    doneAt: doneAt !== null && doneAt <= cursor ? doneAt : null,
  }
}
