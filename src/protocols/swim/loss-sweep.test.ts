import { describe, expect, it } from 'vitest'
import { median, runSweep, summarise, sweepPlan, SWEEP_LOSS_RATES } from './loss-sweep'
import type { Scenario } from '../../scenario/types'

const scenario = (nodes: number, extra: Partial<Scenario> = {}): Scenario => ({
  version: 1,
  protocol: 'swim',
  nodes,
  seed: 3,
  params: { lossRate: 0.05 },
  inputs: [{ at: 5000, type: 'crash', node: 'n2' }],
  ...extra,
})

describe('the loss sweep', () => {
  it('caps the members, crashes two of them and keeps the other parameters', () => {
    const plan = sweepPlan(scenario(200, { params: { lossRate: 0.05, periodMs: 400 } }))
    expect(plan).toHaveLength(SWEEP_LOSS_RATES.length * 2)
    expect(plan.map((c) => c.lossRate)).toEqual(SWEEP_LOSS_RATES.flatMap((p) => [p, p]))
    const first = plan[0]!.scenario
    expect(first.nodes).toBe(32)
    expect(first.params).toEqual({ lossRate: 0, periodMs: 400 })
    expect(first.inputs).toEqual([
      { at: 1600, type: 'crash', node: 'n32' },
      { at: 2400, type: 'crash', node: 'n31' },
    ])
    expect(plan.map((c) => c.scenario.seed)).toContain(4)
  })

  // Measured at 16 members (seed 3), per member per minute: 0, 0, 0, 1.09, 10.5 false
  // positives; median detection 3.5–3.6 s at every loss rate (the suspicion timeout is
  // 4 · log10 16 periods = 2.4 s).
  it('finds no false positives without loss, and more as loss rises', () => {
    const points = runSweep(scenario(16))
    expect(points.map((p) => p.lossRate)).toEqual(SWEEP_LOSS_RATES)
    const rates = points.map((p) => p.falsePositivesPerMemberMinute)
    expect(rates[0]).toBe(0)
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeGreaterThanOrEqual(rates[i - 1]!)
    expect(rates.at(-1)).toBeGreaterThan(1)
    for (const p of points) {
      expect(p.undetected).toBe(0)
      expect(p.detectionMs).toBeGreaterThan(2408)
      expect(p.detectionMs).toBeLessThan(2408 + 10 * 500)
    }
  }, 20_000)

  it('shows the broken variant declaring live members dead where SWIM does not', () => {
    const broken = runSweep(scenario(12, { variant: 'no-suspicion' }))
    const correct = runSweep(scenario(12))
    const at10 = (ps: typeof broken) => ps.find((p) => p.lossRate === 0.1)!
    expect(at10(correct).falsePositivesPerMemberMinute).toBe(0)
    expect(at10(broken).falsePositivesPerMemberMinute).toBeGreaterThan(0)
  }, 20_000)

  it('summarises the runs by loss rate, with the median detection', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(median([])).toBeNull()
    const points = summarise([
      {
        lossRate: 0.1,
        detectionsMs: [3000, 5000],
        undetected: 0,
        falsePositives: 1,
        memberMinutes: 5,
      },
      { lossRate: 0.1, detectionsMs: [4000], undetected: 1, falsePositives: 2, memberMinutes: 10 },
    ])
    expect(points).toEqual([
      {
        lossRate: 0.1,
        detectionMs: 4000,
        detected: 3,
        undetected: 1,
        falsePositivesPerMemberMinute: 0.2,
        runs: 2,
      },
    ])
  })
})
