import { describe, expect, it } from 'vitest'
import { ask, crash, gossipScenario, heal, join, partition, restart } from './gallery/build'
import { scenarioOf, type ScenarioOptions } from '../../scenario/builders'
import { protocolLookup } from '../registry'
import { createSimulation, runUntil } from '../../sim/kernel'
import { runScenario } from '../../sim/summary'
import { spreadRecords, type SwimGhost } from './invariants'
import type { Input, Scenario } from '../../scenario/types'

const swim = protocolLookup.get('swim')!

/** Twelve members with the default parameters (a 500 ms protocol period). */
const swimScenario = (seed: number, inputs: readonly Input[], options: ScenarioOptions = {}) =>
  scenarioOf('swim', seed, inputs, { nodes: 12, ...options })
const gossip = protocolLookup.get('gossip')!

function run(scenario: Scenario, t: number) {
  const summary = runScenario(scenario, protocolLookup.get(scenario.protocol)!, t)
  const node = (id: string) => summary.nodes.find((n) => n.id === id)! as Record<string, unknown>
  const membersOf = (id: string) => node(id).members as Record<string, string>
  /** What every live member other than `subject` thinks of it. */
  const viewsOf = (subject: string) =>
    summary.nodes.filter((n) => n.up && n.id !== subject).map((n) => membersOf(n.id)[subject])
  return { ...summary, node, membersOf, viewsOf }
}

function ghostAt(scenario: Scenario, t: number): SwimGhost {
  const sim = createSimulation(scenario, swim, { keepTrace: false })
  runUntil(sim.ctx, sim.world, t)
  return sim.world.ghost as SwimGhost
}

describe('SWIM', () => {
  it('starts with every member alive in every table, incarnation 0', () => {
    const r = run(swimScenario(1, []), 3000)
    expect(r.violations).toEqual([])
    expect(r.nodes.every((n) => n.role === 'alive' && n.incarnation === 0)).toBe(true)
    expect(new Set(r.nodes.flatMap((n) => Object.values(n.members as object)))).toEqual(
      new Set(['alive']),
    )
    expect(Object.keys(r.membersOf('n1'))).toHaveLength(12)
  })

  it('suspects a crashed member, then every live member marks it dead after the suspicion timeout', () => {
    // 12 members: the timeout is 4 · log10(12) · 500 ms ≈ 2.16 s after the first suspicion.
    const inputs = [crash(2000, 'n7')]
    const early = run(swimScenario(1, inputs), 3500)
    expect(early.viewsOf('n7')).toContain('suspect')
    expect(early.viewsOf('n7')).not.toContain('dead')
    const late = run(swimScenario(1, inputs), 9000)
    expect(late.viewsOf('n7')).toEqual(Array(11).fill('dead'))
    expect(late.node('n7')).toMatchObject({ up: false, role: 'crashed', incarnation: 0 })
    const [detection] = ghostAt(swimScenario(1, inputs), 9000).detections
    expect(detection).toMatchObject({ node: 'n7', crashedAt: 2000 })
    expect(detection!.suspectedAt! - 2000).toBeLessThanOrEqual(1100)
    expect(detection!.deadAt - detection!.suspectedAt!).toBeGreaterThanOrEqual(2160)
    expect(late.violations).toEqual([])
  })

  it('answers a client that asks a member about another with what that member thinks', () => {
    const r = run(
      swimScenario(1, [
        crash(2000, 'n7'),
        ask(8000, 'n2', 'n7'),
        ask(8000, 'n2', 'n3'),
        ask(8000, 'n2', 'n99'),
      ]),
      9000,
    )
    expect(r.history.map((h) => h.output)).toEqual(['dead', 'alive', 'unknown'])
  })

  it('lets a member cut off for less than the suspicion timeout refute the suspicion with a higher incarnation', () => {
    const others = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n8', 'n9', 'n10', 'n11', 'n12']
    const r = run(swimScenario(2, [partition(2000, ['n7'], others), heal(3200)]), 10_000)
    expect(r.viewsOf('n7')).toEqual(Array(11).fill('alive'))
    expect(r.node('n7').incarnation).toBeGreaterThan(0)
    expect(r.violations).toEqual([])
  })

  it('declares a member cut off for longer dead, and takes it back when it refutes after the heal', () => {
    const others = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n8', 'n9', 'n10', 'n11', 'n12']
    const inputs: Input[] = [partition(2000, ['n7'], others), heal(9000)]
    const cut = run(swimScenario(2, inputs), 8900)
    expect(cut.viewsOf('n7')).toEqual(Array(11).fill('dead'))
    // n7, on its side, suspects each member it probes in turn, and declares them dead.
    const seen = Object.values(cut.membersOf('n7'))
    expect(seen.filter((s) => s === 'dead').length).toBeGreaterThanOrEqual(6)
    const ghost = ghostAt(swimScenario(2, inputs), 8900)
    expect(ghost.falsePositives.map((f) => f.node)).toContain('n7')
    // Each side hears from the other that it is held dead, and refutes it.
    const healed = run(swimScenario(2, inputs), 25_000)
    expect(healed.viewsOf('n7')).toEqual(Array(11).fill('alive'))
    expect(Object.values(healed.membersOf('n7'))).toEqual(Array(12).fill('alive'))
    expect(healed.violations).toEqual([])
  })

  it('brings a restarted member back through a seed with its next incarnation', () => {
    const r = run(swimScenario(3, [crash(1000, 'n4'), restart(7000, 'n4')]), 12_000)
    expect(r.node('n4')).toMatchObject({ up: true, incarnation: 1 })
    expect(r.viewsOf('n4')).toEqual(Array(11).fill('alive'))
    expect(Object.values(r.membersOf('n4'))).toEqual(Array(12).fill('alive'))
  })

  it('takes a newcomer in through the seed n1, and the newcomer learns every member', () => {
    const r = run(swimScenario(4, [join(1000)]), 8000)
    expect(r.nodes).toHaveLength(13)
    expect(r.viewsOf('n13')).toEqual(Array(12).fill('alive'))
    expect(Object.keys(r.membersOf('n13'))).toHaveLength(13)
    expect(r.violations).toEqual([])
  })

  it('keeps the ghost counts equal to the members’ own tables', () => {
    const scenario = swimScenario(5, [crash(1500, 'n3'), crash(2500, 'n9'), restart(6000, 'n3')], {
      params: { lossRate: 0.1 },
    })
    const sim = createSimulation(scenario, swim, { keepTrace: false })
    runUntil(sim.ctx, sim.world, 9000)
    const g = sim.world.ghost as SwimGhost
    const live = sim.world.nodes.filter((n) => n.up)
    expect(g.upCount).toBe(live.length)
    for (let slot = 0; slot < 12; slot++) {
      const id = `n${slot + 1}`
      const want = [0, 0, 0]
      for (const n of live) {
        if (n.id === id) continue
        const status = (swim.describe(n.state) as { members: Record<string, string> }).members[id]
        if (status !== undefined) want[['alive', 'suspect', 'dead'].indexOf(status)]!++
      }
      expect(Array.from(g.counts.subarray(3 * slot, 3 * slot + 3)), id).toEqual(want)
    }
    expect(spreadRecords(g).length).toBeGreaterThan(0)
  })

  it('is deterministic: the same scenario gives the same trace', () => {
    const scenario = swimScenario(6, [crash(1000, 'n2')], { params: { lossRate: 0.2 } })
    expect(runScenario(scenario, swim, 5000).traceHash).toBe(
      runScenario(scenario, swim, 5000).traceHash,
    )
    const other = { ...scenario, seed: 7 }
    expect(runScenario(other, swim, 5000).traceHash).not.toBe(
      runScenario(scenario, swim, 5000).traceHash,
    )
  })
})

const lossy = (params: Record<string, boolean | number>) =>
  swimScenario(11, [], { nodes: 24, params: { lossRate: 0.25, ...params } })

/** How many of 32 gossip members know the rumour after 1 s. */
const reach = (fanout: number) =>
  runScenario(gossipScenario(2, [], { params: { fanout } }), gossip, 1000).nodes.filter(
    (n) => n.rumor !== null,
  ).length

describe('SWIM with Lifeguard', () => {
  it('declares fewer live members dead under heavy loss with dogpile and the buddy system', () => {
    const plain = ghostAt(lossy({}), 30_000).falsePositives.length
    const lifeguard = ghostAt(lossy({ dogpile: true, buddy: true, localHealth: true }), 30_000)
      .falsePositives.length
    expect(plain).toBeGreaterThan(0)
    expect(lifeguard).toBeLessThan(plain)
  })
})

describe('the no-suspicion variant', () => {
  it('declares a member dead on one unanswered probe, which the checker reports', () => {
    const scenario = swimScenario(1, [], { variant: 'no-suspicion', params: { lossRate: 0.3 } })
    const r = run(scenario, 10_000)
    const [v] = r.violations
    expect(v?.invariant).toBe('Suspected Before Declared Dead')
    expect(v?.message).toMatch(
      /^n\d+ declared n\d+ dead \(incarnation \d+\) without suspecting it first/,
    )
    const correct = run({ ...scenario, variant: undefined }, 10_000)
    expect(correct.violations).toEqual([])
  })
})

describe('push gossip', () => {
  it('spreads n1’s rumour to every member, and a put starts a newer one', () => {
    const early = runScenario(gossipScenario(1, []), gossip, 300)
    const informed = (s: typeof early) =>
      s.nodes.filter((n) => (n.rumor as { value: string } | null)?.value === 'v1').length
    expect(informed(early)).toBeLessThan(8)
    const late = runScenario(gossipScenario(1, []), gossip, 6000)
    expect(informed(late)).toBe(32)
    const newer = runScenario(
      gossipScenario(1, [
        { at: 6000, type: 'client', op: 'put', key: 'rumor', value: 'v2', node: 'n9' },
      ]),
      gossip,
      12_000,
    )
    expect(newer.nodes.every((n) => (n.rumor as { value: string }).value === 'v2')).toBe(true)
  })

  it('spreads faster with a larger fanout', () => {
    expect(reach(3)).toBeGreaterThan(reach(1))
  })
})
