/** What a Raft scenario may say: node counts, parameters, client operations. */

import type { ProtocolSpec } from '../../sim/protocol'

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
  },
  clientOps: [
    { op: 'get', needsValue: false },
    { op: 'put', needsValue: true },
  ],
  variants: [],
  timeoutTimer: 'election',
} as const satisfies ProtocolSpec
