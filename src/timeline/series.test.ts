import { describe, expect, it } from 'vitest'
import { RunSeries, StepSeries } from './series'
import { Timeline } from './timeline'
import { raft } from '../protocols/raft'
import { DESIGN_EXAMPLE } from '../test/design-example'
import type { Protocol } from '../sim/protocol'
import type { TraceEntry } from '../sim/trace'
import type { Scenario } from '../scenario/types'

const state = (t: number, node: string, role: string, term: number | null, commit: number | null) =>
  ({ t, kind: 'state', node, role, term, commit }) as const
const send = (t: number, id: number) =>
  ({
    t,
    kind: 'send',
    id,
    from: 'n1',
    to: 'n2',
    deliverAt: t + 20,
    payload: { type: 'Heartbeat' },
  }) as const

const invoke = (t: number, index: number) =>
  ({
    t,
    kind: 'invoke',
    op: index,
    client: `c${index}`,
    name: 'put',
    key: 'x',
    value: '1',
  }) as const

function points(s: StepSeries): [number, number][] {
  return Array.from({ length: s.length }, (_, i) => [s.timeAt(i), s.valueAt(i)])
}

/** Everything a chart can read from the series. */
function snapshot(s: RunSeries) {
  return {
    term: points(s.term),
    leaders: s.leaders,
    lanes: s.lanes,
    commits: s.nodes.map((id) => points(s.commit(id))),
    sent: s.sent,
    lost: s.lost,
    latency: s.latency,
  }
}

describe('StepSeries', () => {
  it('keeps changes only, and the last of several at one time', () => {
    const s = new StepSeries()
    s.push(0, 1)
    s.push(5, 1)
    s.push(10, 2)
    s.push(10, 3)
    s.push(20, NaN)
    s.push(21, NaN)
    expect(points(s)).toEqual([
      [0, 1],
      [10, 3],
      [20, NaN],
    ])
    expect([s.at(-1), s.at(0), s.at(9), s.at(10), s.at(30)]).toEqual([NaN, 1, 1, 3, NaN])
  })

  it('drops a change that a later one at the same time undid', () => {
    const s = new StepSeries()
    s.push(0, 1)
    s.push(10, 2)
    s.push(10, 1)
    expect(points(s)).toEqual([[0, 1]])
  })
})

describe('RunSeries from hand-made traces', () => {
  const trace: TraceEntry[] = [
    state(0, 'n1', 'follower', 0, 0),
    state(0, 'n2', 'follower', 0, 0),
    state(0, 'n3', 'follower', 0, 0),
    state(200, 'n2', 'candidate', 1, 0),
    state(230, 'n2', 'leader', 1, 0),
    state(260, 'n2', 'leader', 1, 1),
    state(280, 'n1', 'follower', 1, 1),
    state(1000, 'n2', 'crashed', null, null),
    state(1400, 'n3', 'candidate', 2, 1),
    state(1420, 'n3', 'leader', 2, 1),
    state(1500, 'n2', 'follower', 1, 0),
    state(1520, 'n2', 'follower', 2, 0),
  ]

  it('follows the highest term, with who led when and gaps when nobody did', () => {
    const s = new RunSeries(['n1', 'n2', 'n3']).update(trace)
    expect(points(s.term)).toEqual([
      [0, 0],
      [200, 1],
      [1400, 2],
    ])
    expect(s.leaders).toEqual([
      { node: 'n2', term: 1, from: 230, to: 1000, lane: 0 },
      { node: 'n3', term: 2, from: 1420, to: null, lane: 0 },
    ])
    expect(s.lanes).toBe(1)
  })

  it('follows each node’s commit index, with a gap while it is crashed', () => {
    const s = new RunSeries(['n1', 'n2', 'n3']).update(trace)
    expect(points(s.commit('n2'))).toEqual([
      [0, 0],
      [260, 1],
      [1000, NaN],
      [1500, 0],
    ])
    expect(points(s.commit('n1'))).toEqual([
      [0, 0],
      [280, 1],
    ])
    expect(s.commit('n9').length).toBe(0)
  })

  it('puts overlapping leaders (a stale one behind a partition) in separate lanes', () => {
    const s = new RunSeries(['n1', 'n2', 'n3']).update([
      state(100, 'n1', 'leader', 1, 0),
      state(500, 'n2', 'leader', 2, 0),
      state(600, 'n1', 'follower', 2, 0),
      state(900, 'n3', 'leader', 3, 0),
      state(950, 'n2', 'follower', 3, 0),
    ])
    expect(s.leaders.map((l) => [l.node, l.lane])).toEqual([
      ['n1', 0],
      ['n2', 1],
      ['n3', 0],
    ])
    expect(s.lanes).toBe(2)
  })

  it('counts sends per bucket and charges each loss to the bucket of its send', () => {
    const s = new RunSeries(['n1', 'n2'], 100).update([
      send(10, 1),
      send(90, 2),
      send(150, 3),
      { t: 160, kind: 'drop', id: 1, reason: 'loss' },
      send(420, 4),
      { t: 440, kind: 'drop', id: 4, reason: 'partition' },
      { t: 500, kind: 'drop', id: 99, reason: 'fault' },
    ])
    expect(s.sent).toEqual([2, 1, 0, 0, 1])
    expect(s.lost).toEqual([1, 0, 0, 0, 1])
  })

  it('measures each client operation from invoke to return, timeouts marked', () => {
    const s = new RunSeries([]).update([
      invoke(100, 0),
      invoke(120, 1),
      invoke(130, 2),
      { t: 160, kind: 'return', op: 1, outcome: 'ok', output: null },
      { t: 5130, kind: 'return', op: 0, outcome: 'timeout', output: null },
    ])
    expect(s.latency).toEqual([
      { invokedAt: 120, returnedAt: 160, latencyMs: 40, timedOut: false },
      { invokedAt: 100, returnedAt: 5130, latencyMs: 5030, timedOut: true },
    ])
  })

  it('reads a trace in pieces exactly as in one go', () => {
    const whole = new RunSeries(['n1', 'n2', 'n3']).update(trace)
    const growing: TraceEntry[] = []
    const pieces = new RunSeries(['n1', 'n2', 'n3'])
    for (const e of trace) {
      growing.push(e)
      if (growing.length % 3 === 0) pieces.update(growing)
    }
    pieces.update(growing)
    expect(snapshot(pieces)).toEqual(snapshot(whole))
    expect(pieces.scanned).toBe(trace.length)
    expect(pieces.scannedUntil).toBe(1520)
  })
})

describe('RunSeries over a real run', () => {
  const scenario: Scenario = {
    ...DESIGN_EXAMPLE,
    params: { ...DESIGN_EXAMPLE.params, lossRate: 0.05 },
    inputs: [
      ...DESIGN_EXAMPLE.inputs,
      { at: 3500, type: 'crash', node: 'n3' },
      { at: 3600, type: 'client', op: 'put', key: 'y', value: '2' },
      { at: 4000, type: 'partition', groups: [['n1'], ['n2', 'n3', 'n4', 'n5']] },
      { at: 4100, type: 'client', op: 'get', key: 'y', node: 'n1' },
    ],
  }
  const timeline = new Timeline(scenario, raft as unknown as Protocol)
  timeline.extendTo(8000)
  const trace = timeline.trace.slice()

  it('matches the state entries, the sends and drops, and the client history', () => {
    const s = new RunSeries(timeline.context.ids)
    // Grown as the app grows it: a slice of the trace at a time.
    for (let n = 0; n <= trace.length; n += 997) s.update(trace.slice(0, n))
    s.update(trace)
    expect(snapshot(s)).toEqual(snapshot(new RunSeries(timeline.context.ids).update(trace)))

    let top = -Infinity
    for (const e of trace) {
      if (e.kind !== 'state') continue
      if (e.term !== null) top = Math.max(top, e.term)
      expect(s.term.at(e.t)).toBeGreaterThanOrEqual(top)
      // A crashed node has no commit index: the series shows a gap (NaN).
      expect(s.commit(e.node).at(e.t)).toBe(e.role === 'crashed' ? NaN : e.commit)
    }
    expect(s.term.valueAt(s.term.length - 1)).toBe(top)

    const sent: number[] = []
    const lost: number[] = []
    const bucketOf = new Map<number, number>()
    for (const e of trace) {
      if (e.kind === 'send') {
        const b = Math.floor(e.t / s.bucketMs)
        bucketOf.set(e.id, b)
        sent[b] = (sent[b] ?? 0) + 1
      } else if (e.kind === 'drop') {
        const b = bucketOf.get(e.id)!
        lost[b] = (lost[b] ?? 0) + 1
      }
    }
    expect(s.sent).toEqual(Array.from(sent, (n) => n ?? 0))
    expect(s.lost.reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    expect(s.lost).toEqual(Array.from({ length: s.sent.length }, (_, i) => lost[i] ?? 0))

    const returns = trace.filter((e) => e.kind === 'return')
    expect(s.latency).toHaveLength(returns.length)
    expect(s.latency.length).toBeGreaterThan(0)
    for (const p of s.latency) expect(p.latencyMs).toBe(p.returnedAt - p.invokedAt)
  })

  it('sees a leader at each moment the world has one', () => {
    const s = new RunSeries(timeline.context.ids).update(trace)
    for (const t of [500, 1100, 2400, 3000, 5000, 7500]) {
      const world = timeline.seek(t)
      const leaders = world.nodes
        .filter((n) => n.up && raft.view(n.state as never).role === 'leader')
        .map((n) => n.id)
        .sort()
      const spans = s.leaders.filter((l) => l.from <= t && (l.to === null || l.to > t))
      expect(spans.map((l) => l.node).sort()).toEqual(leaders)
    }
  })
})
