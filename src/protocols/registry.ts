/** Every protocol the kernel can run, by name, the app's first choice first. */

import { allreduce } from './allreduce'
import { chain } from './chain'
import { threePhaseCommit, twoPhaseCommit } from './atomic-commit'
import { dynamo } from './dynamo'
import { mapReduce } from './mapreduce'
import { nakamoto } from './nakamoto'
import { paxos } from './paxos'
import { primaryBackup } from './primary-backup'
import { raft } from './raft'
import { gossip, swim } from './swim'
import { KERNEL_PARAMS, resolveParams } from '../sim/params'
import type { Protocol, ProtocolSpec } from '../sim/protocol'
import type { Scenario } from '../scenario/types'

export const protocolLookup: ReadonlyMap<string, Protocol> = new Map<string, Protocol>([
  ['raft', raft as unknown as Protocol],
  ['paxos', paxos as unknown as Protocol],
  ['primary-backup', primaryBackup as unknown as Protocol],
  ['chain', chain as unknown as Protocol],
  ['dynamo', dynamo as unknown as Protocol],
  ['2pc', twoPhaseCommit as unknown as Protocol],
  ['3pc', threePhaseCommit as unknown as Protocol],
  ['swim', swim as unknown as Protocol],
  ['gossip', gossip as unknown as Protocol],
  ['allreduce', allreduce as unknown as Protocol],
  ['mapreduce', mapReduce as unknown as Protocol],
  ['nakamoto', nakamoto as unknown as Protocol],
])

/** The protocol a new visitor's first run uses: the first one registered. */
export const DEFAULT_PROTOCOL: string = protocolLookup.keys().next().value!

export function specLookup(name: string): ProtocolSpec | undefined {
  return protocolLookup.get(name)?.spec
}

/**
 * Whether the scenario's protocol promises linearizable histories with its parameters
 * (Dynamo only in ABD mode with R + W > N); where it does not, a history that is not
 * linearizable shows what the settings allow, not a bug.
 */
export function promisesLinearizability(scenario: Scenario): boolean {
  const spec = specLookup(scenario.protocol)
  if (spec?.linearizable === undefined) return true
  return spec.linearizable(resolveParams({ ...KERNEL_PARAMS, ...spec.params }, scenario.params))
}
