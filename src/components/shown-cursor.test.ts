import { describe, expect, it } from 'vitest'
import { shownCursor } from './shown-cursor'

describe('the cursor as the clock and the slider show it', () => {
  it('is the cursor while paused', () => {
    expect(shownCursor({ cursor: 1234.5, playing: false, speed: 1, playTo: null })).toBe(1234.5)
  })

  it('while playing, moves in steps of a tenth of a second of playback', () => {
    const at = (cursor: number, speed: number) =>
      shownCursor({ cursor, playing: true, speed, playTo: null })
    expect(at(1234, 1)).toBe(1200)
    expect(at(1299.9, 1)).toBe(1200)
    expect(at(1300, 1)).toBe(1300)
    expect(at(1234, 0.1)).toBe(1230)
    expect(at(12_345, 10)).toBe(12_000)
    // Never steps of less than a millisecond, however slow.
    expect(at(1234.7, 0.001)).toBe(1234)
  })

  it('steps by the speed playback goes at: a lesson playing to a moment has its own', () => {
    const playTo = { t: 5000, speed: 1 }
    expect(shownCursor({ cursor: 1234, playing: true, speed: 0.1, playTo })).toBe(1200)
  })
})
