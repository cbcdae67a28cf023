/** The gallery's chain-replication scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, Scenario } from '../../../scenario/types'
import type { ChainVariant } from '../variants'

export {
  crash,
  drop,
  get,
  heal,
  partition,
  put,
  restart,
  timeout,
} from '../../../scenario/builders'

/** Four nodes unless said otherwise: servers n1, n2, n3 and the master n4. */
export const chainScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<ChainVariant> = {},
): Scenario => scenarioOf('chain', seed, inputs, { nodes: 4, ...options })
