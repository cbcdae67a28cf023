import { afterEach, describe, expect, it } from 'vitest'
import { setLocale } from '../i18n'
import { formatTime } from './format'

afterEach(() => setLocale('en'))

describe('formatTime', () => {
  it('shows seconds with three decimals, with the decimal mark of the language', () => {
    expect(formatTime(2500)).toBe('2.500 s')
    expect(formatTime(725_000)).toBe('725.000 s')
    setLocale('de')
    expect(formatTime(2500)).toBe('2,500 s')
    expect(formatTime(725_000)).toBe('725,000 s')
  })

  it('rounds to the millisecond half up, as the timeline slider rounds its value', () => {
    // 1.7665 is a hair under in binary: the seconds' own rounding said 1.766.
    expect(formatTime(1766.5)).toBe('1.767 s')
    expect(formatTime(1766.49)).toBe('1.766 s')
  })
})
