import { describe, expect, it } from 'vitest'
import { array, assert, double, integer, property } from 'fast-check'
import { countAxis, latencyAxis } from './value-scale'

describe('count axis', () => {
  it('starts at 0, rounds its top up, and ticks whole numbers only', () => {
    const { y, ticks } = countAxis(7, [100, 0], 2)
    expect(y.domain()).toEqual([0, 10])
    expect(ticks.map((t) => t.label)).toEqual(['0', '5', '10'])
    expect([y(0), y(10)]).toEqual([100, 0])
    expect(countAxis(0, [100, 0], 2).y.domain()).toEqual([0, 1])
    expect(countAxis(2, [100, 0], 3).ticks.map((t) => t.value)).toEqual([0, 1, 2])
  })

  it('covers any count with whole ticks on whole pixels', () => {
    assert(
      property(
        double({ min: 0, max: 1e6, noNaN: true }),
        integer({ min: 2, max: 6 }),
        (max, count) => {
          const { y, ticks } = countAxis(max, [110.5, 24], count)
          expect(y.domain()[1]).toBeGreaterThanOrEqual(max)
          expect(Number.isInteger(y.domain()[1])).toBe(true)
          expect(ticks.length).toBeGreaterThanOrEqual(2)
          for (const t of ticks) {
            expect(Number.isInteger(t.value)).toBe(true)
            expect(Number.isInteger(y(t.value))).toBe(true)
          }
        },
      ),
    )
  })

  it('labels ticks as it is told (a ballot writes its own numbers)', () => {
    const { ticks } = countAxis(3, [100, 0], 2, (n) => `${n}.0`)
    expect(ticks.map((t) => t.label)).toEqual(['0.0', '2.0', '4.0'])
  })
})

describe('latency axis', () => {
  it('spans whole decades and ticks powers of ten', () => {
    expect(latencyAxis([23, 480], [100, 0], 4).y.domain()).toEqual([10, 1000])
    expect(latencyAxis([40, 5030], [100, 0], 4).ticks.map((t) => t.label)).toEqual([
      '10 ms',
      '100 ms',
      '1 s',
      '10 s',
    ])
    expect(latencyAxis([0], [100, 0], 4).y.domain()).toEqual([1, 10])
    expect(latencyAxis([150, 180], [100, 0], 4).y.domain()).toEqual([100, 1000])
    expect(latencyAxis([], [100, 0], 4).y.domain()).toEqual([10, 1000])
  })

  it('starts a decade lower for a latency just under a power of ten', () => {
    const { y } = latencyAxis([9999999.99999999], [100, 10], 3)
    expect(y.domain()[0]).toBeLessThanOrEqual(9999999.99999999)
  })

  it('covers every latency, inside the plot', () => {
    assert(
      property(array(double({ min: 0, max: 1e7, noNaN: true }), { maxLength: 50 }), (ms) => {
        const { y, ticks } = latencyAxis(ms, [100, 10], 3)
        const [lo, hi] = y.domain() as [number, number]
        for (const v of ms) {
          expect(hi).toBeGreaterThanOrEqual(v)
          expect(y(v)).toBeGreaterThanOrEqual(10)
          expect(y(v)).toBeLessThanOrEqual(100)
          // Below 1 ms an answer sits on the bottom line, so the axis starts at 1 at most.
          expect(lo).toBeLessThanOrEqual(Math.max(v, 1))
        }
        expect(hi / lo).toBeGreaterThanOrEqual(10)
        expect(ticks.length).toBeGreaterThanOrEqual(2)
      }),
    )
  })
})
