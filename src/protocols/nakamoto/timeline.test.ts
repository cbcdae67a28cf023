import { describe, expect, it } from 'vitest'
import { Timeline } from '../../timeline/timeline'
import { createSimulation, runUntil } from '../../sim/kernel'
import { worldDigest } from '../../sim/digest'
import { exploreScenario } from '../../check/explore/schedule'
import { protocolLookup } from '../registry'
import { appendShared, emptyShared, forkShared, sharedItems } from './shared-array'
import type { Scenario } from '../../scenario/types'

const kernel = protocolLookup.get('nakamoto')!

/** The explorer's random faults and transactions, with a block every 300 ms: forks galore. */
const busy = (seed: number): Scenario => {
  const s = exploreScenario(seed, kernel.spec, null, 6000)
  return { ...s, params: { ...s.params, blockIntervalMs: 300, latencyMs: [20, 120] } }
}

const same = (a: string, b: string) => a === b

function freshAt(scenario: Scenario, t: number) {
  const sim = createSimulation(scenario, kernel)
  runUntil(sim.ctx, sim.world, t)
  return worldDigest(sim.ctx, sim.world)
}

describe('a Nakamoto run on the timeline', () => {
  it.each([1, 2, 3])('seeks back and forth to what a fresh run gives (seed %i)', (seed) => {
    const scenario = busy(seed)
    const timeline = new Timeline(scenario, kernel, { interval: 37 })
    for (const t of [4000, 1200, 5900, 300, 2500]) {
      expect(worldDigest(timeline.context, timeline.seek(t))).toEqual(freshAt(scenario, t))
    }
  })

  it('keeps a copy of the mined blocks apart from another that went another way', () => {
    const a = emptyShared<string>()
    appendShared(a, 'n1.1', same)
    const b = forkShared(a)
    appendShared(a, 'n2.1', same)
    appendShared(b, 'n3.1', same)
    appendShared(b, 'n3.2', same)
    expect(sharedItems(a)).toEqual(['n1.1', 'n2.1'])
    expect(sharedItems(b)).toEqual(['n1.1', 'n3.1', 'n3.2'])
  })
})
