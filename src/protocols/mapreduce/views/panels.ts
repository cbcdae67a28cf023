/** MapReduce's side tab: the task board. */

import { createElement } from 'react'
import { TaskBoard } from './TaskBoard'
import type { ProtocolPanel } from '../../panels'

export const mapReducePanels: readonly ProtocolPanel[] = [
  { id: 'task-board', label: 'mapreduce.board.tab', body: () => createElement(TaskBoard) },
]
