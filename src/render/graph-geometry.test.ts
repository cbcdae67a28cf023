import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { angleDeg, arcPath, convexHull, groupOutline, roundedHullPath } from './graph-geometry'
import type { Point } from './model'

/** Every coordinate pair a path moves, draws or arcs to. */
function pathPoints(d: string): Point[] {
  const out: Point[] = []
  for (const cmd of d.match(/[MLA][^MLAZ]*/g) ?? []) {
    const nums = cmd
      .slice(1)
      .trim()
      .split(/[\s,]+/)
      .map(Number)
    out.push({ x: nums[nums.length - 2]!, y: nums[nums.length - 1]! })
  }
  return out
}

const point = fc.record({
  x: fc.integer({ min: 0, max: 800 }),
  y: fc.integer({ min: 0, max: 600 }),
})

describe('the timer arc', () => {
  it('is empty for nothing left, and for nonsense', () => {
    expect(arcPath(0, 33)).toBe('')
    expect(arcPath(-1, 33)).toBe('')
    expect(arcPath(Number.NaN, 33)).toBe('')
  })

  it('starts at 12 o’clock and runs clockwise', () => {
    expect(arcPath(0.25, 10)).toBe('M0,-10A10,10 0 0 1 10,0')
    expect(arcPath(0.5, 10)).toBe('M0,-10A10,10 0 0 1 0,10')
    expect(arcPath(0.75, 10)).toBe('M0,-10A10,10 0 1 1 -10,0')
  })

  it('draws a full turn as two halves, since one arc cannot end where it starts', () => {
    expect(arcPath(1, 10)).toBe('M0,-10A10,10 0 1 1 0,10A10,10 0 1 1 0,-10')
    expect(arcPath(7, 10)).toBe(arcPath(1, 10))
  })
})

describe('the convex hull', () => {
  it('collapses duplicates and keeps only corners', () => {
    const square = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
      { x: 5, y: 5 },
      { x: 5, y: 0 },
      { x: 0, y: 0 },
    ]
    expect(convexHull(square)).toHaveLength(4)
    expect(
      convexHull([
        { x: 1, y: 1 },
        { x: 1, y: 1 },
      ]),
    ).toEqual([{ x: 1, y: 1 }])
    expect(convexHull([])).toEqual([])
  })

  it('contains every point', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), (points) => {
        const hull = convexHull(points)
        if (hull.length < 3) return
        for (const p of points) {
          hull.forEach((a, i) => {
            const b = hull[(i + 1) % hull.length]!
            const turn = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
            expect(turn).toBeGreaterThanOrEqual(0)
          })
        }
      }),
    )
  })
})

describe('the partition backdrop', () => {
  it('is a circle around a single node', () => {
    expect(roundedHullPath([{ x: 100, y: 50 }], 20)).toBe(
      'M80,50a20,20 0 1 0 40,0a20,20 0 1 0 -40,0Z',
    )
  })

  it('keeps every point at least the padding away from its outline', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 8 }), (points) => {
        const d = roundedHullPath(points, 40)
        for (const q of pathPoints(d)) {
          for (const p of points) {
            expect(Math.hypot(q.x - p.x, q.y - p.y)).toBeGreaterThan(40 - 0.02)
          }
        }
      }),
    )
  })

  it('reaches below each node, to take in its label and log', () => {
    const d = groupOutline(
      [
        { x: 100, y: 100 },
        { x: 300, y: 100 },
      ],
      50,
      24,
    )
    expect(d).toBe(
      'M100,50L300,50A50,50 0 0 1 350,100L350,124A50,50 0 0 1 300,174' +
        'L100,174A50,50 0 0 1 50,124L50,100A50,50 0 0 1 100,50Z',
    )
  })
})

describe('message direction', () => {
  it('points from sender to receiver in degrees', () => {
    expect(angleDeg({ x: 0, y: 0 }, { x: 10, y: 0 })).toBe(0)
    expect(angleDeg({ x: 0, y: 0 }, { x: 0, y: 10 })).toBe(90)
    expect(angleDeg({ x: 10, y: 0 }, { x: 0, y: 0 })).toBe(180)
    expect(angleDeg({ x: 5, y: 5 }, { x: 5, y: 5 })).toBe(0)
  })
})
