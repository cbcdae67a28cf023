/** The example scenario of DESIGN.md ("Scenario format, version 1"), as tests use it. */

import type { Scenario } from '../scenario/types'

export const DESIGN_EXAMPLE: Scenario = {
  version: 1,
  protocol: 'raft',
  nodes: 5,
  seed: 42,
  params: { latencyMs: [10, 30], lossRate: 0, electionTimeoutMs: [150, 300], heartbeatMs: 50 },
  inputs: [
    { at: 1000, type: 'crash', node: 'n1' },
    { at: 1200, type: 'restart', node: 'n1' },
    {
      at: 1500,
      type: 'partition',
      groups: [
        ['n1', 'n2'],
        ['n3', 'n4', 'n5'],
      ],
    },
    { at: 2000, type: 'heal' },
    { at: 2100, type: 'timeout', node: 'n3' },
    { at: 2500, type: 'client', op: 'put', key: 'x', value: '1' },
    { at: 2600, type: 'client', op: 'get', key: 'x', node: 'n2' },
    { at: 2700, type: 'drop', message: 812 },
    { at: 2700, type: 'duplicate', message: 813 },
    { at: 2700, type: 'delay', message: 814, byMs: 400 },
    { at: 3000, type: 'link', from: 'n1', to: 'n2', lossRate: 0.5, latencyMs: [50, 80] },
  ],
}
