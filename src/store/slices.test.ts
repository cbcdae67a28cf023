import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { createAppStore } from './app-store'
import { nodeViews } from './node-views'
import { simulateFor } from './slices'
import { Timeline } from '../timeline/timeline'
import { protocolLookup } from '../protocols/registry'
import type { Scenario } from '../scenario/types'

/** 300 SWIM members make about 2,400 events a virtual second: 30 s take a second or more. */
const LARGE: Scenario = {
  version: 1,
  protocol: 'swim',
  nodes: 300,
  seed: 1,
  params: {},
  inputs: [{ at: 5000, type: 'crash', node: 'n7' }],
}
const swim = protocolLookup.get('swim')!

afterEach(() => {
  vi.useRealTimers()
})

/** Runs the queued slices until the store is done simulating. */
function finish(store: ReturnType<typeof createAppStore>) {
  for (let i = 0; i < 10_000 && store.getState().simulating !== null; i++) vi.runOnlyPendingTimers()
  expect(store.getState().simulating).toBeNull()
}

/**
 * Each look at the clock costs 1 ms, whatever the machine: a move's budget of 250 ms then
 * covers a few hundred steps of 128 events, far short of the 72,000 that 30 s of 300
 * members make (a fast machine simulates them within the real budget).
 */
function slowClock() {
  let clock = 0
  const now = vi.spyOn(performance, 'now').mockImplementation(() => clock++)
  onTestFinished(() => now.mockRestore())
}

// Simulating tens of seconds of 300 members takes seconds on a busy machine.
const SLOW = { timeout: 30_000 }

describe('simulating within a budget of wall time', SLOW, () => {
  it('stops when the clock says so, and goes on from there next time', () => {
    const timeline = new Timeline(LARGE, swim)
    let clock = 0
    // Each look at the clock costs 1 ms: a budget of 3 ms allows three or four steps.
    const now = () => clock++
    expect(simulateFor(timeline, 20_000, 3, now)).toBe(false)
    const first = timeline.events
    expect(first).toBeGreaterThan(0)
    expect(timeline.horizon).toBeLessThan(20_000)
    expect(simulateFor(timeline, 20_000, 3, now)).toBe(false)
    expect(timeline.events).toBeGreaterThan(first)
    expect(simulateFor(timeline, 20_000, Infinity, now)).toBe(true)
    expect(timeline.horizon).toBe(20_000)
  })
})

describe('a far move in a large run, in a page', SLOW, () => {
  it('keeps the cursor until the run gets there in slices, then shows the same world', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    slowClock()
    const store = createAppStore({ scenario: LARGE, slices: true })
    store.getState().seek(30_000)
    const pending = store.getState().simulating
    expect(pending?.target).toBe(30_000)
    expect(store.getState().cursor).toBe(0)
    finish(store)
    expect(store.getState().cursor).toBe(30_000)
    const fresh = new Timeline(LARGE, swim)
    expect(store.getState().timeline.traceHashAt(30_000)).toBe(fresh.traceHashAt(30_000))
    const crashed = store.getState().nodes.find((n) => n.id === 'n7')!
    expect(crashed.label).toBe('n7: crashed')
  })

  it('is cancelled by any other move', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    slowClock()
    const store = createAppStore({ scenario: LARGE, slices: true })
    store.getState().seek(40_000)
    expect(store.getState().simulating).not.toBeNull()
    store.getState().seek(10)
    expect(store.getState().simulating).toBeNull()
    expect(store.getState().cursor).toBe(10)
    vi.runOnlyPendingTimers()
    expect(store.getState().cursor).toBe(10)
  })

  it('opens a link far into the run where the run has got, then goes on to it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    slowClock()
    const store = createAppStore({ scenario: LARGE, cursor: 30_000, slices: true })
    expect(store.getState().cursor).toBeLessThan(30_000)
    expect(store.getState().simulating?.target).toBe(30_000)
    finish(store)
    expect(store.getState().cursor).toBe(30_000)
  })

  it('lets playback fall behind rather than freeze when the run cannot keep up', () => {
    const store = createAppStore({ scenario: LARGE, slices: true })
    store.getState().play()
    // Asked for 100 s of virtual time in one frame: a frame's budget gets only part of it.
    store.getState().setSpeed(1000)
    const started = performance.now()
    store.getState().advance(100)
    expect(performance.now() - started).toBeLessThan(2000)
    const at = store.getState().cursor
    expect(at).toBeGreaterThan(0)
    expect(at).toBeLessThan(100_000)
    expect(store.getState().world.time).toBe(at)
  })

  it('moves at once where slices are off (tests, the command line)', () => {
    const store = createAppStore({ scenario: { ...LARGE, nodes: 60 } })
    store.getState().seek(4000)
    expect(store.getState().simulating).toBeNull()
    expect(store.getState().cursor).toBe(4000)
  })
})

describe('node views', () => {
  it('are the same list while no node’s role, term or commit changed', () => {
    const timeline = new Timeline(LARGE, swim)
    const a = nodeViews(timeline.context, timeline.seek(1000), [])
    const b = nodeViews(timeline.context, timeline.seek(1500), a)
    expect(b).toBe(a)
    const c = nodeViews(timeline.context, timeline.seek(6000), b)
    expect(c).not.toBe(b)
    expect(c.filter((n, i) => n !== b[i]).map((n) => n.label)).toEqual(['n7: crashed'])
  })
})

describe('playback during a far move', SLOW, () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits for the move to land, then plays on from there', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    slowClock()
    const store = createAppStore({ scenario: LARGE, slices: true })
    store.getState().play()
    store.getState().seek(30_000)
    expect(store.getState().simulating).not.toBeNull()
    store.getState().advance(16)
    expect(store.getState().simulating?.target).toBe(30_000)
    finish(store)
    store.getState().advance(16)
    expect(store.getState().cursor).toBeGreaterThan(30_000)
  })
})

describe('looking ahead of the cursor, in a page', SLOW, () => {
  it('while playing, goes on in short tasks, one step each, until far enough ahead', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const store = createAppStore({ scenario: LARGE, slices: true })
    store.getState().seek(1000)
    vi.runOnlyPendingTimers()
    store.getState().play()
    store.getState().seek(5000)
    // The far move's slices first, then the lookahead, each task a look at the slow clock.
    finish(store)
    slowClock()
    const { timeline } = store.getState()
    let tasks = 0
    let before = timeline.events
    while (vi.getTimerCount() > 0 && tasks < 1000) {
      vi.runOnlyPendingTimers()
      tasks++
      // One step of 128 events (a world may take a few more to finish its moment).
      expect(timeline.events - before).toBeLessThanOrEqual(160)
      before = timeline.events
    }
    expect(tasks).toBeGreaterThan(1)
    expect(timeline.horizon).toBeGreaterThanOrEqual(store.getState().cursor + 100)
  })

  it('paused, takes its whole budget in one task, and no more tasks', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const store = createAppStore({ scenario: LARGE, slices: true })
    store.getState().seek(3000)
    finish(store)
    slowClock()
    const before = store.getState().timeline.events
    vi.runOnlyPendingTimers()
    expect(store.getState().timeline.events - before).toBeGreaterThan(160)
    expect(vi.getTimerCount()).toBe(0)
  })
})
