/**
 * Side tabs a protocol brings to the app, by protocol name (a UI-only registry beside
 * presentations.ts, which stays free of React because the command line reads it). The side
 * panel appends the current run's tabs after its own, and names no protocol itself.
 */

import type { ReactNode } from 'react'
import type { MessageKey } from '../i18n'
import { allreducePanels } from './allreduce/views/panels'
import { dynamoPanels } from './dynamo/views/panels'
import { commitPanels } from './atomic-commit/views/panels'
import { mapReducePanels } from './mapreduce/views/panels'
import { nakamotoPanels } from './nakamoto/views/panels'
import { gossipPanels, swimPanels } from './swim/views/panels'

export interface ProtocolPanel {
  /** Unique among the side panel's tabs. */
  readonly id: string
  /** The tab's name, from the catalogue. */
  readonly label: MessageKey
  readonly body: () => ReactNode
}

const panelLookup: ReadonlyMap<string, readonly ProtocolPanel[]> = new Map([
  ['dynamo', dynamoPanels],
  ['2pc', commitPanels],
  ['3pc', commitPanels],
  ['swim', swimPanels],
  ['gossip', gossipPanels],
  ['nakamoto', nakamotoPanels],
  ['allreduce', allreducePanels],
  ['mapreduce', mapReducePanels],
])

const NONE: readonly ProtocolPanel[] = []

/** The extra tabs of `protocol`, in the order they are shown (none for most). */
export function protocolPanels(protocol: string): readonly ProtocolPanel[] {
  return panelLookup.get(protocol) ?? NONE
}
