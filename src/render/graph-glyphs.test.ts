import { describe, expect, it } from 'vitest'
import { presentationLookup } from '../protocols/presentations'
import { SHAPES, TERM_COLOURS, UNKNOWN_GLYPH, glyphFor, termColourIndex } from './graph-glyphs'

describe('message glyphs', () => {
  it('give every kind of every protocol its own colour class and its own shape', () => {
    for (const p of presentationLookup.values()) {
      const kinds = [...Object.keys(p.glyphs), 'ClientRequest', 'ClientReply']
      const glyphs = kinds.map(glyphFor)
      expect(glyphs, p.name).not.toContain(UNKNOWN_GLYPH)
      expect(new Set(glyphs.map((g) => g.cls)).size, p.name).toBe(kinds.length)
      expect(new Set(glyphs.map((g) => g.d)).size, p.name).toBe(kinds.length)
    }
  })

  it('differ from one another in class and outline, and name shapes, not messages', () => {
    const all = [...Object.values(SHAPES), UNKNOWN_GLYPH]
    expect(new Set(all.map((g) => g.cls)).size).toBe(all.length)
    expect(new Set(all.map((g) => g.d)).size).toBe(all.length)
    for (const [shape, glyph] of Object.entries(SHAPES)) expect(glyph.cls).toBe(`k-${shape}`)
  })

  it('draw replies hollow and requests solid', () => {
    for (const [shape, glyph] of Object.entries(SHAPES)) {
      expect(glyph.hollow, shape).toBe(shape.endsWith('-reply'))
    }
  })

  it('fall back to a neutral dot for kinds they do not know', () => {
    expect(glyphFor('Gossip')).toBe(UNKNOWN_GLYPH)
    expect(glyphFor('toString')).toBe(UNKNOWN_GLYPH)
  })
})

describe('log colours by term', () => {
  it('differ between adjacent terms', () => {
    for (let term = -3; term < 50; term++) {
      expect(termColourIndex(term)).not.toBe(termColourIndex(term + 1))
    }
  })

  it('stay within the palette', () => {
    for (const term of [0, 1, 5, 6, 1e9, -1]) {
      expect(termColourIndex(term)).toBeGreaterThanOrEqual(0)
      expect(termColourIndex(term)).toBeLessThan(TERM_COLOURS)
    }
  })
})
