/** The gallery's all-reduce scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, Scenario } from '../../../scenario/types'
import type { ReduceVariant } from '../variants'

export { crash, restart } from '../../../scenario/builders'

export const RING = 0
export const SERVER = 1
export const TREE = 2

/** Four workers and ten training steps unless said otherwise. */
export const reduceScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<ReduceVariant> = {},
): Scenario =>
  scenarioOf('allreduce', seed, inputs, {
    nodes: 4,
    ...options,
    params: { steps: 10, ...options.params },
  })
