/** Every protocol the kernel can run, by name, the app's first choice first. */

import { chain } from './chain'
import { dynamo } from './dynamo'
import { paxos } from './paxos'
import { primaryBackup } from './primary-backup'
import { raft } from './raft'
import type { Protocol, ProtocolSpec } from '../sim/protocol'

export const protocolLookup: ReadonlyMap<string, Protocol> = new Map<string, Protocol>([
  ['raft', raft as unknown as Protocol],
  ['paxos', paxos as unknown as Protocol],
  ['primary-backup', primaryBackup as unknown as Protocol],
  ['chain', chain as unknown as Protocol],
  ['dynamo', dynamo as unknown as Protocol],
])

/** The protocol a new visitor's first run uses: the first one registered. */
export const DEFAULT_PROTOCOL: string = protocolLookup.keys().next().value!

export function specLookup(name: string): ProtocolSpec | undefined {
  return protocolLookup.get(name)?.spec
}
