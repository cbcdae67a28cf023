/** Every protocol the kernel can run, by name. */

import { paxos } from './paxos'
import { raft } from './raft'
import type { Protocol, ProtocolSpec } from '../sim/protocol'

export const protocolLookup: ReadonlyMap<string, Protocol> = new Map<string, Protocol>([
  ['raft', raft as unknown as Protocol],
  ['paxos', paxos as unknown as Protocol],
])

export function specLookup(name: string): ProtocolSpec | undefined {
  return protocolLookup.get(name)?.spec
}
