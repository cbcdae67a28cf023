/**
 * The fast path must be XState's transition, only cheaper: the steps (up to 20,000) of every gallery
 * story and example (all protocols, their broken variants, crashes, partitions, loss) is
 * taken again through XState's full macrostep and must give the same state value, status,
 * context and effects; so must every node's start (its initial snapshot, restarts included)
 * against XState's getInitialSnapshot.
 */

import { afterEach, describe, expect, it } from 'vitest'
import { GALLERY } from '../app/gallery'
import { readScenarioFile } from '../cli/load'
import { protocolLookup } from './registry'
import { observeSteps, type ObservedStep } from './xstate-stepper'
import { createSimulation, nextEventTime, stepEvent } from '../sim/kernel'
import { defaultUntil } from '../sim/summary'
import type { AnyMachineSnapshot } from 'xstate'
import type { Scenario } from '../scenario/types'

const EXAMPLES = ['design', 'paxos', 'primary-backup', 'chain', 'dynamo', '2pc', 'swim']
  .concat(['nakamoto', 'allreduce', 'mapreduce'])
  .map((name) => ({
    name: `examples/${name}.json`,
    scenario: readScenarioFile(`examples/${name}.json`),
  }))

const RUNS: readonly { name: string; scenario: Scenario }[] = [
  ...EXAMPLES,
  ...GALLERY.map((p) => ({ name: p.id, scenario: p.scenario })),
]

/** Steps compared per run: the 1,000-member stories make hundreds of thousands. */
const MAX_STEPS = 20_000

function comparable(state: unknown) {
  const s = state as AnyMachineSnapshot
  const nodes = (s as unknown as { _nodes: { id: string }[] })._nodes.map((n) => n.id)
  return { value: s.value, status: s.status, context: s.context, tags: [...s.tags], nodes }
}

afterEach(() => observeSteps(null))

describe('the fast XState step', () => {
  it('covers every protocol', () => {
    const protocols = new Set(RUNS.map((r) => r.scenario.protocol))
    expect([...protocolLookup.keys()].filter((p) => !protocols.has(p))).toEqual([])
  })

  it.each(RUNS)('takes the steps of $name as XState does', ({ scenario }) => {
    let steps = 0
    let fast = 0
    let starts = 0
    let fastStarts = 0
    observeSteps((step: ObservedStep) => {
      if (step.event === null) starts++
      else steps++
      const full = step.full()
      if (step.fast && step.event === null) fastStarts++
      else if (step.fast) fast++
      expect(comparable(step.result.state)).toEqual(comparable(full.state))
      expect(step.result.effects).toEqual(full.effects)
    })
    const protocol = protocolLookup.get(scenario.protocol)!
    const { ctx, world } = createSimulation(scenario, protocol, { keepTrace: false })
    const until = Math.min(defaultUntil(scenario), 10_000)
    while (steps < MAX_STEPS && nextEventTime(ctx, world) <= until) stepEvent(ctx, world)
    observeSteps(null)
    expect(steps).toBeGreaterThan(0)
    expect(starts).toBeGreaterThanOrEqual(scenario.nodes)
    expect(fast).toBeGreaterThan(0)
    expect(fastStarts).toBe(starts)
  })
})
