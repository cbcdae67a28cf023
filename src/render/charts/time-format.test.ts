import { afterEach, describe, expect, it } from 'vitest'
import { setLocale } from '../../i18n/translate'
import { formatMs, formatTime, timeTicks } from './time-format'

const labels = (from: number, to: number, count: number) =>
  timeTicks(from, to, count).map((t) => t.label)

describe('time ticks', () => {
  it('count seconds with as many decimals as the step needs, then minutes', () => {
    expect(labels(0, 1000, 5)).toEqual(['0.0 s', '0.5 s', '1.0 s'])
    expect(labels(0, 12_345, 5)).toEqual(['0 s', '5 s', '10 s'])
    expect(labels(0, 3_600_000, 5)).toEqual(['0 min', '20 min', '40 min', '60 min'])
    expect(labels(0, 300_000, 4)).toEqual(['0 min', '2 min', '4 min'])
  })

  it('count ms in a window near the start, and no thousands separators late in a run', () => {
    expect(labels(100, 400, 4)).toEqual(['100 ms', '200 ms', '300 ms', '400 ms'])
    expect(labels(3_600_000, 3_602_000, 3)).toEqual(['3600 s', '3601 s', '3602 s'])
  })

  it('never give more ticks than asked for, nor any outside the span', () => {
    for (const [from, to] of [
      [0, 1000],
      [0, 7777],
      [0, 99_999],
      [0, 250_000],
      [0, 3_600_000],
      [1234.5, 1235],
      [59_000, 61_000],
    ] as const) {
      for (const count of [2, 3, 5, 8]) {
        const ticks = timeTicks(from, to, count)
        expect(ticks.length).toBeGreaterThan(0)
        expect(ticks.length).toBeLessThanOrEqual(count)
        for (const t of ticks) {
          expect(t.value).toBeGreaterThanOrEqual(from - 1e-6)
          expect(t.value).toBeLessThanOrEqual(to + 1e-6)
        }
        // Labels differ: no two ticks read the same.
        expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length)
      }
    }
  })
})

describe('times in words', () => {
  it('reads a moment aloud and a duration', () => {
    expect([formatTime(1234), formatTime(65_432), formatTime(725_000)]).toEqual([
      '1.234 s',
      '65.4 s',
      '12 min 5 s',
    ])
    expect([formatMs(40), formatMs(2500), formatMs(0.30000000000000004)]).toEqual([
      '40 ms',
      '2.5 s',
      '0.3 ms',
    ])
  })

  it('rounds a moment to the millisecond half up, as the clock and the slider do', () => {
    expect([formatTime(1766.5), formatTime(1766.49)]).toEqual(['1.767 s', '1.766 s'])
  })
})

describe('in German', () => {
  afterEach(() => setLocale('en'))

  it('writes a comma between whole and fraction, and keeps the units', () => {
    setLocale('de')
    expect(labels(0, 1000, 5)).toEqual(['0,0 s', '0,5 s', '1,0 s'])
    expect(labels(3_600_000, 3_602_000, 3)).toEqual(['3600 s', '3601 s', '3602 s'])
    expect(formatTime(1234)).toBe('1,234 s')
    expect(formatMs(2500)).toBe('2,5 s')
    expect(formatMs(40)).toBe('40 ms')
  })
})
