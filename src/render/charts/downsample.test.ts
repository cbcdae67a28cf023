import { describe, expect, it } from 'vitest'
import { binCounts, onePerCell, stepPath, type Steps } from './downsample'
import { linearScale } from './scale'

function steps(points: [number, number][]): Steps {
  return {
    length: points.length,
    timeAt: (i) => points[i]![0],
    valueAt: (i) => points[i]![1],
  }
}

/** The commands of a path, one per array item. */
function commands(d: string): string[] {
  return d.match(/[MHVZ][^MHVZ]*/g) ?? []
}

describe('stepPath', () => {
  const x = linearScale(0, 1000, 0, 100)
  const y = linearScale(0, 10, 50, 0)

  it('draws steps: across at the old value, then up or down to the new one', () => {
    const d = stepPath(
      steps([
        [0, 0],
        [200, 2],
        [500, 4],
      ]),
      x,
      y,
      800,
    )
    expect(d).toBe('M0,50H20V40H50V30H80')
  })

  it('leaves a gap where the value is NaN (a crashed node) and resumes after it', () => {
    const d = stepPath(
      steps([
        [0, 1],
        [300, NaN],
        [600, 0],
      ]),
      x,
      y,
      1000,
    )
    expect(d).toBe('M0,45H30M60,50H100')
  })

  it('stops at the end of the time shown', () => {
    const d = stepPath(
      steps([
        [0, 1],
        [600, 5],
      ]),
      x,
      y,
      500,
    )
    expect(d).toBe('M0,45H50')
  })

  it('keeps a few commands per pixel column however many changes fall in it', () => {
    const points: [number, number][] = []
    for (let t = 0; t < 100_000; t++) points.push([t / 100, (t * 7919) % 11])
    const d = stepPath(steps(points), x, y, 1000)
    expect(commands(d).length).toBeLessThanOrEqual(100 * 4 + 2)
    // Every column spans the whole range of its values.
    expect(d).toContain('V0')
    expect(d).toContain('V50')
  })

  it('shifts a line by dyPx', () => {
    expect(stepPath(steps([[0, 0]]), x, y, 100, 1.5)).toBe('M0,51.5H10')
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
