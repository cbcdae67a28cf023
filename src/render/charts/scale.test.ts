import { describe, expect, it } from 'vitest'
import {
  decadesOf,
  formatTime,
  linearScale,
  logScale,
  logTicks,
  niceStep,
  timeTicks,
  valueTicks,
} from './scale'

describe('scales', () => {
  it('maps and inverts in a straight line', () => {
    const x = linearScale(0, 1000, 40, 300)
    expect([x(0), x(500), x(1000)]).toEqual([40, 170, 300])
    expect(x.invert(170)).toBe(500)
    expect(linearScale(5, 5, 10, 20)(5)).toBe(10)
  })

  it('maps by decades, clamping below the domain', () => {
    const y = logScale(10, 1000, 100, 0)
    expect([y(10), y(100), y(1000), y(1)]).toEqual([100, 50, 0, 100])
    expect(y.invert(50)).toBeCloseTo(100)
  })
})

describe('ticks', () => {
  it('steps by 1, 2 or 5 × 10ⁿ, whole numbers for counts', () => {
    expect([niceStep(10, 5), niceStep(7, 2), niceStep(0.3, 3), niceStep(3, 5, 1)]).toEqual([
      2, 5, 0.1, 1,
    ])
    expect(valueTicks(7, 2, true)).toEqual({
      max: 10,
      ticks: [
        { value: 0, label: '0' },
        { value: 5, label: '5' },
        { value: 10, label: '10' },
      ],
    })
    expect(valueTicks(0, 2, true).max).toBe(1)
    expect(valueTicks(2, 3, true).ticks.map((t) => t.value)).toEqual([0, 1, 2])
    expect(valueTicks(0.3, 3, false).ticks.map((t) => t.label)).toEqual(['0', '0.1', '0.2', '0.3'])
  })

  it('labels the time axis in seconds, then minutes, with round steps', () => {
    expect(timeTicks(1000, 5).map((t) => t.label)).toEqual(['0.0 s', '0.5 s', '1.0 s'])
    expect(timeTicks(12_345, 5).map((t) => t.label)).toEqual(['0 s', '5 s', '10 s'])
    expect(timeTicks(3_600_000, 5).map((t) => t.label)).toEqual([
      '0 min',
      '15 min',
      '30 min',
      '45 min',
      '60 min',
    ])
    expect(timeTicks(300_000, 4).map((t) => t.label)).toEqual(['0 min', '2 min', '4 min'])
    for (const end of [1000, 7777, 99_999, 250_000, 3_600_000]) {
      const ticks = timeTicks(end, 5)
      expect(ticks.length).toBeLessThanOrEqual(5)
      expect(ticks.at(-1)!.value).toBeLessThanOrEqual(end)
    }
  })

  it('covers latencies with whole decades', () => {
    expect(decadesOf([23, 480])).toEqual([10, 1000])
    expect(decadesOf([40, 5030])).toEqual([10, 10_000])
    expect(decadesOf([0])).toEqual([1, 10])
    expect(decadesOf([])).toEqual([10, 1000])
    expect(logTicks(10, 10_000).map((t) => t.label)).toEqual(['10 ms', '100 ms', '1 s', '10 s'])
  })

  it('formats times for reading aloud', () => {
    expect([formatTime(1234), formatTime(65_432), formatTime(725_000)]).toEqual([
      '1.234 s',
      '65.4 s',
      '12 min 5 s',
    ])
  })
})
