import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { watchThrottled, type ThrottleClock } from './throttled-view'
import type { AppState, AppStore } from '../store/app-store'

/** A run whose marks grow in place, as a timeline's do. */
interface Run {
  marks: number
}

interface Fake {
  cursor: number
  playing: boolean
  run: Run
}

const INTERVAL_MS = 100

function setUp() {
  const store = createStore<Fake>()(() => ({ cursor: 0, playing: false, run: { marks: 0 } }))
  let nowMs = 0
  const timers = new Map<number, { at: number; callback: () => void }>()
  let nextTimer = 0
  const clock: ThrottleClock = {
    now: () => nowMs,
    setTimer(callback, ms) {
      timers.set(++nextTimer, { at: nowMs + ms, callback })
      return nextTimer
    },
    clearTimer: (id) => timers.delete(id as number),
  }
  /** Moves the clock on, firing the timers that fall due. */
  const wait = (ms: number) => {
    nowMs += ms
    for (const [id, timer] of timers) {
      if (timer.at > nowMs) continue
      timers.delete(id)
      timer.callback()
    }
  }
  const shown: { cursor: number; marks: number }[] = []
  const pick = (s: AppState) => {
    const f = s as unknown as Fake
    return { cursor: f.cursor, marks: f.run.marks }
  }
  const stop = watchThrottled(
    store as unknown as AppStore,
    pick,
    (a, b) => a.cursor === b.cursor && a.marks === b.marks,
    INTERVAL_MS,
    (view) => shown.push(view),
    clock,
  )
  return { store, shown, wait, stop, timers }
}

describe('watchThrottled', () => {
  it('shows what it reads at the start, and a change at once while paused', () => {
    const { store, shown } = setUp()
    expect(shown).toEqual([{ cursor: 0, marks: 0 }])
    store.setState({ cursor: 5 })
    expect(shown).toEqual([
      { cursor: 0, marks: 0 },
      { cursor: 5, marks: 0 },
    ])
  })

  it('ignores changes to what it does not read', () => {
    const { store, shown } = setUp()
    store.setState({ playing: true })
    store.setState({ playing: false })
    expect(shown).toHaveLength(1)
  })

  it('playing, shows changes at most once per interval, as they are when shown', () => {
    const { store, shown, wait } = setUp()
    store.setState({ playing: true })
    wait(INTERVAL_MS)
    // The interval since the first read has passed: shown as soon as the timer fires.
    store.setState({ cursor: 16 })
    store.setState({ cursor: 33 })
    expect(shown).toHaveLength(1)
    wait(0)
    expect(shown.at(-1)).toEqual({ cursor: 33, marks: 0 })
    store.setState({ cursor: 50 })
    wait(INTERVAL_MS - 1)
    expect(shown).toHaveLength(2)
    wait(1)
    expect(shown.at(-1)).toEqual({ cursor: 50, marks: 0 })
  })

  it('sees a value grown in place in the same object (a run simulated further)', () => {
    const { store, shown } = setUp()
    const run = store.getState().run
    run.marks = 3
    store.setState({ run })
    expect(shown.at(-1)).toEqual({ cursor: 0, marks: 3 })
  })

  it('a pause shows a waiting change at once, and only once', () => {
    const { store, shown, wait } = setUp()
    store.setState({ playing: true })
    store.setState({ cursor: 16 })
    store.setState({ playing: false, cursor: 20 })
    expect(shown.at(-1)).toEqual({ cursor: 20, marks: 0 })
    wait(INTERVAL_MS)
    expect(shown).toHaveLength(2)
  })

  it('shows nothing more once unsubscribed', () => {
    const { store, shown, wait, stop, timers } = setUp()
    store.setState({ playing: true })
    store.setState({ cursor: 16 })
    stop()
    expect(timers.size).toBe(0)
    wait(INTERVAL_MS)
    store.setState({ playing: false, cursor: 30 })
    expect(shown).toHaveLength(1)
  })
})
