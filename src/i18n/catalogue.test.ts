import { describe, expect, it } from 'vitest'
import { de } from './de'
import { en } from './en'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the catalogues', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort())
  })

  it('have the same {placeholders} per key', () => {
    const differ = Object.entries(en)
      .filter(([key, text]) => {
        const other = (de as Record<string, string>)[key] ?? ''
        return placeholders(text).join() !== placeholders(other).join()
      })
      .map(([key]) => key)
    expect(differ).toEqual([])
  })

  it('give every plural both its forms, each with a {count}', () => {
    const keys = Object.keys(en)
    for (const key of keys.filter((k) => k.endsWith('_one') || k.endsWith('_other'))) {
      const base = key.replace(/_(one|other)$/, '')
      expect(keys, key).toContain(`${base}_one`)
      expect(keys, key).toContain(`${base}_other`)
      expect(placeholders((en as Record<string, string>)[`${base}_other`]!), key).toContain('count')
    }
  })

  it('leave no German text empty or still in English where English is not meant', () => {
    const empty = Object.entries(de).filter(([, text]) => text.trim() === '')
    expect(empty).toEqual([])
    // Most German texts differ from the English; a few words are the same in both.
    const same = Object.keys(en).filter(
      (k) => (de as Record<string, string>)[k] === en[k as keyof typeof en],
    )
    expect(same.length).toBeLessThan(Object.keys(en).length / 10)
  })
})
