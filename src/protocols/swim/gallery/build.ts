/** The gallery's SWIM and gossip scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, Scenario } from '../../../scenario/types'
import type { SwimVariant } from '../variants'

export { crash, heal, join, leave, partition, restart } from '../../../scenario/builders'

/** A client asks `node` what it thinks of `subject`. */
export const ask = (at: number, node: string, subject: string): Input => ({
  at,
  type: 'client',
  op: 'get',
  key: subject,
  node,
})

export const swimScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<SwimVariant> = {},
): Scenario => scenarioOf('swim', seed, inputs, { nodes: 12, ...options })

export const gossipScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<never> = {},
): Scenario => scenarioOf('gossip', seed, inputs, { nodes: 32, ...options })
