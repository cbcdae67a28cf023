/** The task board in words: a summary at the cursor, and each span's tooltip. */

import { t } from '../../../i18n'
import type { Board, BoardSpan } from './board-model'

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

export function stateText(s: BoardSpan): string {
  const on = s.workers.join(', ')
  switch (s.kind) {
    case 'idle':
      return t('mapreduce.board.idle')
    case 'running':
      return t('mapreduce.board.runningOn', { workers: on })
    case 'redo':
      return t('mapreduce.board.redoOn', { workers: on })
    case 'backup':
      return t('mapreduce.board.backupOn', { workers: on })
    case 'completed':
      return t('mapreduce.board.completedOn', { workers: on })
  }
}

export function summaryText(board: Board): string {
  const count = (prefix: string, kind: BoardSpan['state']) =>
    board.rows.filter((r) => r.key.startsWith(prefix) && r.now.state === kind).length
  const total = (prefix: string) => board.rows.filter((r) => r.key.startsWith(prefix)).length
  const rerun = board.rows.filter((r) => r.lostAt.length > 0).map((r) => r.name)
  const parts = [
    t('mapreduce.board.summary', {
      time: seconds(board.cursor),
      maps: count('m', 'completed'),
      mapTotal: total('m'),
      reduces: count('r', 'completed'),
      reduceTotal: total('r'),
    }),
  ]
  if (rerun.length > 0) parts.push(t('mapreduce.board.rerun', { tasks: rerun.join(', ') }))
  if (board.doneAt !== null) parts.push(t('mapreduce.board.done', { time: seconds(board.doneAt) }))
  return parts.join(' ')
}
