import { describe, expect, it } from 'vitest'
import { RAFT_MESSAGE_KINDS } from '../protocols/raft/messages'
import { GLYPHS, TERM_COLOURS, UNKNOWN_GLYPH, glyphFor, termColourIndex } from './graph-glyphs'

describe('message glyphs', () => {
  it('give every Raft kind its own colour class and its own shape', () => {
    const glyphs = RAFT_MESSAGE_KINDS.map(glyphFor)
    expect(glyphs).not.toContain(UNKNOWN_GLYPH)
    expect(new Set(glyphs.map((g) => g.cls)).size).toBe(RAFT_MESSAGE_KINDS.length)
    expect(new Set(glyphs.map((g) => g.d)).size).toBe(RAFT_MESSAGE_KINDS.length)
  })

  it('draw replies hollow and requests solid', () => {
    for (const [kind, glyph] of Object.entries(GLYPHS)) {
      expect(glyph.hollow, kind).toBe(kind.endsWith('Reply'))
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
