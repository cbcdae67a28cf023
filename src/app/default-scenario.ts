/** What the app opens with: five Raft nodes, about to elect a leader, and a few writes. */

import type { Scenario } from '../scenario/types'

export const DEFAULT_SCENARIO: Scenario = {
  version: 1,
  protocol: 'raft',
  nodes: 5,
  seed: 1,
  params: {},
  inputs: [
    { at: 1500, type: 'client', op: 'put', key: 'x', value: '1' },
    { at: 2500, type: 'client', op: 'put', key: 'y', value: '2' },
    { at: 3500, type: 'client', op: 'get', key: 'x' },
  ],
}
