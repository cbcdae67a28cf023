/** The gallery's Dynamo scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, Scenario } from '../../../scenario/types'
import type { DynamoVariant } from '../variants'

export { crash, get, heal, partition, put, restart } from '../../../scenario/builders'

/** Five replicas unless said otherwise, with N = 3. */
export const dynamoScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<DynamoVariant> = {},
): Scenario => scenarioOf('dynamo', seed, inputs, { nodes: 5, ...options })
