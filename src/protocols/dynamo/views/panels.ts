/** Dynamo's side tab: the ring. */

import { createElement } from 'react'
import { RingView } from './RingView'
import type { ProtocolPanel } from '../../panels'

export const dynamoPanels: readonly ProtocolPanel[] = [
  { id: 'ring', label: 'ring.tab', body: () => createElement(RingView) },
]
