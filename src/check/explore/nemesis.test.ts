import { describe, expect, it } from 'vitest'
import { runWithNemesis } from './nemesis'
import { runForFailure } from './run'
import { exploreScenario } from './schedule'
import { protocolLookup, specLookup } from '../../protocols/registry'
import { createSimulation, runUntil } from '../../sim/kernel'
import { parseScenario } from '../../scenario/validate'
import { ballotRaft } from '../../test/ballot-raft'

const raft = protocolLookup.get('raft')!
const RUN_MS = 10_000
const options = (seed: number) => ({ seed, runMs: RUN_MS, untilMs: 8000 })

describe('the nemesis', () => {
  it('leaves a valid scenario that replays its run, aimed faults included', () => {
    let aimed = 0
    for (let seed = 1; seed <= 6; seed++) {
      const base = exploreScenario(seed, raft.spec, null, RUN_MS)
      const made = runWithNemesis(base, raft, options(seed))
      aimed += made.scenario.inputs.length - base.inputs.length
      expect(made.failure).toBeNull()
      expect(parseScenario(made.scenario, specLookup)).toEqual({
        ok: true,
        scenario: made.scenario,
      })
      const replay = createSimulation(made.scenario, raft, { keepTrace: false })
      runUntil(replay.ctx, replay.world, RUN_MS)
      expect(replay.world.events).toBe(made.events)
    }
    expect(aimed).toBeGreaterThan(6)
  })

  it('aims at the node whose role the protocol declares leading, whatever its word', () => {
    let aimed = 0
    for (let seed = 1; seed <= 6; seed++) {
      const base = exploreScenario(seed, ballotRaft.spec, null, RUN_MS)
      const made = runWithNemesis(base, ballotRaft, options(seed))
      aimed += made.scenario.inputs.length - base.inputs.length
    }
    expect(aimed).toBeGreaterThan(6)
  })

  it('leaves the schedule itself alone: it only adds inputs', () => {
    const base = exploreScenario(3, raft.spec, null, RUN_MS)
    const made = runWithNemesis(base, raft, options(3))
    const kept = made.scenario.inputs.filter((i) => base.inputs.includes(i))
    expect(kept).toEqual(base.inputs)
  })

  it('fails a broken variant the same way its scenario fails when replayed alone', () => {
    for (const variant of ['no-up-to-date-check', 'stale-read']) {
      let failed = 0
      for (let seed = 1; seed <= 10; seed++) {
        const base = exploreScenario(seed, raft.spec, variant, RUN_MS)
        const made = runWithNemesis(base, raft, options(seed))
        expect(runForFailure(made.scenario, raft, RUN_MS)).toEqual(made.failure)
        if (made.failure !== null) failed++
      }
      expect(failed).toBeGreaterThan(0)
    }
  })
})
