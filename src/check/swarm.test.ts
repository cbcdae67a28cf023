import { describe, expect, it } from 'vitest'
import { randomScenario } from './random-scenario'
import { createSimulation, runUntil } from '../sim/kernel'
import { raft } from '../protocols/raft'
import type { Protocol } from '../sim/protocol'

/** Seeds that once found a bug; they stay in the swarm for good. */
const PINNED_SEEDS: readonly number[] = []

const SEEDS = 200
const CALM_MS = 5000

function runSeed(seed: number) {
  const scenario = randomScenario(seed)
  const sim = createSimulation(scenario, raft as unknown as Protocol)
  const end = scenario.inputs.at(-1)!.at + CALM_MS
  runUntil(sim.ctx, sim.world, end)
  const violations = sim.ctx.recorder!.entries!.slice().filter((e) => e.kind === 'violation')
  const up = sim.world.nodes.filter((n) => n.up).map((n) => raft.describe(n.state as never))
  return { scenario, sim, violations, up }
}

function reproduce(seed: number, scenario: unknown): string {
  return `seed ${seed} fails; reproduce with: npm run sim -- run <file> with this scenario:\n${JSON.stringify(scenario)}`
}

describe('Raft swarm: random faults and client load', () => {
  const seeds = [...PINNED_SEEDS, ...Array.from({ length: SEEDS }, (_, i) => i + 1)]

  it(`holds every invariant and converges after the faults stop, for ${seeds.length} seeds`, () => {
    let checked = 0
    let faults = 0
    for (const seed of seeds) {
      const { scenario, violations, up } = runSeed(seed)
      faults += scenario.inputs.filter((i) => i.type !== 'client').length
      expect(violations, reproduce(seed, scenario)).toEqual([])
      // After the calm end every node is up and agrees on the log and the store.
      expect(up.length, reproduce(seed, scenario)).toBe(scenario.nodes)
      for (const n of up) {
        expect(n.log, reproduce(seed, scenario)).toEqual(up[0]!.log)
        expect(n.store, reproduce(seed, scenario)).toEqual(up[0]!.store)
      }
      checked++
    }
    expect(checked).toBe(seeds.length)
    // The schedules really are hostile, not empty.
    expect(faults / seeds.length).toBeGreaterThan(20)
  }, 120_000)
})
