/** What a two- or three-phase commit scenario may say: node counts, parameters, client operations. */

import type { ParamSpecs } from '../../sim/params'
import type { ProtocolSpec } from '../../sim/protocol'
import { COMMIT_VARIANT_IDS } from './variants'

const common = {
  timeoutMs: {
    kind: 'number',
    min: 10,
    max: 600_000,
    default: 200,
    label: 'Timeout: for votes at the coordinator, for the outcome at a participant (ms)',
  },
  noVoteRate: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0,
    label: 'Share of prepares a participant votes no to',
  },
} as const satisfies ParamSpecs

const roles = {
  coordinator: 'lead',
  participant: 'plain',
  'participant, prepared': 'plain',
  'participant, precommitted': 'plain',
  'participant, committed': 'plain',
  'participant, aborted': 'plain',
  'participant, blocked': 'seek',
} as const

const shared = {
  // The coordinator n1 and participants n2 … nN.
  nodes: { min: 2, max: 9, default: 4 },
  clientOps: [{ op: 'txn', needsValue: true }],
  timeoutTimer: 'timeout',
  roles,
  votes: true,
} as const

export const twoPhaseSpec = {
  ...shared,
  name: '2pc',
  title: 'Two-phase commit',
  params: {
    ...common,
    cooperative: {
      kind: 'flag',
      default: false,
      label: 'Cooperative termination: a blocked participant asks the others',
    },
  },
  variants: COMMIT_VARIANT_IDS,
} as const satisfies ProtocolSpec

export const threePhaseSpec = {
  ...shared,
  name: '3pc',
  title: 'Three-phase commit',
  params: common,
  variants: [],
} as const satisfies ProtocolSpec
