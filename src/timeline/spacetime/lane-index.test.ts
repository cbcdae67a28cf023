import { describe, expect, it } from 'vitest'
import { Timeline } from '../timeline'
import { raft } from '../../protocols/raft'
import { protocolLookup } from '../../protocols/registry'
import { createRng, nextInt } from '../../sim/prng'
import type { Protocol } from '../../sim/protocol'
import type { Scenario } from '../../scenario/types'
import type { SpacetimeWindow } from './types'

const protocol = raft as unknown as Protocol

/** Raft with crashes, a partition, clients, and one message held back far past the window. */
function run(): Timeline {
  const base: Scenario = {
    version: 1,
    protocol: 'raft',
    nodes: 5,
    seed: 3,
    params: { lossRate: 0.02 },
    inputs: [
      { at: 800, type: 'crash', node: 'n2' },
      { at: 1300, type: 'restart', node: 'n2' },
      { at: 1500, type: 'partition', groups: [['n1', 'n2']] },
      { at: 2300, type: 'heal' },
      { at: 2400, type: 'client', op: 'put', key: 'x', value: '1' },
      { at: 2500, type: 'client', op: 'get', key: 'x', node: 'n3' },
    ],
  }
  const probe = new Timeline(base, protocol)
  probe.extendTo(2700)
  const held = probe.trace
    .slice()
    .find((e) => e.kind === 'send' && e.t < 2700 && e.deliverAt > 2700)!
  const id = (held as { id: number }).id
  const inputs = [...base.inputs, { at: 2700, type: 'delay' as const, message: id, byMs: 15_000 }]
  const timeline = new Timeline({ ...base, inputs }, protocol)
  timeline.extendTo(20_000)
  return timeline
}

/** A window's arrows and marks, by id. */
const ids = (w: SpacetimeWindow) => [w.arrows.map((a) => a.id), w.marks.map((m) => m.eventIndex)]

/** What visibleOn must give: visible(), then only what touches the lanes. */
function filtered(w: SpacetimeWindow, lanes: readonly string[]) {
  const on = new Set(lanes)
  return {
    arrows: w.arrows.filter((a) => on.has(a.from) || on.has(a.to)).map((a) => a.id),
    marks: w.marks.filter((m) => on.has(m.node)).map((m) => m.eventIndex),
  }
}

describe('the space-time diagram by lane', () => {
  it('gives what the whole window gives, for the lanes asked, in any window', () => {
    const timeline = run()
    const view = timeline.spacetime()
    const lanes = view.lanes()
    expect(lanes.length).toBeGreaterThan(5)
    const rng = createRng(11)
    for (let k = 0; k < 300; k++) {
      const from = nextInt(rng, 0, 19_000)
      const to = from + nextInt(rng, 1, 6000)
      const some = lanes.filter(() => nextInt(rng, 0, 2) === 0)
      const on = view.visibleOn(from, to, some)
      expect({
        arrows: on.arrows.map((a) => a.id),
        marks: on.marks.map((m) => m.eventIndex),
      }).toEqual(filtered(view.visible(from, to), some))
    }
  })

  it('is the same made when first asked for mid-run, then grown, as made at the end', () => {
    const whole = run()
    const grown = new Timeline(whole.scenario, protocol)
    grown.extendTo(2600)
    grown.spacetime().visibleOn(0, 2600, ['n1'])
    grown.extendTo(20_000)
    const lanes = whole.spacetime().lanes()
    const rng = createRng(12)
    for (let k = 0; k < 100; k++) {
      const from = nextInt(rng, 0, 19_000)
      const to = from + nextInt(rng, 1, 6000)
      const some = lanes.filter(() => nextInt(rng, 0, 2) === 0)
      expect(ids(grown.spacetime().visibleOn(from, to, some))).toEqual(
        ids(whole.spacetime().visibleOn(from, to, some)),
      )
    }
  })

  it('finds a message held back for 15 s from a window near its arrival', () => {
    const timeline = run()
    const view = timeline.spacetime()
    const delayed = view.visible(0, 20_000).arrows.filter((a) => a.delayed)
    expect(delayed.length).toBe(1)
    const a = delayed[0]!
    const late = view.visibleOn(a.arrivedAt! - 1, a.arrivedAt! + 1, [a.to])
    expect(late.arrows.map((x) => x.id)).toContain(a.id)
  })

  it('answers a 200-node SWIM window for a few lanes without reading them all', () => {
    const swim: Scenario = {
      version: 1,
      protocol: 'swim',
      nodes: 200,
      seed: 1,
      params: {},
      inputs: [],
    }
    const timeline = new Timeline(swim, protocolLookup.get('swim')!)
    timeline.extendTo(3000)
    const view = timeline.spacetime()
    const some = ['n1', 'n50', 'n200']
    const on = view.visibleOn(1000, 3000, some)
    const all = view.visible(1000, 3000)
    expect(on.arrows.length).toBeGreaterThan(0)
    expect(on.arrows.length).toBeLessThan(all.arrows.length / 20)
    expect(on.arrows.map((x) => x.id)).toEqual(filtered(all, some).arrows)
  })
})
