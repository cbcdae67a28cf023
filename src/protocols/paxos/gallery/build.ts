/** The gallery's Multi-Paxos scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, Scenario } from '../../../scenario/types'
import type { PaxosVariant } from '../variants'

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

export const paxosScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<PaxosVariant> = {},
): Scenario => scenarioOf('paxos', seed, inputs, options)
