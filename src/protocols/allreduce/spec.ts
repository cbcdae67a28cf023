/** What an all-reduce scenario may say: node counts, parameters, client operations. */

import type { ProtocolSpec } from '../../sim/protocol'
import { REDUCE_VARIANT_IDS } from './variants'

export const allreduceSpec = {
  name: 'allreduce',
  title: 'Ring all-reduce',
  nodes: { min: 2, max: 16, default: 4 },
  params: {
    mode: {
      kind: 'number',
      min: 0,
      max: 2,
      integer: true,
      default: 0,
      label: 'How to sum: 0 ring, 1 parameter server (n1), 2 binary tree (root n1)',
    },
    vectorLength: {
      kind: 'number',
      min: 1,
      max: 4096,
      integer: true,
      default: 12,
      label: 'Gradient vector length (elements)',
    },
    elementBytes: {
      kind: 'number',
      min: 1,
      max: 8,
      integer: true,
      default: 4,
      label: 'Bytes per element',
    },
    steps: {
      kind: 'number',
      min: 1,
      max: 1000,
      integer: true,
      default: 30,
      label: 'Training steps',
    },
    computeMs: {
      kind: 'number',
      min: 0,
      max: 60_000,
      default: 100,
      label: 'Time to compute a gradient (ms)',
    },
    retryMs: {
      kind: 'number',
      min: 10,
      max: 60_000,
      default: 150,
      label: 'Resend an unacknowledged chunk after (ms)',
    },
    checkpointEvery: {
      kind: 'number',
      min: 1,
      max: 1000,
      integer: true,
      default: 2,
      label: 'Checkpoint every (steps)',
    },
    restartFromCheckpoint: {
      kind: 'flag',
      default: false,
      label: 'Elastic: a restarted worker resumes from its checkpoint and rejoins',
    },
  },
  clientOps: [{ op: 'status', needsValue: false }],
  variants: REDUCE_VARIANT_IDS,
  timeoutTimer: 'retry',
  roles: { worker: 'plain', server: 'service' },
  epoch: { name: 'step' },
  linearizable: () => false,
} as const satisfies ProtocolSpec
