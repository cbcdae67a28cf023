/** The gallery's Raft scenarios, built from the shared scenario builders. */

import { partition, put, scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, NodeId, Scenario } from '../../../scenario/types'
import type { RaftVariant } from '../variants'

export { get, put } from '../../../scenario/builders'

export const raftScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<RaftVariant> = {},
): Scenario => scenarioOf('raft', seed, inputs, options)

/**
 * The start several stories share (seed 8, five nodes): n1 is elected and commits x = 1;
 * at 0.9 s a partition cuts it off with n2 from n3, n4 and n5, who will elect n4.
 */
export function leaderCutOff(): Input[] {
  return [put(400, 'x', '1', 'n1'), partition(900, ['n1', 'n2'], ['n3', 'n4', 'n5'])]
}

/** `count` puts `gapMs` apart, keys k<first>, k<first + 1>, … each holding its number. */
export function puts(first: number, count: number, at: number, gapMs: number, node?: NodeId) {
  return Array.from({ length: count }, (_, i) => {
    const n = String(first + i)
    return put(at + i * gapMs, `k${n}`, n, node)
  })
}

/** Both directions of every link between `node` and the others lose `lossRate` of messages. */
export function lossyNode(at: number, node: NodeId, others: readonly NodeId[], lossRate: number) {
  return others.flatMap((other): Input[] => [
    { at, type: 'link', from: node, to: other, lossRate },
    { at, type: 'link', from: other, to: node, lossRate },
  ])
}
