import { describe, expect, it } from 'vitest'
import { LOCALE_STORAGE_KEY, startLocalePersistence } from './persist-locale'
import { getLocale, setLocale } from './translate'

describe('the stored language', () => {
  it('is restored at start, stored on a change, and written to <html lang>', () => {
    const saved = new Map([[LOCALE_STORAGE_KEY, 'de']])
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    }
    const doc = { documentElement: { lang: '' } } as unknown as Document
    startLocalePersistence(storage, doc)
    expect(getLocale()).toBe('de')
    expect(doc.documentElement.lang).toBe('de')
    setLocale('en')
    expect(saved.get(LOCALE_STORAGE_KEY)).toBe('en')
    expect(doc.documentElement.lang).toBe('en')
  })
})
