import { afterEach, describe, expect, it } from 'vitest'
import { getLocale, hasMessage, setLocale, subscribeLocale, t, translate } from './translate'

afterEach(() => setLocale('en'))

describe('t', () => {
  it('speaks English by default, as the CLI needs', () => {
    expect(getLocale()).toBe('en')
    expect(t('playback.play')).toBe('Play')
  })

  it('fills {placeholders} and picks the plural form by count', () => {
    expect(t('checks.violations', { count: 1 })).toBe('A safety property broke so far:')
    expect(t('checks.violations', { count: 3 })).toBe('3 safety violations so far:')
    expect(t('node.actionsFor', { id: 'n2' })).toBe('Actions for n2')
    expect(translate('de', 'lessons.steps', { count: 1 })).toBe('1 Schritt')
    expect(translate('de', 'lessons.steps', { count: 4 })).toBe('4 Schritte')
  })

  it('leaves a placeholder without a value visible instead of dropping it', () => {
    expect(t('node.actionsFor', {})).toBe('Actions for {id}')
  })

  it('switches language for every caller and tells subscribers', () => {
    let calls = 0
    const stop = subscribeLocale(() => calls++)
    setLocale('de')
    expect(t('playback.play')).toBe('Abspielen')
    setLocale('de')
    stop()
    setLocale('en')
    expect(calls).toBe(1)
    expect(t('playback.play')).toBe('Play')
  })

  it('refuses an unknown locale by name and keeps the current one', () => {
    expect(() => setLocale('fr' as never)).toThrow('unknown locale "fr"')
    expect(getLocale()).toBe('en')
  })

  it('knows which keys the catalogue has', () => {
    expect(hasMessage('params.heartbeatMs')).toBe(true)
    expect(hasMessage('params.nope')).toBe(false)
  })
})
