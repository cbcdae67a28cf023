import { describe, expect, it } from 'vitest'
import { SpacetimeIndex, type Arrow, type SpacetimeWindow } from '.'
import { Timeline } from '../timeline'
import { raft } from '../../protocols/raft'
import { createRng, nextInt } from '../../sim/prng'
import type { Payload, Protocol } from '../../sim/protocol'
import type { TraceEntry } from '../../sim/trace'
import type { Input, Scenario } from '../../scenario/types'

const protocol = raft as unknown as Protocol
const NODES = ['n1', 'n2', 'n3', 'n4', 'n5']
const UNTIL_MS = 6000
const FAULT_AT_MS = 2700

const BASE: Scenario = {
  version: 1,
  protocol: 'raft',
  nodes: 5,
  seed: 7,
  params: { lossRate: 0.02 },
  inputs: [
    { at: 800, type: 'crash', node: 'n2' },
    { at: 1300, type: 'restart', node: 'n2' },
    { at: 1500, type: 'partition', groups: [['n1', 'n2']] },
    { at: 1900, type: 'partition', groups: [['n1'], ['n3', 'n4']] },
    { at: 2300, type: 'heal' },
    { at: 2400, type: 'client', op: 'put', key: 'x', value: '1' },
    { at: 2450, type: 'timeout', node: 'n4' },
    { at: 2500, type: 'client', op: 'get', key: 'x', node: 'n3' },
    { at: 3200, type: 'link', from: 'n1', to: 'n3', latencyMs: [300, 700] },
    { at: 3300, type: 'link', from: 'n3', to: 'n1', latencyMs: [300, 700] },
    { at: 4000, type: 'crash', node: 'n1' },
    { at: 4100, type: 'client', op: 'put', key: 'y', value: '2' },
  ],
}

/** The scenario, plus a drop, a duplicate and two delays of messages in flight at 2.7 s. */
function scenarioWithMessageFaults(): Scenario {
  const probe = new Timeline(BASE, protocol)
  probe.extendTo(FAULT_AT_MS)
  const inFlight = probe.trace
    .slice()
    .flatMap((e) =>
      e.kind === 'send' && e.t < FAULT_AT_MS && e.deliverAt > FAULT_AT_MS && !e.to.startsWith('c')
        ? [e.id]
        : [],
    )
  expect(inFlight.length).toBeGreaterThanOrEqual(4)
  const [a, b, c, d] = inFlight as [number, number, number, number]
  const faults: Input[] = [
    { at: FAULT_AT_MS, type: 'drop', message: a },
    { at: FAULT_AT_MS, type: 'duplicate', message: b },
    { at: FAULT_AT_MS, type: 'delay', message: c, byMs: 2500 },
    { at: FAULT_AT_MS, type: 'delay', message: d, byMs: 90 },
  ]
  const inputs = [...BASE.inputs.filter((i) => i.at < FAULT_AT_MS), ...faults]
  return { ...BASE, inputs: [...inputs, ...BASE.inputs.filter((i) => i.at >= FAULT_AT_MS)] }
}

function run() {
  const scenario = scenarioWithMessageFaults()
  const timeline = new Timeline(scenario, protocol)
  timeline.extendTo(UNTIL_MS)
  return { scenario, timeline, trace: timeline.trace.slice() }
}

/** Every arrow, derived straight from the trace with maps: a second opinion. */
function arrowsByHand(trace: readonly TraceEntry[]): Arrow[] {
  const arrows = new Map<number, Arrow>()
  trace.forEach((e, i) => {
    if (e.kind === 'send') {
      arrows.set(e.id, {
        id: e.id,
        from: e.from,
        to: e.to,
        sentAt: e.t,
        arrivedAt: null,
        dueAt: e.deliverAt,
        fate: 'in-flight',
        duplicate: e.copyOf !== undefined,
        copyOf: e.copyOf ?? null,
        delayed: false,
        dropReason: null,
        kind: protocol.messageKind(e.payload),
        sendIndex: i,
        endIndex: null,
      })
    }
    const a = 'id' in e ? arrows.get(e.id) : undefined
    if (a === undefined) return
    if (e.kind === 'deliver')
      arrows.set(e.id, { ...a, arrivedAt: e.t, fate: 'delivered', endIndex: i })
    if (e.kind === 'drop') {
      arrows.set(e.id, { ...a, arrivedAt: e.t, fate: 'dropped', dropReason: e.reason, endIndex: i })
    }
    if (e.kind === 'delay') arrows.set(e.id, { ...a, delayed: true, dueAt: e.deliverAt })
  })
  return [...arrows.values()]
}

/** The window by brute force: filter everything. */
function bruteWindow(all: SpacetimeWindow, from: number, to: number): SpacetimeWindow {
  const over = (a: number, b: number | null) => a <= to && (b === null || b >= from)
  return {
    arrows: all.arrows.filter((a) => over(a.sentAt, a.arrivedAt ?? a.dueAt)),
    marks: all.marks.filter((m) => m.at >= from && m.at <= to),
    partitions: all.partitions.filter((p) => over(p.from, p.to)),
    down: all.down.filter((d) => over(d.from, d.to)),
    outside: (all.outside ?? []).filter((o) => over(o.from, o.to)),
  }
}

describe('space-time layout of a run with every kind of fault', () => {
  const { scenario, timeline, trace } = run()
  const index = timeline.spacetime()
  const all = index.visible(-Infinity, Infinity)
  /** What the timeline gives its own index, for one made here. */
  const options = {
    nodes: NODES,
    inputs: scenario.inputs,
    kindOf: (p: Payload) => protocol.messageKind(p),
    timeoutTimer: 'election',
  }

  it('runs through what the test means to cover', () => {
    const reasons = new Set(trace.flatMap((e) => (e.kind === 'drop' ? [e.reason] : [])))
    expect([...reasons].sort()).toEqual(['crashed', 'fault', 'loss', 'partition'])
    expect(trace.some((e) => e.kind === 'input' && e.ignored !== undefined)).toBe(false)
    for (let i = 1; i < trace.length; i++)
      expect(trace[i]!.t).toBeGreaterThanOrEqual(trace[i - 1]!.t)
  })

  it('derives each arrow as the trace tells it', () => {
    expect(all.arrows).toEqual(arrowsByHand(trace))
    const fates = new Set(all.arrows.map((a) => a.fate))
    expect([...fates].sort()).toEqual(['delivered', 'dropped', 'in-flight'])
    expect(all.arrows.filter((a) => a.duplicate)).toHaveLength(1)
    expect(all.arrows.filter((a) => a.delayed)).toHaveLength(2)
    expect(new Set(all.arrows.map((a) => a.kind))).toContain('ClientRequest')
  })

  it('marks elections, leaders, commits, crashes, restarts, timeouts and client operations', () => {
    const kinds = new Set(all.marks.map((m) => m.kind))
    expect([...kinds].sort()).toEqual(
      ['commit', 'crash', 'election', 'invoke', 'leader', 'restart', 'return', 'timeout'].sort(),
    )
    expect(all.marks.find((m) => m.kind === 'crash')).toMatchObject({ node: 'n2', at: 800 })
    expect(all.marks.find((m) => m.kind === 'invoke')).toMatchObject({ node: 'c1', at: 2400 })
    expect(all.marks.some((m) => m.label === 'n4 times out (forced)' && m.at === 2450)).toBe(true)
    for (const m of all.marks) expect(trace[m.eventIndex]!.t).toBe(m.at)
    expect(index.lanes()).toEqual([...NODES, 'c1', 'c2', 'c3'])
  })

  it('shades partitions, each a full split of the nodes, and the time nodes are down', () => {
    expect(all.partitions).toEqual([
      {
        from: 1500,
        to: 1900,
        groups: [
          ['n1', 'n2'],
          ['n3', 'n4', 'n5'],
        ],
      },
      { from: 1900, to: 2300, groups: [['n1'], ['n3', 'n4'], ['n2', 'n5']] },
    ])
    expect(all.down).toEqual([
      { node: 'n2', from: 800, to: 1300 },
      { node: 'n1', from: 4000, to: null },
    ])
    expect(scenario.inputs.some((i) => i.type === 'heal')).toBe(true)
  })

  it('answers every window exactly as a brute-force filter does', () => {
    const rng = createRng(99)
    const times = all.arrows.flatMap((a) => [a.sentAt, a.arrivedAt ?? a.dueAt])
    const windows: [number, number][] = [
      [0, UNTIL_MS],
      [-100, 0],
      [UNTIL_MS, UNTIL_MS + 5000],
      [3000, 3000],
      [FAULT_AT_MS + 1000, FAULT_AT_MS + 1001], // inside the 2.5 s delay only
    ]
    for (let i = 0; i < 400; i++) {
      const from = nextInt(rng, -50, UNTIL_MS)
      const width = [0, 1, 20, 2000, 30_000][i % 5]! * (nextInt(rng, 0, 100) / 100)
      windows.push([from, from + width])
      // Windows that begin or end exactly where an arrow does.
      const at = times[nextInt(rng, 0, times.length - 1)]!
      windows.push(i % 2 === 0 ? [at, at + width] : [at - width, at])
    }
    for (const [from, to] of windows) {
      expect(index.visible(from, to), `window [${from}, ${to}]`).toEqual(bruteWindow(all, from, to))
    }
  })

  it('includes arrows that span the whole window', () => {
    const long = all.arrows.find((a) => a.delayed && a.dueAt - a.sentAt > 2000)!
    const mid = (long.sentAt + long.dueAt) / 2
    expect(index.visible(mid, mid + 1).arrows.map((a) => a.id)).toContain(long.id)
    expect(index.sentBetween(0, UNTIL_MS)).toBe(all.arrows.length)
  })

  it('keeps an ended arrow made, and reads an arrow in flight again once it ends', () => {
    const stepwise = new SpacetimeIndex(options)
    const ended = all.arrows.find((a) => a.fate === 'delivered')!
    // Read up to just before its delivery: in flight, then delivered once read further.
    stepwise.update(trace.slice(0, ended.endIndex!))
    expect(stepwise.arrow(ended.id)).toMatchObject({ fate: 'in-flight', arrivedAt: null })
    stepwise.update(trace)
    const first = stepwise.arrow(ended.id)
    expect(first).toEqual(ended)
    expect(stepwise.arrow(ended.id)).toBe(first)
  })

  it('hands a fork the arrows that ended before the point, and no others', () => {
    const whole = new SpacetimeIndex(options).update(trace)
    const made = new Map(all.arrows.map((a) => [a.id, whole.arrow(a.id)!]))
    const at = Math.floor(trace.length / 2)
    const fork = whole.forkAt(at, options).update(trace.slice(0, at))
    const before = all.arrows.find((a) => a.endIndex !== null && a.endIndex < at - 500)!
    const after = all.arrows.find(
      (a) => a.sendIndex < at && a.endIndex !== null && a.endIndex > at,
    )!
    expect(fork.arrow(before.id)).toBe(made.get(before.id))
    // Still in flight at the point: the fork reads it so, not as the whole run ended it.
    expect(fork.arrow(after.id)).toMatchObject({ fate: 'in-flight', arrivedAt: null })
  })

  it('is the same built in steps as the run grows', () => {
    const stepwise = new SpacetimeIndex(options)
    for (let n = 0; n < trace.length; n += 211) {
      stepwise.update(trace.slice(0, n))
      const t = trace[Math.max(0, n - 1)]!.t
      expect(stepwise.visible(t - 500, t).marks).toEqual(
        all.marks.filter((m) => m.eventIndex < n && m.at >= t - 500 && m.at <= t),
      )
    }
    stepwise.update(trace)
    expect(stepwise.visible(-Infinity, Infinity)).toEqual(all)
  })
})
