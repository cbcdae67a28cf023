/** The gallery's atomic-commit scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, Scenario } from '../../../scenario/types'
import type { CommitVariant } from '../variants'

export { crash, drop, heal, partition, restart, vote } from '../../../scenario/builders'

/** A transaction writing `value` to `keys` (`"x,y,z"`), sent to the coordinator n1. */
export const txn = (at: number, keys: string, value: string, node = 'n1'): Input => ({
  at,
  type: 'client',
  op: 'txn',
  key: keys,
  value,
  node,
})

/** Four nodes unless said otherwise: coordinator n1; x on n2, y on n3, z on n4. */
export const commitScenario = (
  protocol: '2pc' | '3pc',
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<CommitVariant> = {},
): Scenario => scenarioOf(protocol, seed, inputs, { nodes: 4, ...options })
