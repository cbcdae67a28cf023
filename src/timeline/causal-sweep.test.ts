import { describe, expect, it } from 'vitest'
import { CausalIndex } from './causality'
import { CausalSweep, type CausalView } from './causal-sweep'
import { CLOCK_NODES_MAX, Timeline } from './timeline'
import { raft } from '../protocols/raft'
import { protocolLookup } from '../protocols/registry'
import { randomScenario } from '../check/random-scenario'
import { createRng, nextInt } from '../sim/prng'
import { DESIGN_EXAMPLE } from '../test/design-example'
import { branchedRuns } from '../test/branched-runs'
import type { Protocol } from '../sim/protocol'
import type { Scenario } from '../scenario/types'
import type { TraceEntry } from '../sim/trace'

const protocol = raft as unknown as Protocol

/**
 * Every entry's answer from clocks and from a sweep, the sweep asked in a random order;
 * throws at the first that differs, and returns how many entries the cuts held.
 */
function compare(trace: readonly TraceEntry[], nodes: readonly string[], picks: number[]) {
  let held = 0
  const clocks = new CausalIndex(nodes).update(trace)
  const rng = createRng(picks.length)
  for (const pick of picks) {
    const sweep = new CausalSweep(nodes).update(trace)
    const past = sweep.pastOf(pick)
    const future = sweep.futureOf(pick)
    // A diagram asks about a window, then another: any order must give the same answers.
    const order = trace.map((_, i) => i)
    for (let i = order.length - 1; i > 0; i--) {
      const j = nextInt(rng, 0, i)
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const x of order) {
      if (past.has(x) !== clocks.pastOf(pick).has(x)) throw new Error(`past of ${pick}: ${x}`)
      if (future.has(x) !== clocks.futureOf(pick).has(x)) throw new Error(`future of ${pick}: ${x}`)
      if (past.has(x) || future.has(x)) held++
    }
  }
  return held
}

describe('causality by sweeping the trace', () => {
  it('agrees with vector clocks on a run with crashes, a partition and clients', () => {
    const timeline = new Timeline(DESIGN_EXAMPLE, protocol)
    timeline.extendTo(2800)
    const trace = timeline.trace.slice()
    const picks = trace.flatMap((_, i) => (i % 5 === 0 ? [i] : []))
    expect(compare(trace, ['n1', 'n2', 'n3', 'n4', 'n5'], picks)).toBeGreaterThan(1000)
  })

  it('agrees with vector clocks on random fault schedules (pinned seeds)', () => {
    for (const seed of [1, 7, 42]) {
      const scenario = randomScenario(seed, { durationMs: 3000 })
      const timeline = new Timeline(scenario, protocolLookup.get(scenario.protocol)!)
      timeline.extendTo(3000)
      const trace = timeline.trace.slice()
      const rng = createRng(seed)
      const picks = Array.from({ length: 25 }, () => nextInt(rng, 0, trace.length - 1))
      expect(compare(trace, timeline.context.ids, picks)).toBeGreaterThan(0)
    }
  })

  it('answers for entries added after the pick, as the run grows', () => {
    const timeline = new Timeline(DESIGN_EXAMPLE, protocol)
    timeline.extendTo(1500)
    const sweep = new CausalSweep(timeline.context.ids).update(timeline.trace)
    const pick = timeline.trace.length - 40
    const future = sweep.futureOf(pick)
    const before = timeline.trace.length
    expect(future.has(before - 1)).toBeTypeOf('boolean')
    timeline.extendTo(2800)
    const clocks = new CausalIndex(timeline.context.ids).update(timeline.trace)
    const later = timeline.trace.slice().map((_, i) => future.has(i))
    expect(later).toEqual(timeline.trace.slice().map((_, i) => clocks.futureOf(pick).has(i)))
    expect(later.slice(before).some(Boolean)).toBe(true)
  })

  it('is what a large cluster’s timeline gives the diagram, and clocks a small one’s', () => {
    const small = new Timeline(DESIGN_EXAMPLE, protocol)
    expect(small.causalView()).toBeInstanceOf(CausalIndex)
    const swim: Scenario = {
      version: 1,
      protocol: 'swim',
      nodes: CLOCK_NODES_MAX + 4,
      seed: 3,
      params: {},
      inputs: [{ at: 1500, type: 'crash', node: 'n2' }],
    }
    const large = new Timeline(swim, protocolLookup.get('swim')!)
    large.extendTo(3000)
    const view = large.causalView()
    expect(view).toBeInstanceOf(CausalSweep)
    const trace = large.trace.slice()
    const rng = createRng(5)
    const picks = Array.from({ length: 6 }, () => nextInt(rng, 0, trace.length - 1))
    expect(compare(trace, large.context.ids, picks)).toBeGreaterThan(0)
  })

  it('copied for a branch, reads on over it as a fresh sweep would (several protocols)', () => {
    for (const run of branchedRuns()) {
      const parent = new CausalSweep(run.nodes).update(run.parent)
      const fresh = new CausalSweep(run.nodes).update(run.branch)
      const clocks = new CausalIndex(run.nodes).update(run.branch)
      const rng = createRng(run.shared)
      const tone = (cut: CausalView, pick: number) => {
        const [past, future] = [cut.pastOf(pick), cut.futureOf(pick)]
        return run.branch.map((_, x) => (past.has(x) ? 1 : future.has(x) ? 2 : 0))
      }
      for (const count of [run.shared, run.shared >> 1, 1]) {
        const copy = parent.prefix(count).update(run.branch)
        const lanes = (sweep: CausalSweep) => run.branch.map((_, x) => sweep.lane(x))
        expect(lanes(copy), `${run.name} from ${count}`).toEqual(lanes(fresh))
        for (let k = 0; k < 8; k++) {
          const pick = nextInt(rng, 0, run.branch.length - 1)
          expect(tone(copy, pick), `${run.name} from ${count}`).toEqual(tone(clocks, pick))
        }
      }
    }
  })
})
