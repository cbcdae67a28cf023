/** The gallery's Nakamoto scenarios, built from the shared scenario builders. */

import { scenarioOf, type ScenarioOptions } from '../../../scenario/builders'
import type { Input, NodeId, Scenario } from '../../../scenario/types'
import type { NakamotoVariant } from '../variants'

export { crash, heal, partition, restart, timeout } from '../../../scenario/builders'

/** A client submits a transaction (`key` names it, `value` is what it carries). */
export const tx = (at: number, key: string, value: string, node?: NodeId): Input => ({
  at,
  type: 'client',
  op: 'tx',
  key,
  value,
  ...(node === undefined ? {} : { node }),
})

/**
 * Five miners unless said otherwise, a block every 400 ms on average across the network
 * (the default is 2 s), so that a story's forks and reorgs play out within a few seconds.
 */
export const nakamotoScenario = (
  seed: number,
  inputs: readonly Input[],
  options: ScenarioOptions<NakamotoVariant> = {},
): Scenario =>
  scenarioOf('nakamoto', seed, inputs, {
    ...options,
    params: { ...STORY_PACE, ...options.params },
  })

export const STORY_PACE = { blockIntervalMs: 400, latencyMs: [20, 60] } as const
