/** What a Multi-Paxos scenario may say: node counts, parameters, client operations. */

import type { ProtocolSpec } from '../../sim/protocol'
import { formatBallot } from './ballot'
import { PAXOS_VARIANT_IDS } from './variants'

export const paxosSpec = {
  name: 'paxos',
  title: 'Multi-Paxos',
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
    // Off only to show why it is on: two proposers that retry at once can livelock.
    randomBackoff: {
      kind: 'flag',
      default: true,
      label: 'A preempted proposer backs off for a random time',
    },
    backoffMs: {
      kind: 'range',
      min: 1,
      max: 600_000,
      default: [100, 300],
      label: 'Backoff after preemption (ms)',
    },
  },
  clientOps: [
    { op: 'get', needsValue: false },
    { op: 'put', needsValue: true },
  ],
  variants: PAXOS_VARIANT_IDS,
  timeoutTimer: 'election',
  roles: { leader: 'lead', acceptor: 'plain', candidate: 'seek' },
  epoch: { name: 'ballot', format: formatBallot },
} as const satisfies ProtocolSpec
