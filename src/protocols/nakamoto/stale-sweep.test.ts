import { describe, expect, it } from 'vitest'
import { runStaleCase, stalePlan, staleModel } from './stale-sweep'
import type { Scenario } from '../../scenario/types'

const scenario: Scenario = {
  version: 1,
  protocol: 'nakamoto',
  nodes: 5,
  seed: 3,
  params: { blockIntervalMs: 2000 },
  inputs: [],
}

describe('stale blocks against propagation delay', () => {
  // No delay, 5% and 10% of the interval; about 1,000 blocks each.
  let points: ReturnType<typeof runStaleCase>[] | undefined
  const run = () => (points ??= stalePlan(scenario, 1000).slice(0, 3).map(runStaleCase))

  it('plans equal miners, no faults, and every message taking exactly the delay', () => {
    const plan = stalePlan(scenario)
    expect(plan.map((c) => c.delayMs)).toEqual([0, 100, 200, 400, 600, 1000])
    expect(plan[3]!.scenario.params).toMatchObject({ latencyMs: [400, 400] })
    expect(plan[3]!.scenario.inputs).toEqual([])
  })

  it('has almost no stale block when blocks arrive at once (only two found in the same ms)', () => {
    const [none] = run()
    expect(none!.decided).toBeGreaterThan(900)
    expect(none!.rate).toBeLessThan(0.003)
  }, 20_000)

  it('agrees with 1 − e^(−delay/interval) within three standard errors', () => {
    const [, short, longer] = run()
    for (const p of [short!, longer!]) {
      expect(p.model).toBeCloseTo(staleModel(p.delayMs, 2000), 12)
      expect(p.decided).toBeGreaterThan(900)
      expect(p.stale).toBeGreaterThan(0)
      // The binomial standard error of a rate of p over n blocks: √(p(1 − p)/n).
      const se = Math.sqrt((p.model * (1 - p.model)) / p.decided)
      expect(Math.abs(p.rate - p.model)).toBeLessThan(3 * se)
    }
    expect(longer!.rate).toBeGreaterThan(short!.rate)
  }, 20_000)
})
