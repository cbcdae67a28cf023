/** What the app opens with: five Raft nodes about to elect a leader; the rest is up to you. */

import type { Scenario } from '../scenario/types'

export const DEFAULT_SCENARIO: Scenario = {
  version: 1,
  protocol: 'raft',
  nodes: 5,
  seed: 1,
  params: {},
  inputs: [],
}
