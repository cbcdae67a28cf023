import { describe, expect, it } from 'vitest'
import { laneArranger, laneRows, LANE_MIN_PX, LANE_PX, orderLanes, parseLaneFilter } from './lanes'
import { AXIS_PX, layoutDiagram, type Frame } from './geometry'
import { stubLabels } from './draw'
import type { Arrow, SpacetimeWindow } from '../../timeline/spacetime/types'

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i + 1}`)

describe('lane order', () => {
  it('keeps the lanes as they are with nothing selected', () => {
    const lanes = [...ids(5), 'clients']
    expect(orderLanes(lanes, null, new Set())).toEqual({ lanes, pinned: 0 })
  })

  it('puts the selected node first, then its peers in id order, then the rest', () => {
    const lanes = [...ids(10), 'clients']
    const order = orderLanes(lanes, 'n7', new Set(['n9', 'n2', 'n7']))
    expect(order.lanes.slice(0, 3)).toEqual(['n7', 'n2', 'n9'])
    expect(order.pinned).toBe(3)
    expect(order.lanes.slice(3)).toEqual(['n1', 'n3', 'n4', 'n5', 'n6', 'n8', 'n10', 'clients'])
  })

  it('filters first, and pins nothing when the selected node is filtered out', () => {
    const keep = parseLaneFilter('n3-n5', ids(10)).keep
    expect(orderLanes(ids(10), 'n4', new Set(['n9', 'n5']), keep)).toEqual({
      lanes: ['n4', 'n5', 'n3'],
      pinned: 2,
    })
    expect(orderLanes(ids(10), 'n9', new Set(['n4']), keep)).toEqual({
      lanes: ['n3', 'n4', 'n5'],
      pinned: 0,
    })
  })

  it('gives the same arrays back while nothing changes, for the renderer’s measuring', () => {
    const arrange = laneArranger((id) => id.toUpperCase())
    const base = ids(100)
    const all = { text: '', keep: null }
    const a = arrange(base, 'n5', new Set(['n8', 'n2']), all)
    expect(arrange(base, 'n5', new Set(['n2', 'n8']), all)).toBe(a)
    expect(a.labels.slice(0, 3)).toEqual(['N5', 'N2', 'N8'])
    expect(arrange(base, 'n5', new Set(['n2']), all)).not.toBe(a)
  })
})

describe('the lane filter', () => {
  const all = [...ids(1000), 'clients']

  it('takes ids and ranges, with commas, spaces or dashes of either kind', () => {
    const { keep, unknown } = parseLaneFilter('n7, n100-n102  n5 – n6;n999-1000 clients', all)
    expect(unknown).toEqual([])
    expect(all.filter(keep!)).toEqual([
      'n5',
      'n6',
      'n7',
      'n100',
      'n101',
      'n102',
      'n999',
      'n1000',
      'clients',
    ])
  })

  it('is no filter when empty, and names what it cannot read', () => {
    expect(parseLaneFilter('  ', all).keep).toBeNull()
    const { keep, unknown } = parseLaneFilter('n7 x12 n2000 n3-', all)
    expect(unknown).toEqual(['x12', 'n2000', 'n3-'])
    expect(all.filter(keep!)).toEqual(['n7'])
  })
})

describe('scrolling lanes', () => {
  it('share the height while each gets LANE_MIN_PX, and scroll past that', () => {
    expect(laneRows(6, 6 * LANE_MIN_PX, 0)).toBeNull()
    const rows = laneRows(1001, 200, 0)!
    expect(rows).toMatchObject({ laneHeightPx: LANE_PX, contentPx: 1001 * LANE_PX, first: 0 })
    expect(rows.end).toBe(Math.ceil(200 / LANE_PX))
  })

  it('shows the lanes under the scroll position, never scrolled past the last', () => {
    const rows = laneRows(1000, 180, 5000)!
    expect(rows.first).toBe(Math.floor(5000 / LANE_PX))
    expect(rows.end - rows.first).toBeLessThanOrEqual(Math.ceil(180 / LANE_PX) + 1)
    const bottom = laneRows(1000, 180, 1e9)!
    expect(bottom.scrollPx).toBe(1000 * LANE_PX - 180)
    expect(bottom.end).toBe(1000)
    expect(laneRows(1000, 180, -50)!.scrollPx).toBe(0)
  })
})

const arrow = (id: number, from: string, to: string, sentAt = 100): Arrow => ({
  id,
  from,
  to,
  sentAt,
  arrivedAt: sentAt + 20,
  dueAt: sentAt + 20,
  fate: 'delivered',
  duplicate: false,
  copyOf: null,
  delayed: false,
  dropReason: null,
  kind: 'Ping',
  sendIndex: id,
  endIndex: id + 1,
})
const window = (arrows: Arrow[]): SpacetimeWindow => ({
  arrows,
  marks: [
    { node: 'n3', at: 50, kind: 'crash', label: 'n3 crashed', eventIndex: 0 },
    { node: 'n500', at: 50, kind: 'crash', label: 'n500 crashed', eventIndex: 1 },
  ],
  partitions: [],
  down: [],
})

describe('the layout of scrolled lanes', () => {
  const lanes = [...ids(1000), 'clients']
  const height = AXIS_PX + 10 * LANE_PX
  const frame = (scrollPx: number): Frame => ({
    width: 800,
    height,
    gutterPx: 48,
    fromMs: 0,
    toMs: 1000,
    cursorMs: 1000,
    lanes,
    otherLane: 'clients',
    rows: laneRows(lanes.length, height - AXIS_PX, scrollPx),
  })
  it('draws lanes in view at a fixed height, and marks on them only', () => {
    const l = layoutDiagram(frame(0), window([]))
    expect([l.first, l.end]).toEqual([0, 10])
    expect(l.laneHeight).toBe(LANE_PX)
    expect(l.laneY[0]).toBe(AXIS_PX + LANE_PX / 2)
    expect(l.marks.map((m) => m.mark.node)).toEqual(['n3'])
    const down = layoutDiagram(frame(495 * LANE_PX), window([]))
    expect(down.marks.map((m) => m.mark.node)).toEqual(['n500'])
    expect(down.laneY[499]).toBeCloseTo(AXIS_PX + 4.5 * LANE_PX)
  })

  it('leans an arrow to a lane out of view by a stub, labelled with that lane', () => {
    const l = layoutDiagram(
      frame(0),
      window([
        arrow(1, 'n2', 'n3'),
        arrow(2, 'n2', 'n700'),
        arrow(3, 'n800', 'n4'),
        arrow(4, 'n600', 'n700'),
      ]),
    )
    expect(l.arrows.map((a) => a.arrow.id)).toEqual([1, 2, 3])
    const [inside, out, into] = l.arrows
    expect(inside!.toward).toBeUndefined()
    expect(inside!.y2 - inside!.y1).toBeCloseTo(LANE_PX)
    expect(out!.toward).toBe('n700')
    expect(out!.y2 - out!.y1).toBeGreaterThan(0)
    expect(out!.y2 - out!.y1).toBeLessThan(LANE_PX)
    expect(into!.toward).toBe('n800')
    expect(into!.y2).toBe(l.laneY[3])
    expect(into!.y1).toBeGreaterThan(into!.y2)
    // Left to right: n800's at its send (100 ms), n700's where it arrives (120 ms).
    expect(stubLabels(l).map((s) => [s.text, s.below])).toEqual([
      ['n800', true],
      ['n700', true],
    ])
  })

  it('leaves out stub labels that would run into the one before on the same line', () => {
    const crowded = [
      arrow(1, 'n2', 'n700', 100),
      arrow(2, 'n2', 'n701', 101),
      arrow(3, 'n2', 'n702', 400),
    ]
    const l = layoutDiagram(frame(0), window(crowded))
    expect(stubLabels(l).map((s) => s.text)).toEqual(['n700', 'n702'])
  })
})
