/** What a primary-backup scenario may say: node counts, parameters, client operations. */

import type { ProtocolSpec } from '../../sim/protocol'
import { PB_VARIANT_IDS } from './variants'

export const pbSpec = {
  name: 'primary-backup',
  title: 'Primary-backup',
  nodes: { min: 3, max: 9, default: 4 },
  params: {
    pingMs: {
      kind: 'number',
      min: 1,
      max: 600_000,
      default: 50,
      label: 'Ping interval (ms)',
    },
    deadPings: {
      kind: 'number',
      min: 1,
      max: 100,
      integer: true,
      default: 5,
      label: 'Missed pings before a server is dead',
    },
  },
  clientOps: [
    { op: 'get', needsValue: false },
    { op: 'put', needsValue: true },
  ],
  variants: PB_VARIANT_IDS,
  // A server pings the view service now; the view service counts a tick now.
  timeoutTimer: 'tick',
  roles: { primary: 'lead', backup: 'plain', idle: 'idle', 'view service': 'service' },
  epoch: { name: 'view' },
} as const satisfies ProtocolSpec
