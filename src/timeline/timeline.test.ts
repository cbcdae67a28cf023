import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Timeline } from './timeline'
import { randomScenario } from '../check/random-scenario'
import { createSimulation, runUntil, stepEvent } from '../sim/kernel'
import { worldDigest } from '../sim/digest'
import { raft } from '../protocols/raft'
import type { Protocol } from '../sim/protocol'
import type { Scenario } from '../scenario/types'
import { DESIGN_EXAMPLE } from '../test/design-example'

const protocol = raft as unknown as Protocol

function freshAt(scenario: Scenario, t: number) {
  const sim = createSimulation(scenario, protocol)
  runUntil(sim.ctx, sim.world, t)
  return worldDigest(sim.ctx, sim.world)
}

function freshAfter(scenario: Scenario, n: number) {
  const sim = createSimulation(scenario, protocol)
  while (sim.world.events < n && stepEvent(sim.ctx, sim.world));
  return worldDigest(sim.ctx, sim.world)
}

const scenarioArb = fc
  .integer({ min: 1, max: 1_000_000 })
  .map((seed) => randomScenario(seed, { durationMs: 3000, faultEveryMs: 150 }))

describe('Timeline.seek', () => {
  it('equals a fresh run to the same time, for random scenarios, intervals and times', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 7, max: 400 }),
        fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 5 }),
        (scenario, interval, times) => {
          const timeline = new Timeline(scenario, protocol, { interval })
          for (const t of times) {
            expect(worldDigest(timeline.context, timeline.seek(t))).toEqual(freshAt(scenario, t))
          }
        },
      ),
      { numRuns: 40, seed: 2026 },
    )
  }, 60_000)

  it('advances a world to any later or earlier time as a fresh run would, in place or not', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 2, maxLength: 6 }),
        (scenario, times) => {
          const timeline = new Timeline(scenario, protocol, { interval: 50 })
          let w = timeline.seek(0)
          for (const t of times) {
            w = timeline.advance(w, t)
            expect(worldDigest(timeline.context, w)).toEqual(freshAt(scenario, t))
          }
        },
      ),
      { numRuns: 25, seed: 7 },
    )
  }, 60_000)

  it('a long jump forward starts from a checkpoint instead of stepping the whole way', () => {
    const scenario = randomScenario(3, { durationMs: 3000, faultEveryMs: 150 })
    const timeline = new Timeline(scenario, protocol, { interval: 50 })
    const start = timeline.seek(10)
    const far = timeline.advance(start, 2500)
    expect(far).not.toBe(start)
    const near = timeline.advance(far, 2501)
    expect(near).toBe(far)
  })

  it('seeks by event count, forward and back', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 2, maxLength: 6 }),
        (scenario, counts) => {
          const timeline = new Timeline(scenario, protocol, { interval: 97 })
          for (const n of counts) {
            expect(worldDigest(timeline.context, timeline.seekEvent(n))).toEqual(
              freshAfter(scenario, n),
            )
          }
        },
      ),
      { numRuns: 25, seed: 7 },
    )
  }, 60_000)

  it('does not disturb the recorded run: the trace and hash match a run without seeks', () => {
    const scenario = randomScenario(99, { durationMs: 3000 })
    const plain = new Timeline(scenario, protocol)
    plain.extendTo(4000)
    const seeky = new Timeline(scenario, protocol, { interval: 50 })
    for (const t of [2500, 100, 3900, 0, 1234]) seeky.seek(t)
    seeky.extendTo(4000)
    expect(seeky.traceHash()).toBe(plain.traceHash())
    expect(seeky.trace.slice()).toEqual(plain.trace.slice())
  })

  it('gives the hash of the trace up to any time, as a run to that time would', () => {
    const scenario = randomScenario(3, { durationMs: 3000 })
    const timeline = new Timeline(scenario, protocol, { interval: 64 })
    timeline.extendTo(5000)
    for (const t of [0, 1, 777, 2500, 5000]) {
      const sim = createSimulation(scenario, protocol)
      runUntil(sim.ctx, sim.world, t)
      expect(timeline.traceHashAt(t)).toBe(sim.ctx.recorder!.hash())
    }
  })

  it('branches: a new input at t reuses the run before t and equals a fresh run', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom('n1', 'n2', 'n3'),
        // With closer checkpoints near the head too: a branch near it starts from one.
        fc.constantFrom({ interval: 50 }, { interval: 400, recent: 25 }),
        (scenario, t, node, options) => {
          const timeline = new Timeline(scenario, protocol, options)
          timeline.extendTo(4000)
          // The input goes after every input at or before t, as the app inserts it.
          const at = scenario.inputs.findIndex((i) => i.at > t)
          const inputs = scenario.inputs.slice()
          inputs.splice(at < 0 ? inputs.length : at, 0, { at: t, type: 'crash', node })
          const changed = { ...scenario, inputs }
          const branch = timeline.branch(changed, t)
          const fresh = new Timeline(changed, protocol)
          expect(worldDigest(branch.context, branch.seek(4000))).toEqual(freshAt(changed, 4000))
          fresh.extendTo(4000)
          branch.extendTo(4000)
          expect(branch.traceHash()).toBe(fresh.traceHash())
          expect(branch.trace.slice()).toEqual(fresh.trace.slice())
          // The old run is untouched.
          expect(worldDigest(timeline.context, timeline.seek(4000))).toEqual(
            freshAt(scenario, 4000),
          )
        },
      ),
      { numRuns: 30, seed: 11 },
    )
  }, 60_000)

  it('keeps closer checkpoints only since the regular one before the newest', () => {
    const timeline = new Timeline(randomScenario(5, { durationMs: 2000 }), protocol, {
      interval: 100,
      recent: 20,
    })
    timeline.extendTo(2000)
    const events = timeline.checkpoints.map((c) => c.world.events)
    const newest = Math.floor(timeline.events / 100) * 100
    expect(newest).toBeGreaterThan(400)
    const regular = Array.from({ length: newest / 100 + 1 }, (_, i) => i * 100)
    const close = []
    for (let n = newest - 100 + 20; n <= timeline.events; n += 20) if (n % 100 !== 0) close.push(n)
    expect(events).toEqual([...regular, ...close].sort((a, b) => a - b))
    // A branch just past the newest starts from it: it shares the trace up to there.
    const newestClose = timeline.checkpoints.at(-1)!
    const branch = timeline.branch(timeline.scenario, newestClose.world.time + 1)
    expect(branch.forkedFrom()!.entries).toBe(newestClose.hash.count)
  })

  it('keeps a checkpoint every interval events', () => {
    const timeline = new Timeline(randomScenario(5, { durationMs: 2000 }), protocol, {
      interval: 100,
    })
    timeline.extendTo(2000)
    expect(timeline.checkpoints.length).toBe(Math.floor(timeline.events / 100) + 1)
    expect(timeline.checkpoints.map((c) => c.world.events)).toEqual(
      timeline.checkpoints.map((_, i) => i * 100),
    )
  })
})

describe('Timeline.sendOf', () => {
  it('gives the same object for a message each time, as views that select it need', () => {
    const timeline = new Timeline(DESIGN_EXAMPLE, raft as unknown as Protocol)
    timeline.extendTo(1000)
    const first = timeline.sendOf(3)!
    expect(first).toMatchObject({ kind: 'send', id: 3 })
    expect(timeline.sendOf(3)).toBe(first)
    expect(timeline.sendOf(1e9)).toBeUndefined()
  })
})
