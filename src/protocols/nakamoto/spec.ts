/** What a Nakamoto scenario may say: node counts, parameters, client operations. */

import type { ProtocolSpec } from '../../sim/protocol'
import { NAKAMOTO_VARIANT_IDS } from './variants'

export const nakamotoSpec = {
  name: 'nakamoto',
  title: 'Nakamoto consensus',
  nodes: { min: 2, max: 64, default: 5 },
  params: {
    blockIntervalMs: {
      kind: 'number',
      min: 10,
      max: 600_000,
      default: 2000,
      label: 'Target mean time between blocks, network-wide (ms)',
    },
    n1Share: {
      kind: 'number',
      min: 0,
      max: 0.95,
      default: 0,
      label: 'n1’s share of the hash power (0: all miners equal)',
    },
    confirmations: {
      kind: 'number',
      min: 1,
      max: 50,
      integer: true,
      default: 3,
      label: 'Confirmations k: a block k deep counts as settled',
    },
  },
  clientOps: [{ op: 'tx', needsValue: true }],
  variants: NAKAMOTO_VARIANT_IDS,
  timeoutTimer: 'mine',
  roles: { miner: 'plain' },
  epoch: { name: 'height' },
  linearizable: () => false,
} as const satisfies ProtocolSpec
