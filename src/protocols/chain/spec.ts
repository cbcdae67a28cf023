/** What a chain-replication scenario may say: node counts, parameters, client operations. */

import type { ProtocolSpec } from '../../sim/protocol'
import { CHAIN_VARIANT_IDS } from './variants'

export const chainSpec = {
  name: 'chain',
  title: 'Chain replication',
  // Replicas n1 … n(N-1) and the master nN.
  nodes: { min: 3, max: 9, default: 4 },
  params: {
    pingMs: {
      kind: 'number',
      min: 1,
      max: 600_000,
      default: 50,
      label: 'Heartbeat to the master (ms)',
    },
    deadPings: {
      kind: 'number',
      min: 2,
      max: 100,
      integer: true,
      default: 5,
      label: 'Missed heartbeats before the master declares a server dead',
    },
    craq: {
      kind: 'flag',
      default: false,
      label: 'CRAQ reads: any server answers a read of a clean key',
    },
  },
  clientOps: [
    { op: 'get', needsValue: false },
    { op: 'put', needsValue: true },
  ],
  variants: CHAIN_VARIANT_IDS,
  timeoutTimer: 'ping',
  roles: { head: 'lead', middle: 'plain', tail: 'plain', idle: 'idle', master: 'service' },
} as const satisfies ProtocolSpec
