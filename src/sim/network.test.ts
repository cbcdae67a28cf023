import { describe, expect, it } from 'vitest'
import { createSimulation, runUntil } from './kernel'
import { groupsToIndex } from './network'
import { createRng, nextFloat } from './prng'
import type { TraceEntry } from './trace'
import { ping } from '../test/fake-protocols'
import type { Input, Params, Scenario } from '../scenario/types'

function simulate(options: { inputs?: Input[]; params?: Params; nodes?: number; until: number }) {
  const scenario: Scenario = {
    version: 1,
    protocol: 'ping',
    nodes: options.nodes ?? 2,
    seed: 1,
    params: options.params ?? { latencyMs: [50, 50] },
    inputs: options.inputs ?? [],
  }
  const { ctx, world } = createSimulation(scenario, ping)
  runUntil(ctx, world, options.until)
  return { world, trace: ctx.recorder!.entries!.slice() }
}

type Send = Extract<TraceEntry, { kind: 'send' }>

const latency = (s: Send) => s.deliverAt - s.t

function sendsOn(trace: readonly TraceEntry[], from: string, to: string): Send[] {
  return trace.filter((e): e is Send => e.kind === 'send' && e.from === from && e.to === to)
}

/** What became of each message on a link: when it left, when it ended, and how. */
function fates(trace: readonly TraceEntry[], from: string, to: string) {
  return sendsOn(trace, from, to).map((s) => {
    const end = trace.find((e) => (e.kind === 'deliver' || e.kind === 'drop') && e.id === s.id)
    const fate = end?.kind === 'drop' ? end.reason : end?.kind === 'deliver' ? 'delivered' : null
    return { sent: s.t, at: end?.t ?? null, fate }
  })
}

describe('groupsToIndex', () => {
  const ids = ['n1', 'n2', 'n3', 'n4', 'n5']

  it('numbers each listed group in order', () => {
    expect(
      groupsToIndex(ids, [
        ['n1', 'n2'],
        ['n3', 'n4', 'n5'],
      ]),
    ).toEqual([0, 0, 1, 1, 1])
    expect(groupsToIndex(ids, [['n5'], ['n1', 'n3'], ['n2', 'n4']])).toEqual([1, 2, 1, 2, 0])
  })

  it('puts every unlisted node together in one more group', () => {
    expect(groupsToIndex(ids, [['n2']])).toEqual([1, 0, 1, 1, 1])
    expect(groupsToIndex(ids, [['n1'], ['n4']])).toEqual([0, 2, 2, 1, 2])
  })
})

describe('the network between nodes', () => {
  it('delivers after the fixed latency when nothing is wrong', () => {
    const { trace, world } = simulate({ until: 300 })
    expect(fates(trace, 'n1', 'n2')).toEqual([
      { sent: 100, at: 150, fate: 'delivered' },
      { sent: 200, at: 250, fate: 'delivered' },
      { sent: 300, at: null, fate: null },
    ])
    expect(world.nodes[1]!.state!.got).toEqual(['n1', 'n1'])
  })

  it('drops a message in flight when a partition starts before it arrives', () => {
    const inputs: Input[] = [
      { at: 120, type: 'partition', groups: [['n1'], ['n2']] },
      { at: 170, type: 'heal' },
    ]
    const { trace } = simulate({ inputs, until: 260 })
    expect(fates(trace, 'n1', 'n2')).toEqual([
      { sent: 100, at: 150, fate: 'partition' },
      { sent: 200, at: 250, fate: 'delivered' },
    ])
    expect(fates(trace, 'n2', 'n1')[0]).toEqual({ sent: 100, at: 150, fate: 'partition' })
  })

  it('still drops a message sent into a partition that heals before it arrives', () => {
    const inputs: Input[] = [
      { at: 180, type: 'partition', groups: [['n1'], ['n2']] },
      { at: 220, type: 'heal' },
    ]
    const { trace } = simulate({ inputs, until: 360 })
    expect(fates(trace, 'n1', 'n2')).toEqual([
      { sent: 100, at: 150, fate: 'delivered' },
      { sent: 200, at: 250, fate: 'partition' },
      { sent: 300, at: 350, fate: 'delivered' },
    ])
  })

  it('leaves alone a message whose link was cut and healed only while it travelled', () => {
    const inputs: Input[] = [
      { at: 120, type: 'partition', groups: [['n1'], ['n2']] },
      { at: 130, type: 'heal' },
    ]
    const { trace } = simulate({ inputs, until: 160 })
    expect(fates(trace, 'n1', 'n2')).toEqual([{ sent: 100, at: 150, fate: 'delivered' }])
  })

  it('delivers again once the partition healed before the send', () => {
    const inputs: Input[] = [
      { at: 50, type: 'partition', groups: [['n1'], ['n2']] },
      { at: 150, type: 'heal' },
    ]
    const { trace } = simulate({ inputs, until: 260 })
    expect(fates(trace, 'n1', 'n2')).toEqual([
      { sent: 100, at: 150, fate: 'partition' },
      { sent: 200, at: 250, fate: 'delivered' },
    ])
  })

  it('cuts only between groups, with unlisted nodes together in one group', () => {
    const inputs: Input[] = [{ at: 0, type: 'partition', groups: [['n1']] }]
    const { trace } = simulate({ inputs, nodes: 3, until: 160 })
    expect(fates(trace, 'n1', 'n2')).toEqual([{ sent: 100, at: 150, fate: 'partition' }])
    expect(fates(trace, 'n3', 'n1')).toEqual([{ sent: 100, at: 150, fate: 'partition' }])
    expect(fates(trace, 'n2', 'n3')).toEqual([{ sent: 100, at: 150, fate: 'delivered' }])
    expect(fates(trace, 'n3', 'n2')).toEqual([{ sent: 100, at: 150, fate: 'delivered' }])
  })

  it('drops a message that arrives at a crashed node, with reason crashed', () => {
    const inputs: Input[] = [{ at: 120, type: 'crash', node: 'n2' }]
    const { trace } = simulate({ inputs, until: 260 })
    expect(fates(trace, 'n1', 'n2')).toEqual([
      { sent: 100, at: 150, fate: 'crashed' },
      { sent: 200, at: 250, fate: 'crashed' },
    ])
    // A crashed node sends nothing more, but what it sent before still arrives.
    expect(fates(trace, 'n2', 'n1')).toEqual([{ sent: 100, at: 150, fate: 'delivered' }])
  })

  it('never cuts a client off by a partition', () => {
    const inputs: Input[] = [
      { at: 10, type: 'partition', groups: [['n1'], ['n2']] },
      { at: 20, type: 'client', op: 'get', key: 'x', node: 'n1' },
    ]
    const { trace, world } = simulate({ inputs, until: 300 })
    expect(fates(trace, 'c1', 'n1')).toEqual([{ sent: 20, at: 70, fate: 'delivered' }])
    expect(fates(trace, 'n1', 'c1')).toEqual([{ sent: 70, at: 120, fate: 'delivered' }])
    expect(world.clients[0]).toMatchObject({ outcome: 'ok', output: 'n1', returnedAt: 120 })
  })

  it('never loses a client message, even at a loss rate of 1', () => {
    const inputs: Input[] = [{ at: 20, type: 'client', op: 'get', key: 'x', node: 'n2' }]
    const { trace, world } = simulate({
      inputs,
      params: { latencyMs: [50, 50], lossRate: 1 },
      until: 300,
    })
    expect(fates(trace, 'n1', 'n2').map((f) => f.fate)).toEqual(['loss', 'loss', null])
    expect(fates(trace, 'c1', 'n2')).toEqual([{ sent: 20, at: 70, fate: 'delivered' }])
    expect(world.clients[0]).toMatchObject({ outcome: 'ok', output: 'n2', attempts: 1 })
  })

  it('loses every message in one direction of a link with lossRate 1, and no other', () => {
    const inputs: Input[] = [{ at: 0, type: 'link', from: 'n1', to: 'n2', lossRate: 1 }]
    const { trace } = simulate({ inputs, nodes: 3, until: 1000 })
    expect(new Set(fates(trace, 'n1', 'n2').map((f) => f.fate))).toEqual(new Set(['loss', null]))
    expect(fates(trace, 'n1', 'n2').filter((f) => f.fate === 'loss')).toHaveLength(9)
    for (const [from, to] of [
      ['n2', 'n1'],
      ['n1', 'n3'],
      ['n3', 'n2'],
    ] as const) {
      expect(fates(trace, from, to).filter((f) => f.fate === 'delivered')).toHaveLength(9)
    }
  })

  it('restores the defaults when a link input names neither key', () => {
    const inputs: Input[] = [
      { at: 0, type: 'link', from: 'n1', to: 'n2', lossRate: 1, latencyMs: [5, 5] },
      { at: 250, type: 'link', from: 'n1', to: 'n2' },
    ]
    const { trace, world } = simulate({ inputs, until: 460 })
    expect(fates(trace, 'n1', 'n2')).toEqual([
      { sent: 100, at: 105, fate: 'loss' },
      { sent: 200, at: 205, fate: 'loss' },
      { sent: 300, at: 350, fate: 'delivered' },
      { sent: 400, at: 450, fate: 'delivered' },
    ])
    expect(world.links).toEqual({})
  })

  it('keeps the default for the key a link input leaves out', () => {
    const inputs: Input[] = [{ at: 0, type: 'link', from: 'n1', to: 'n2', latencyMs: [70, 70] }]
    const params = { latencyMs: [50, 50], lossRate: 1 } as const
    const { trace } = simulate({ inputs, params, until: 190 })
    expect(fates(trace, 'n1', 'n2')).toEqual([{ sent: 100, at: 170, fate: 'loss' }])
  })

  it('draws every latency within latencyMs, both ends included', () => {
    const inputs: Input[] = [{ at: 0, type: 'link', from: 'n2', to: 'n3', latencyMs: [100, 102] }]
    const params = { latencyMs: [10, 14] } as const
    const { trace } = simulate({ inputs, params, nodes: 3, until: 10_000 })
    const sends = trace.filter((e): e is Send => e.kind === 'send')
    const overridden = sends.filter((s) => s.from === 'n2' && s.to === 'n3').map(latency)
    const plain = sends.filter((s) => !(s.from === 'n2' && s.to === 'n3')).map(latency)
    expect(new Set(plain)).toEqual(new Set([10, 11, 12, 13, 14]))
    expect(new Set(overridden)).toEqual(new Set([100, 101, 102]))
    // Each message is handled exactly when it was due.
    for (const send of sends.filter((s) => s.deliverAt <= 10_000)) {
      const end = trace.find((e) => (e.kind === 'deliver' || e.kind === 'drop') && e.id === send.id)
      expect(end?.t).toBe(send.deliverAt)
    }
  })

  it('draws once per message, for its latency, when loss is off', () => {
    // Loss is drawn only when it can happen, so turning it off leaves the random sequence
    // to what does need it.
    const { world, trace } = simulate({ params: { latencyMs: [50, 50], lossRate: 0 }, until: 1000 })
    const sends = trace.filter((e) => e.kind === 'send').length
    expect(sends).toBe(20)
    const expected = createRng(1)
    for (let i = 0; i < sends; i++) nextFloat(expected)
    expect(world.rng.s).toBe(expected.s)
  })

  it('keeps every latency within a latencyMs range that holds no whole millisecond', () => {
    // A valid scenario: the validator accepts any 0 <= low <= high. Whole-ms rounding
    // inwards leaves nothing to draw from here, and must not step outside the range.
    const { trace } = simulate({ params: { latencyMs: [10.2, 10.8] }, until: 100 })
    const latencies = trace.filter((e): e is Send => e.kind === 'send').map(latency)
    expect(latencies).toHaveLength(2)
    for (const ms of latencies) {
      expect(ms).toBeGreaterThanOrEqual(10.2)
      expect(ms).toBeLessThanOrEqual(10.8)
    }
  })
})
