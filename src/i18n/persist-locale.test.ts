import { describe, expect, it, vi } from 'vitest'

describe('the stored language', () => {
  it('is restored at start, stored on a change, and written to <html lang>', async () => {
    // Fresh modules: the app's catalogue (i18n/index.ts) starts persistence once on import,
    // and another test file in this worker may have imported it already.
    vi.resetModules()
    const { LOCALE_STORAGE_KEY, startLocalePersistence } = await import('./persist-locale')
    const { getLocale, setLocale } = await import('./translate')
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
