/** What a Raft scenario may say: node counts, parameters, client operations. */

import type { ProtocolSpec } from '../../sim/protocol'
import { RAFT_VARIANT_IDS } from './variants'

export const raftSpec = {
  name: 'raft',
  title: 'Raft',
  nodes: { min: 1, max: 25, default: 5 },
  params: {
    electionTimeoutMs: {
      kind: 'range',
      min: 1,
      max: 600_000,
      default: [150, 300],
      label: 'Election timeout (ms)',
    },
    heartbeatMs: {
      kind: 'number',
      min: 1,
      max: 600_000,
      default: 50,
      label: 'Heartbeat (ms)',
    },
    // Off only to show why it is on: without it, Figure 8 of the paper can happen.
    leaderNoop: {
      kind: 'flag',
      default: true,
      label: 'Leader appends a no-op when elected',
    },
  },
  clientOps: [
    { op: 'get', needsValue: false },
    { op: 'put', needsValue: true },
  ],
  variants: RAFT_VARIANT_IDS,
  timeoutTimer: 'election',
  roles: { leader: 'lead', follower: 'plain', candidate: 'seek' },
} as const satisfies ProtocolSpec
