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
})
