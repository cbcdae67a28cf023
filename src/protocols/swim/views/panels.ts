/** SWIM's side tabs (the membership matrix, dissemination, detection against loss) and push gossip's (dissemination). */

import { createElement } from 'react'
import { DisseminationView } from './DisseminationView'
import { LossView } from './LossView'
import { MembershipView } from './MembershipView'
import type { ProtocolPanel } from '../../panels'

const dissemination: ProtocolPanel = {
  id: 'dissemination',
  label: 'swim.views.tab.dissemination',
  body: () => createElement(DisseminationView),
}

export const swimPanels: readonly ProtocolPanel[] = [
  {
    id: 'membership',
    label: 'swim.views.tab.membership',
    body: () => createElement(MembershipView),
  },
  dissemination,
  { id: 'loss', label: 'swim.views.tab.loss', body: () => createElement(LossView) },
]

export const gossipPanels: readonly ProtocolPanel[] = [dissemination]
