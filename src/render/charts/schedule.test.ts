import { describe, expect, it } from 'vitest'
import { createDrawScheduler, type FrameClock } from './schedule'

/** Animation frames by hand: `frame(ms)` runs what was requested, at that time. */
function fakeFrames() {
  let pending: ((now: number) => void)[] = []
  const clock: FrameClock = {
    request(callback) {
      pending.push(callback)
      return pending.length
    },
    cancel() {
      pending = []
    },
  }
  const frame = (nowMs: number) => {
    const run = pending
    pending = []
    for (const callback of run) callback(nowMs)
  }
  return { clock, frame }
}

describe('draw scheduler', () => {
  it('folds requests into one draw per frame', () => {
    const { clock, frame } = fakeFrames()
    let draws = 0
    const s = createDrawScheduler(
      () => draws++,
      () => 0,
      clock,
    )
    s.request()
    s.request()
    frame(16)
    expect(draws).toBe(1)
    frame(32)
    expect(draws).toBe(1)
  })

  it('while playing, draws at most once per gap, and the last request is not lost', () => {
    const { clock, frame } = fakeFrames()
    let draws = 0
    const s = createDrawScheduler(
      () => draws++,
      () => 100,
      clock,
    )
    for (let t = 0; t <= 1000; t += 16) {
      s.request()
      frame(t)
    }
    expect(draws).toBeGreaterThanOrEqual(9)
    expect(draws).toBeLessThanOrEqual(11)
    // A request right after a draw waits for the gap, then draws.
    const before = draws
    for (let t = 1008; t < 1200; t += 16) frame(t)
    expect(draws).toBe(before + 1)
  })

  it('draws nothing after cancel', () => {
    const { clock, frame } = fakeFrames()
    let draws = 0
    const s = createDrawScheduler(
      () => draws++,
      () => 0,
      clock,
    )
    s.request()
    s.cancel()
    frame(16)
    expect(draws).toBe(0)
  })
})
