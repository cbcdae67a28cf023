import { afterEach, describe, expect, it } from 'vitest'
import { ACTIONS } from '../app/actions'
import { setLocale } from '../i18n'
import { ACTION_WORDS, actionButton, actionName, keyText } from './action-text'

afterEach(() => setLocale('en'))

describe('the words of the user actions', () => {
  it('has every action, in English exactly as the action list says it', () => {
    for (const a of ACTIONS) {
      expect(ACTION_WORDS[a.name], a.name).toBeDefined()
      expect(actionName(a)).toBe(a.name)
      expect(actionButton(a)).toBe(a.button ?? a.name)
    }
  })

  it('speaks German once the language is German', () => {
    setLocale('de')
    const crash = ACTIONS.find((a) => a.button === 'Crash')!
    expect(actionButton(crash)).toBe('Absturz')
    expect(actionName(crash)).toBe('Gewählten Knoten abstürzen lassen')
  })
})

describe('keys in words', () => {
  it('names keys as the keyboard labels them', () => {
    expect(keyText('Ctrl+Shift+Z')).toBe('Ctrl+Shift+Z')
    expect(keyText('Space')).toBe('Space')
    setLocale('de')
    expect(keyText('Ctrl+Shift+Z')).toBe('Strg+Umschalt+Z')
    expect(keyText('Space')).toBe('Leertaste')
    expect(keyText('→')).toBe('→')
  })
})
