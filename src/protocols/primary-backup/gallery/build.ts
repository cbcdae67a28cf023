/** The gallery's primary-backup scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, Scenario } from '../../../scenario/types'
import type { PbVariant } from '../variants'

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

/** Three servers and the view service (n4) unless `options` say otherwise. */
export const pbScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<PbVariant> = {},
): Scenario => scenarioOf('primary-backup', seed, inputs, { nodes: 4, ...options })
