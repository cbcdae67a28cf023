/** All-reduce's side tab: the chunk matrix and the bytes each node sent. */

import { createElement } from 'react'
import { ChunkView } from './ChunkView'
import type { ProtocolPanel } from '../../panels'

export const allreducePanels: readonly ProtocolPanel[] = [
  { id: 'chunks', label: 'allreduce.views.tab', body: () => createElement(ChunkView) },
]
