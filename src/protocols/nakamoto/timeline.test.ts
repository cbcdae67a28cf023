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

  it('branches: the branch and the old run each see their own blocks (stores share logs)', () => {
    const scenario = busy(4)
    const timeline = new Timeline(scenario, kernel, { interval: 37 })
    timeline.extendTo(6000)
    for (const t of [1500, 3300]) {
      // A crash, and a transaction, at t: the miners' next blocks differ from the old run's.
      const at = scenario.inputs.findIndex((i) => i.at > t)
      const inputs = scenario.inputs.slice()
      inputs.splice(at < 0 ? inputs.length : at, 0, { at: t, type: 'crash', node: 'n2' })
      inputs.splice(at < 0 ? inputs.length : at + 1, 0, {
        at: t,
        type: 'client',
        op: 'tx',
        key: 'k',
        value: 'v',
        node: 'n3',
      })
      const changed = { ...scenario, inputs }
      const branch = timeline.branch(changed, t)
      expect(worldDigest(branch.context, branch.seek(6000))).toEqual(freshAt(changed, 6000))
      expect(worldDigest(timeline.context, timeline.seek(6000))).toEqual(freshAt(scenario, 6000))
      expect(worldDigest(branch.context, branch.seek(t + 700))).toEqual(freshAt(changed, t + 700))
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
