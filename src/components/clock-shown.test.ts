import { describe, expect, it } from 'vitest'
import { CLOCK_PLAYING_MS, clockSelector } from './clock-shown'

describe('the playback clock', () => {
  it('shows the cursor at once while paused', () => {
    let wall = 0
    const select = clockSelector(() => wall)
    expect(select({ cursor: 100, playing: false })).toBe(100)
    wall += 1
    expect(select({ cursor: 250, playing: false })).toBe(250)
  })

  it('while playing, takes a new cursor at most every CLOCK_PLAYING_MS, and the exact one on pause', () => {
    let wall = 1000
    const select = clockSelector(() => wall)
    expect(select({ cursor: 0, playing: true })).toBe(0)
    wall += 16
    expect(select({ cursor: 16, playing: true })).toBe(0)
    wall += CLOCK_PLAYING_MS - 16
    expect(select({ cursor: 100, playing: true })).toBe(100)
    wall += 16
    expect(select({ cursor: 116, playing: true })).toBe(100)
    expect(select({ cursor: 117, playing: false })).toBe(117)
  })

  it('answers the same state the same way, as a store selector must', () => {
    let wall = 0
    const select = clockSelector(() => wall)
    const playing = { cursor: 40, playing: true }
    expect(select(playing)).toBe(40)
    wall += 10
    const next = { cursor: 50, playing: true }
    expect(select(next)).toBe(40)
    wall += 500
    expect(select(next)).toBe(40)
  })
})
