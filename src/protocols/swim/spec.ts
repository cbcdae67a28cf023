/** What a SWIM or plain gossip scenario may say: node counts, parameters, client operations. */

import type { ResolvedParams } from '../../sim/params'
import type { ProtocolSpec } from '../../sim/protocol'
import { SWIM_VARIANT_IDS } from './variants'

const nodes = { min: 3, max: 1000 }

export const swimSpec = {
  name: 'swim',
  title: 'SWIM failure detection',
  nodes: { ...nodes, default: 12 },
  params: {
    periodMs: { kind: 'number', min: 20, max: 60_000, default: 500, label: 'Protocol period (ms)' },
    pingTimeoutMs: {
      kind: 'number',
      min: 1,
      max: 60_000,
      default: 100,
      label: 'Wait for a direct ack before ping-reqs (ms)',
    },
    indirectK: {
      kind: 'number',
      min: 0,
      max: 16,
      integer: true,
      default: 3,
      label: 'Members asked to ping indirectly (k)',
    },
    suspicionMult: {
      kind: 'number',
      min: 1,
      max: 50,
      default: 4,
      label: 'Suspicion timeout, in periods × log10 n',
    },
    suspicionMaxMult: {
      kind: 'number',
      min: 1,
      max: 20,
      default: 6,
      label: 'Lifeguard: first suspicion timeout, × the shortest',
    },
    retransmitMult: {
      kind: 'number',
      min: 1,
      max: 20,
      integer: true,
      default: 4,
      label: 'Each update is sent λ · log10(n + 1) times (λ)',
    },
    piggybackMax: {
      kind: 'number',
      min: 1,
      max: 64,
      integer: true,
      default: 6,
      label: 'Updates piggybacked per message',
    },
    localHealth: {
      kind: 'flag',
      default: false,
      label: 'Lifeguard: slow down probes while this member seems unhealthy',
    },
    dogpile: {
      kind: 'flag',
      default: false,
      label: 'Lifeguard: suspicion timeouts shrink as others confirm',
    },
    buddy: {
      kind: 'flag',
      default: false,
      label: 'Lifeguard: a ping to a suspect tells it that it is suspected',
    },
  },
  clientOps: [{ op: 'status', needsValue: false }],
  variants: SWIM_VARIANT_IDS,
  timeoutTimer: 'period',
  roles: { alive: 'plain' },
  membership: true,
  checkParams: (params: ResolvedParams) => {
    const period = params.periodMs as number
    const wait = params.pingTimeoutMs as number
    if (wait >= period) {
      return { param: 'pingTimeoutMs', message: `${wait} is not shorter than periodMs = ${period}` }
    }
    return null
  },
  linearizable: () => false,
} as const satisfies ProtocolSpec

export const gossipSpec = {
  name: 'gossip',
  title: 'Push gossip',
  nodes: { ...nodes, default: 32 },
  params: {
    intervalMs: {
      kind: 'number',
      min: 10,
      max: 60_000,
      default: 200,
      label: 'Gossip interval (ms)',
    },
    fanout: {
      kind: 'number',
      min: 1,
      max: 16,
      integer: true,
      default: 1,
      label: 'Members each one pushes to per interval (fanout)',
    },
    startRumor: { kind: 'flag', default: true, label: 'n1 knows a rumour at the start' },
  },
  clientOps: [
    { op: 'put', needsValue: true },
    { op: 'get', needsValue: false },
  ],
  variants: [],
  timeoutTimer: 'round',
  roles: { alive: 'plain' },
  membership: true,
  linearizable: () => false,
} as const satisfies ProtocolSpec
