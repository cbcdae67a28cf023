/** The gallery's SWIM and gossip scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, Scenario } from '../../../scenario/types'
import type { SwimVariant } from '../variants'

export { crash, heal, join, leave, partition, restart } from '../../../scenario/builders'

/** A client asks `node` what it thinks of `subject` (`status`: alive, suspect, dead or unknown). */
export const ask = (at: number, node: string, subject: string): Input => ({
  at,
  type: 'client',
  op: 'status',
  key: subject,
  node,
})

/**
 * Twelve members unless said otherwise, probing every 200 ms (the default is 500 ms), so
 * that a story's detections and refutations play out within a few seconds.
 */
export const swimScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<SwimVariant> = {},
): Scenario =>
  scenarioOf('swim', seed, inputs, {
    nodes: 12,
    ...options,
    params: { ...STORY_PACE, ...options.params },
  })

export const STORY_PACE = { periodMs: 200, pingTimeoutMs: 70 } as const

export const gossipScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<never> = {},
): Scenario => scenarioOf('gossip', seed, inputs, { nodes: 32, ...options })
