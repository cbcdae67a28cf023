import { describe, expect, it } from 'vitest'
import { scaleLinear } from 'd3-scale'
import { binCounts, onePerCell, stepPoints, type Steps } from './downsample'

function steps(points: [number, number][]): Steps {
  return {
    length: points.length,
    timeAt: (i) => points[i]![0],
    valueAt: (i) => points[i]![1],
  }
}

/** Points as [x, value] pairs, for short expectations. */
const pairs = (points: readonly { x: number; value: number }[]) => points.map((p) => [p.x, p.value])

describe('stepPoints', () => {
  const x = scaleLinear().domain([0, 1000]).range([0, 100])

  it('keeps a point per change, and one at the end of the time shown', () => {
    const s = steps([
      [0, 0],
      [200, 2],
      [500, 4],
    ])
    expect(pairs(stepPoints(s, x, 800))).toEqual([
      [0, 0],
      [20, 2],
      [50, 4],
      [80, 4],
    ])
  })

  it('runs on to where the value becomes NaN (a crashed node), breaks, and resumes', () => {
    const s = steps([
      [0, 1],
      [300, NaN],
      [600, 0],
    ])
    expect(pairs(stepPoints(s, x, 1000))).toEqual([
      [0, 1],
      [30, 1],
      [30, NaN],
      [60, 0],
      [100, 0],
    ])
  })

  it('stops at the end of the time shown', () => {
    const s = steps([
      [0, 1],
      [600, 5],
    ])
    expect(pairs(stepPoints(s, x, 500))).toEqual([
      [0, 1],
      [50, 1],
    ])
  })

  it('keeps at most three points per pixel column however many changes fall in it', () => {
    const points: [number, number][] = []
    for (let t = 0; t < 100_000; t++) points.push([t / 100, (t * 7919) % 11])
    const out = stepPoints(steps(points), x, 1000)
    expect(out.length).toBeLessThanOrEqual(101 * 3 + 1)
    // Every column spans the whole range of its values, and ends at the last of them.
    const column = out.filter((p) => p.x === 50).map((p) => p.value)
    expect(Math.min(...column)).toBe(0)
    expect(Math.max(...column)).toBe(10)
    const inColumn = points.filter(([t]) => Math.round(x(t)) === 50)
    expect(column.at(-1)).toBe(inColumn.at(-1)![1])
  })
})

describe('binCounts', () => {
  const sent = [10, 20, 30, 40, 50, 60, 70]
  const lost = [0, 1, 0, 0, 5, 0, 2]

  it('turns bucket counts into rates, one bar per bucket when there is room', () => {
    const { binMs, bins } = binCounts(sent, lost, 100, 700, 1000)
    expect(binMs).toBe(100)
    expect(bins.map((b) => b.sentPerS)).toEqual([100, 200, 300, 400, 500, 600, 700])
    expect(bins[4]).toEqual({ fromMs: 400, toMs: 500, sentPerS: 500, lostPerS: 50 })
  })

  it('sums buckets into wider bins when bars would be too thin, keeping the rate', () => {
    const { binMs, bins } = binCounts(sent, lost, 100, 700, 10)
    expect(binMs).toBe(500)
    expect(bins).toEqual([
      { fromMs: 0, toMs: 500, sentPerS: 300, lostPerS: 12 },
      { fromMs: 500, toMs: 700, sentPerS: 650, lostPerS: 10 },
    ])
  })

  it('counts only buckets complete by the end', () => {
    const { bins } = binCounts(sent, lost, 100, 350, 1000)
    expect(bins.map((b) => b.toMs)).toEqual([100, 200, 300])
  })

  it('fits an hour of 100 ms buckets into a few hundred pixels', () => {
    const hour = Array.from({ length: 36_000 }, () => 16)
    const { binMs, bins } = binCounts(hour, hour, 100, 3_600_000, 280)
    expect(binMs).toBe(60_000)
    expect(bins).toHaveLength(60)
    expect(bins.every((b) => b.sentPerS === 160)).toBe(true)
  })
})

describe('onePerCell', () => {
  it('draws dots that share a cell once', () => {
    expect(
      onePerCell([
        { x: 1.2, y: 3.4 },
        { x: 0.9, y: 3.1 },
        { x: 5, y: 3 },
      ]),
    ).toEqual([
      { x: 1, y: 3 },
      { x: 5, y: 3 },
    ])
    expect(
      onePerCell(
        [
          { x: 1.2, y: 3.4 },
          { x: 2.4, y: 4.1 },
        ],
        2,
      ),
    ).toEqual([{ x: 2, y: 4 }])
  })
})
