import { describe, expect, it } from 'vitest'
import { layoutDiagram, timeToX, xToTime, type Frame } from './geometry'
import type { Arrow, SpacetimeWindow } from '../../timeline/spacetime/types'

const frame: Frame = {
  width: 1058,
  height: 220,
  fromMs: 0,
  toMs: 1000,
  cursorMs: 600,
  lanes: ['n1', 'n2', 'clients'],
  otherLane: 'clients',
}

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

describe('the diagram layout', () => {
  it('maps time to x and back', () => {
    expect(timeToX(frame, 0)).toBe(48)
    expect(timeToX(frame, 1000)).toBe(1048)
    expect(xToTime(frame, timeToX(frame, 437))).toBeCloseTo(437, 9)
  })

  it('draws a delivered message from lane to lane, and nothing sent after the cursor', () => {
    const l = layoutDiagram(
      frame,
      windowOf([arrow({}), arrow({ id: 2, sentAt: 700, arrivedAt: 750, dueAt: 750 })]),
    )
    expect(l.arrows).toHaveLength(1)
    const [a] = l.arrows
    expect(a).toMatchObject({ x1: 148, x2: 248, y1: l.laneY[0], y2: l.laneY[1], end: 'delivered' })
  })

  it('a message still travelling at the cursor stops where it has got to', () => {
    const l = layoutDiagram(frame, windowOf([arrow({ sentAt: 400, arrivedAt: 800, dueAt: 800 })]))
    const [a] = l.arrows
    expect(a!.end).toBe('flying')
    expect(a!.x2).toBe(timeToX(frame, 600))
    expect(a!.y2).toBeCloseTo(l.laneY[0]! + (l.laneY[1]! - l.laneY[0]!) / 2, 9)
  })

  it('a dropped message ends in the middle of its way, where it was lost', () => {
    const l = layoutDiagram(
      frame,
      windowOf([arrow({ fate: 'dropped', arrivedAt: 150, dueAt: 200, dropReason: 'partition' })]),
    )
    expect(l.arrows[0]).toMatchObject({ end: 'dropped', x2: timeToX(frame, 150) })
    expect(l.arrows[0]!.y2).toBeCloseTo((l.laneY[0]! + l.laneY[1]!) / 2, 9)
  })

  it('client lanes fold into the clients lane', () => {
    const l = layoutDiagram(
      frame,
      windowOf([arrow({ from: 'c7', to: 'n2', kind: 'ClientRequest' })]),
    )
    expect(l.arrows[0]!.y1).toBe(l.laneY[2])
  })
})
