/** Two- and three-phase commit's side tab: the transactions over time. */

import { createElement } from 'react'
import { TxnView } from './TxnView'
import type { ProtocolPanel } from '../../panels'

export const commitPanels: readonly ProtocolPanel[] = [
  { id: 'txns', label: 'txns.tab', body: () => createElement(TxnView) },
]
