import { describe, expect, it } from 'vitest'
import { layoutDiagram, timeScale, type Frame } from './geometry'
import type { Arrow, SpacetimeWindow } from '../../timeline/spacetime/types'

const frame: Frame = {
  width: 1058,
  height: 220,
  gutterPx: 48,
  fromMs: 0,
  toMs: 1000,
  cursorMs: 600,
  lanes: ['n1', 'n2', 'clients'],
  otherLane: 'clients',
}

const x = timeScale(frame)

const arrow = (over: Partial<Arrow>): Arrow => ({
  id: 1,
  from: 'n1',
  to: 'n2',
  sentAt: 100,
  arrivedAt: 200,
  dueAt: 200,
  fate: 'delivered',
  duplicate: false,
  copyOf: null,
  delayed: false,
  dropReason: null,
  kind: 'AppendEntries',
  sendIndex: 0,
  endIndex: 1,
  ...over,
})

const windowOf = (arrows: Arrow[]): SpacetimeWindow => ({
  arrows,
  marks: [],
  partitions: [],
  down: [],
})

/** The bands a window's outside spans make: lane, x from, x to, kind. */
const outsideBands = (spans: SpacetimeWindow['outside']) =>
  layoutDiagram(frame, { ...windowOf([]), outside: spans }).bands.map((b) => [
    b.lane,
    b.x1,
    b.x2,
    b.kind,
  ])

describe('the diagram layout', () => {
  it('maps time to x and back', () => {
    expect(x(0)).toBe(48)
    expect(x(1000)).toBe(1048)
    expect(x.invert(x(437))).toBeCloseTo(437, 9)
  })

  it('ticks round times inside the window, far enough apart to read', () => {
    const { ticks } = layoutDiagram(frame, windowOf([]))
    expect(ticks.map((t) => t.label)).toEqual(
      ['0.0', '0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9', '1.0'].map(
        (s) => `${s} s`,
      ),
    )
    const early = layoutDiagram({ ...frame, toMs: 500 }, windowOf([]))
    expect(early.ticks.at(-1)!.label).toBe('500 ms')
    const late = layoutDiagram(
      { ...frame, fromMs: 3_600_000, toMs: 3_602_000, cursorMs: 3_601_000 },
      windowOf([]),
    )
    expect(late.ticks[0]).toMatchObject({ ms: 3_600_000, x: 48, label: '3600.0 s' })
    for (const l of [layoutDiagram(frame, windowOf([])), late]) {
      const gaps = l.ticks.slice(1).map((t, i) => t.x - l.ticks[i]!.x)
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(80)
    }
  })

  it('draws a delivered message from lane to lane, and nothing sent after the cursor', () => {
    const l = layoutDiagram(
      frame,
      windowOf([arrow({}), arrow({ id: 2, sentAt: 700, arrivedAt: 750, dueAt: 750 })]),
    )
    expect(l.arrows).toHaveLength(1)
    const [a] = l.arrows
    expect(a!.x2).toBeCloseTo(248, 9)
    expect(a).toMatchObject({ x1: 148, y1: l.laneY[0], y2: l.laneY[1], end: 'delivered' })
  })

  it('a message still travelling at the cursor stops where it has got to', () => {
    const l = layoutDiagram(frame, windowOf([arrow({ sentAt: 400, arrivedAt: 800, dueAt: 800 })]))
    const [a] = l.arrows
    expect(a!.end).toBe('flying')
    expect(a!.x2).toBe(x(600))
    expect(a!.y2).toBeCloseTo(l.laneY[0]! + (l.laneY[1]! - l.laneY[0]!) / 2, 9)
  })

  it('a dropped message ends in the middle of its way, where it was lost', () => {
    const l = layoutDiagram(
      frame,
      windowOf([arrow({ fate: 'dropped', arrivedAt: 150, dueAt: 200, dropReason: 'partition' })]),
    )
    expect(l.arrows[0]).toMatchObject({ end: 'dropped', x2: x(150) })
    expect(l.arrows[0]!.y2).toBeCloseTo((l.laneY[0]! + l.laneY[1]!) / 2, 9)
  })

  it('client lanes fold into the clients lane', () => {
    const l = layoutDiagram(
      frame,
      windowOf([arrow({ from: 'c7', to: 'n2', kind: 'ClientRequest' })]),
    )
    expect(l.arrows[0]!.y1).toBe(l.laneY[2])
  })

  it('draws a lane only while its node is in the cluster, and gives away no join to come', () => {
    // n2 joined at 300 ms, n1 left at 500 ms: no lane before the one, after the other.
    expect(
      outsideBands([
        { node: 'n2', from: 0, to: 300 },
        { node: 'n1', from: 500, to: null },
      ]),
    ).toEqual([
      [1, x(0), x(300), 'outside'],
      [0, x(500), x(1000), 'outside'],
    ])
    // A join after the cursor is not known yet: no lane at all; a leave to come shows nothing.
    expect(
      outsideBands([
        { node: 'n2', from: 0, to: 800 },
        { node: 'n1', from: 700, to: null },
      ]),
    ).toEqual([[1, x(0), x(1000), 'outside']])
  })
})
