/** The gallery's MapReduce scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, Scenario } from '../../../scenario/types'
import type { MapReduceVariant } from '../variants'

export { crash, restart } from '../../../scenario/builders'

/** A client asks the master for a word's count (`count`) or how far the job is (`status`). */
export const count = (at: number, word: string): Input => ({
  at,
  type: 'client',
  op: 'count',
  key: word,
  node: 'n1',
})

export const status = (at: number): Input => ({
  at,
  type: 'client',
  op: 'status',
  key: 'job',
  node: 'n1',
})

/** A master and four workers, six map tasks and two reduce tasks (the defaults). */
export const mapReduceScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<MapReduceVariant> = {},
): Scenario => scenarioOf('mapreduce', seed, inputs, { nodes: 5, ...options })
