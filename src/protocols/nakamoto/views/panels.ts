/** Nakamoto's side tabs: the block tree at the cursor, and stale blocks against delay. */

import { createElement } from 'react'
import { BlockTreeView } from './BlockTreeView'
import { StaleView } from './StaleView'
import type { ProtocolPanel } from '../../panels'

export const nakamotoPanels: readonly ProtocolPanel[] = [
  { id: 'block-tree', label: 'nakamoto.views.tab.tree', body: () => createElement(BlockTreeView) },
  { id: 'stale', label: 'nakamoto.views.tab.stale', body: () => createElement(StaleView) },
]
