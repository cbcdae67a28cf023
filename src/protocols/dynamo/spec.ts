/** What a Dynamo scenario may say: node counts, parameters, client operations. */

import type { ProtocolSpec } from '../../sim/protocol'
import type { ResolvedParams } from '../../sim/params'
import { DYNAMO_VARIANT_IDS } from './variants'

export const dynamoSpec = {
  name: 'dynamo',
  title: 'Dynamo quorums',
  nodes: { min: 1, max: 16, default: 5 },
  params: {
    vnodes: {
      kind: 'number',
      min: 1,
      max: 64,
      integer: true,
      default: 8,
      label: 'Tokens (virtual nodes) per node on the ring',
    },
    n: { kind: 'number', min: 1, max: 9, integer: true, default: 3, label: 'Replicas per key (N)' },
    r: { kind: 'number', min: 1, max: 9, integer: true, default: 2, label: 'Read quorum (R)' },
    w: { kind: 'number', min: 1, max: 9, integer: true, default: 2, label: 'Write quorum (W)' },
    sloppy: {
      kind: 'flag',
      default: true,
      label: 'Sloppy quorum: stand-ins hold hints for replicas that do not answer',
    },
    lww: {
      kind: 'flag',
      default: false,
      label: 'Last-writer-wins by timestamp instead of siblings',
    },
    abd: {
      kind: 'flag',
      default: false,
      label: 'ABD: puts read the highest tag first, reads write back before answering',
    },
    requestTimeoutMs: {
      kind: 'number',
      min: 20,
      max: 600_000,
      default: 100,
      label: 'Coordinator waits this long for replicas (ms)',
    },
    antiEntropyMs: {
      kind: 'number',
      min: 20,
      max: 600_000,
      default: 500,
      label: 'Anti-entropy: compare Merkle trees with a peer every (ms)',
    },
  },
  clientOps: [
    { op: 'get', needsValue: false },
    { op: 'put', needsValue: true },
  ],
  variants: DYNAMO_VARIANT_IDS,
  timeoutTimer: 'sync',
  roles: { replica: 'plain', coordinator: 'lead' },
  membership: true,
  checkParams: (params: ResolvedParams) => {
    const n = params.n as number
    for (const quorum of ['r', 'w'] as const) {
      const size = params[quorum] as number
      if (size > n) return { param: quorum, message: `${size} is more than n = ${n} replicas` }
    }
    return null
  },
  linearizable: (params: ResolvedParams) =>
    params.abd === true && (params.r as number) + (params.w as number) > (params.n as number),
} as const satisfies ProtocolSpec
