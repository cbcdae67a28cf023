import { afterEach, describe, expect, it } from 'vitest'
import { axisEnd } from './axes'
import { layoutCommitChart } from './commit-chart'
import { layoutLatencyChart } from './latency-chart'
import { legendLayout } from './legend'
import { layoutMessagesChart } from './messages-chart'
import { layoutTermChart } from './term-chart'
import { RunSeries } from '../../timeline/series'
import { BALLOT_SPEC } from '../../test/ballot-raft'
import type { ChartsModel } from './model'
import { setLocale } from '../../i18n'
import type { TraceEntry } from '../../sim/trace'

const state = (t: number, node: string, role: string, term: number, commit: number | null) =>
  ({ t, kind: 'state', node, role, term, commit }) as const

const invoke = (t: number, index: number) =>
  ({ t, kind: 'invoke', op: index, client: 'c', name: 'get', key: 'x', value: null }) as const

function model(trace: TraceEntry[], cursor: number, endMs: number, nodes = ['n1', 'n2', 'n3']) {
  const series = new RunSeries(nodes).update(trace)
  return { series, nodes: series.nodes, cursor, endMs } satisfies ChartsModel
}

describe('term chart layout', () => {
  const trace: TraceEntry[] = [
    state(0, 'n1', 'follower', 0, 0),
    state(0, 'n2', 'follower', 0, 0),
    state(0, 'n3', 'follower', 0, 0),
    state(200, 'n2', 'leader', 1, 0),
    state(5000, 'n2', 'crashed', 1, null),
    state(5400, 'n3', 'leader', 2, 0),
  ]

  it('draws a band per leader in its node’s colour, with a gap when nobody led', () => {
    const layout = layoutTermChart(model(trace, 8000, 10_000), 320)
    const { box } = layout.frame
    expect(layout.bands.map((b) => [b.colour, b.label])).toEqual([
      [1, 'n2'],
      [2, 'n3'],
    ])
    const [first, second] = layout.bands
    expect(first!.x + first!.width).toBeLessThan(second!.x)
    // The band still open runs to the end of the time shown.
    expect(second!.x + second!.width).toBeCloseTo(box.right, 0)
    expect(layout.frame.label).toBe('Term and leader over time. At 8.000 s: term 2, leader n3')
  })

  it('says when nobody leads, and puts the cursor and the end where they belong', () => {
    const layout = layoutTermChart(model(trace, 5200, 10_000), 320)
    expect(layout.frame.label).toContain('term 1, no leader')
    const { box, time } = layout.frame
    expect(time.cursorPx).toBeCloseTo(box.left + (box.right - box.left) * 0.52, 0)
    expect(time.endPx).toBe(box.right)
    expect(time.ticks[0]).toEqual({ value: 0, label: '0 s' })
  })

  it('runs the time axis from 0 at the left edge to the end of the run at the right', () => {
    for (const endMs of [1000, 10_000, 3_600_000]) {
      const { box, time } = layoutTermChart(model(trace, 800, endMs), 320).frame
      expect(time.x(0)).toBe(box.left)
      expect(time.x(endMs)).toBe(box.right)
      const last = time.ticks.at(-1)!.value
      expect(last).toBeLessThanOrEqual(endMs)
      // The ticks reach into the last part of the axis: no long stretch without a label.
      expect(time.x(last)).toBeGreaterThan(box.right - (box.right - box.left) / 2)
    }
  })

  it('ticks terms in whole numbers up to the highest term', () => {
    const { frame } = layoutTermChart(model(trace, 8000, 10_000), 320)
    expect(frame.yTicks.map((t) => t.value)).toEqual([0, 1, 2])
    expect(frame.y(2)).toBe(frame.box.top)
  })

  it('keeps one band per pixel when leaders change faster than pixels go by', () => {
    const flapping: TraceEntry[] = []
    for (let i = 0; i < 2000; i++) {
      flapping.push(state(i * 10, `n${(i % 3) + 1}`, 'leader', i + 1, 0))
      flapping.push(state(i * 10 + 5, `n${(i % 3) + 1}`, 'follower', i + 1, 0))
    }
    const layout = layoutTermChart(model(flapping, 20_000, 20_000), 320)
    const { box } = layout.frame
    expect(layout.bands.length).toBeLessThanOrEqual(box.right - box.left + 1)
  })
})

describe('term chart layout for a protocol with its own epoch', () => {
  const trace: TraceEntry[] = [
    state(0, 'n1', 'member', 1, 0),
    state(0, 'n2', 'member', 2, 0),
    state(200, 'n2', 'chief', 102, 0),
    state(900, 'n2', 'member', 301, 0),
    state(900, 'n1', 'chief', 301, 0),
  ]
  const at = (cursor: number) => {
    const series = new RunSeries(['n1', 'n2'], undefined, BALLOT_SPEC).update(trace)
    return layoutTermChart({ series, nodes: series.nodes, cursor, endMs: 2000 }, 320)
  }

  it('is titled, ticked and read out by the epoch, with leaders by the lead look', () => {
    const layout = at(1000)
    expect(layout.frame.title).toBe('Ballot and leader')
    expect(layout.frame.label).toBe(
      'Ballot and leader over time. At 1.000 s: ballot 3.1, leader n1',
    )
    expect(layout.frame.yTicks.map((t) => t.label)).toEqual(['0.0', '2.0', '4.0'])
    expect(layout.frame.yNotes!.map((n) => n.label)).toEqual(['leader'])
    expect(layout.bands.map((b) => b.label)).toEqual(['n2', 'n1'])
    expect(at(100).frame.label).toContain('ballot 0.2, no leader')
  })

  it('keeps the term for a protocol that names none', () => {
    expect(layoutTermChart(model([], 0, 1000), 320).frame).toMatchObject({
      title: 'Term and leader',
      label: 'Term and leader over time. At 0.000 s: no term yet',
    })
  })
})

describe('commit chart layout', () => {
  it('draws a line per node, side by side where they agree', () => {
    const layout = layoutCommitChart(
      model(
        [
          state(0, 'n1', 'follower', 0, 0),
          state(0, 'n2', 'follower', 0, 0),
          state(300, 'n1', 'leader', 1, 1),
          state(320, 'n2', 'follower', 1, 1),
        ],
        1000,
        1000,
        ['n1', 'n2'],
      ),
      320,
    )
    expect(layout.lines.map((l) => l.colour)).toEqual([0, 1])
    const [a, b] = layout.lines.map((l) => l.d.match(/^M[\d.]+,([\d.]+)/)![1])
    expect(Number(b) - Number(a)).toBeCloseTo(1.5)
    expect(layout.frame.label).toBe('Commit index per node. At 1.000 s: n1 1, n2 1')
    expect(layout.legend.map((i) => i.label)).toEqual(['n1', 'n2'])
  })

  it('moves a legend that does not fit beside the title into rows under it', () => {
    const ids = Array.from({ length: 25 }, (_, i) => `n${i + 1}`)
    const items = ids.map((label, i) => ({ label, swatch: 'line', colour: i }))
    const few = legendLayout(items.slice(0, 5), 320, 140)
    expect(few.rows).toBe(0)
    expect(few.items.at(-1)!.x + 12 + 2 * 5.8).toBeLessThanOrEqual(320.01)
    const many = legendLayout(items, 320, 140)
    expect(many.rows).toBeGreaterThan(1)
    expect(many.items.every((i) => i.x + 12 + i.label.length * 5.8 <= 320)).toBe(true)
    const layout = layoutCommitChart(model([], 0, 1000, ids), 320)
    expect(layout.frame.box.top).toBeGreaterThan(
      layoutCommitChart(model([], 0, 1000), 320).frame.box.top,
    )
  })
})

describe('messages chart layout', () => {
  it('draws the rate of sent messages, lost ones apart at the bottom', () => {
    const trace: TraceEntry[] = []
    for (let id = 1; id <= 40; id++) {
      trace.push({
        t: id * 20,
        kind: 'send',
        id,
        from: 'n1',
        to: 'n2',
        deliverAt: 0,
        payload: { type: 'Heartbeat' },
      })
      if (id % 4 === 0) trace.push({ t: id * 20 + 10, kind: 'drop', id, reason: 'loss' })
    }
    const layout = layoutMessagesChart(model(trace, 800, 800), 320)
    expect(layout.binMs).toBe(100)
    const { box, time, y } = layout.frame
    // At most five sent in a 100 ms bin, 50/s: the axis rounds up past it to a labelled top.
    expect(layout.frame.yTicks.at(-1)!.value).toBe(60)
    expect(y(60)).toBe(box.top)
    const tops = new Set(layout.sentPath.match(/,[\d.]+/g)!.map((c) => Number(c.slice(1))))
    expect(Math.min(...tops)).toBe(y(50))
    expect(layout.lostPath).toContain(`,${box.bottom}`)
    // Both areas run from the start to the end of the last whole bin.
    for (const d of [layout.sentPath, layout.lostPath]) {
      const xs = d.match(/[ML]([\d.]+)/g)!.map((c) => Number(c.slice(1)))
      expect([Math.min(...xs), Math.max(...xs)]).toEqual([box.left, time.x(800)])
    }
    expect(layout.frame.label).toBe(
      'Messages per second, sent and lost. Up to 0.800 s: 40 sent, 10 of them lost',
    )
  })
})

describe('latency chart layout', () => {
  it('places returned operations by invoke time and latency, and only those returned by the end', () => {
    const trace: TraceEntry[] = [
      invoke(100, 0),
      invoke(200, 1),
      invoke(300, 2),
      { t: 140, kind: 'return', op: 0, outcome: 'ok', output: null },
      { t: 2200, kind: 'return', op: 1, outcome: 'timeout', output: null },
      { t: 5000, kind: 'return', op: 2, outcome: 'ok', output: null },
    ]
    const layout = layoutLatencyChart(model(trace, 3000, 3000), 320)
    expect(layout.okPath.match(/M/g)).toHaveLength(1)
    expect(layout.timeoutPath.match(/M/g)).toHaveLength(1)
    expect(layout.empty).toBe(false)
    expect(layout.frame.yTicks.map((t) => t.label)).toEqual(['10 ms', '100 ms', '1 s', '10 s'])
    expect(layout.frame.label).toBe(
      'Client latency. By 3.000 s: 2 returned, 1 gave up; the last gave up after 2 s',
    )
  })

  it('says so when nothing has returned', () => {
    const layout = layoutLatencyChart(model([invoke(100, 0)], 500, 1000), 320)
    expect(layout.empty).toBe(true)
    expect(layout.okPath).toBe('')
  })
})

describe('a legend under a long (translated) title', () => {
  afterEach(() => setLocale('en'))

  it('gets rows of its own, and the plot starts below them instead of under the legend', () => {
    const narrow = 240
    const english = layoutMessagesChart(model([], 0, 1000), narrow)
    setLocale('de')
    const german = layoutMessagesChart(model([], 0, 1000), narrow)
    const latency = layoutLatencyChart(model([], 0, 1000), narrow)
    for (const chart of [german, latency]) {
      const lowest = Math.max(...chart.legend.map((i) => i.y))
      // The legend's text sits on y; the plot (and its top tick label) starts clear of it.
      expect(chart.frame.box.top).toBeGreaterThan(lowest + 4)
    }
    expect(german.legend[0]!.y).toBeGreaterThan(english.legend[0]!.y)
  })
})

describe('the time axis end', () => {
  it('is a round time at or after the end seen, so the axis moves on now and then', () => {
    expect(axisEnd(1000)).toBe(1000)
    expect(axisEnd(1001)).toBe(1500)
    expect(axisEnd(4200)).toBe(4500)
    expect(axisEnd(9999)).toBe(10_000)
    expect(axisEnd(12_300)).toBe(15_000)
    expect(axisEnd(123_000)).toBe(150_000)
    expect(axisEnd(3_600_000)).toBe(4_000_000)
    // Every end from 4.001 s to 4.5 s draws the same axis: same ticks, same places.
    const drawn = [4001, 4200, 4499, 4500].map((endMs) => {
      const { time } = layoutTermChart(
        { ...model([], 4000, endMs), axisEndMs: axisEnd(endMs) },
        320,
      ).frame
      return time.ticks.map((t) => `${t.label}@${time.x(t.value)}`).join(' ')
    })
    expect(new Set(drawn).size).toBe(1)
  })
})
