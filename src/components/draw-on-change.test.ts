import { describe, expect, it } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { drawOnChange, type FrameRequests } from './draw-on-change'
import type { AppState, AppStore } from '../store/app-store'

interface Fake {
  cursor: number
  playing: boolean
  timeline: string
}

function setUp(shows?: (s: AppState, prev: AppState) => boolean) {
  const store = createStore<Fake>()(() => ({ cursor: 0, playing: false, timeline: 'a' }))
  const queued = new Map<number, () => void>()
  let next = 0
  const frames: FrameRequests = {
    request(callback) {
      queued.set(++next, callback)
      return next
    },
    cancel: (id) => queued.delete(id),
  }
  const drawn: Fake[] = []
  const stop = drawOnChange(
    store as unknown as AppStore,
    (s) => drawn.push(s as unknown as Fake),
    shows,
    frames,
  )
  const frame = () => {
    const callbacks = [...queued.values()]
    queued.clear()
    for (const c of callbacks) c()
  }
  return { store, drawn, frame, queued, stop }
}

describe('drawOnChange', () => {
  it('draws a change at once while paused', () => {
    const { store, drawn, queued } = setUp()
    store.setState({ timeline: 'b' })
    expect(drawn.map((s) => s.timeline)).toEqual(['b'])
    expect(queued.size).toBe(0)
  })

  it('draws playback’s own steps at once', () => {
    const { store, drawn } = setUp()
    store.setState({ playing: true })
    store.setState({ cursor: 16 })
    store.setState({ cursor: 33 })
    expect(drawn.map((s) => s.cursor)).toEqual([0, 16, 33])
  })

  it('while playing, leaves another change to the next frame, drawn once', () => {
    const { store, drawn, frame } = setUp()
    store.setState({ playing: true })
    drawn.length = 0
    store.setState({ timeline: 'b' })
    store.setState({ timeline: 'c' })
    expect(drawn).toEqual([])
    frame()
    expect(drawn.map((s) => s.timeline)).toEqual(['c'])
  })

  it('while playing, leaves a new run to the next frame, though it moved the cursor', () => {
    const { store, drawn, frame } = setUp()
    store.setState({ playing: true, cursor: 16.4 })
    drawn.length = 0
    // A Send: its input falls on a whole millisecond, in a new run.
    store.setState({ cursor: 17, timeline: 'b' })
    expect(drawn).toEqual([])
    frame()
    expect(drawn.map((s) => [s.cursor, s.timeline])).toEqual([[17, 'b']])
  })

  it('draws nothing more in that frame when playback drew first', () => {
    const { store, drawn, frame } = setUp()
    store.setState({ playing: true })
    store.setState({ timeline: 'b' })
    // The next frame: playback's step comes first, with the change in it.
    store.setState({ cursor: 16 })
    frame()
    expect(drawn.map((s) => [s.cursor, s.timeline])).toEqual([
      [0, 'a'],
      [16, 'b'],
    ])
  })

  it('pausing draws at once, and the frame then adds nothing', () => {
    const { store, drawn, frame } = setUp()
    store.setState({ playing: true })
    store.setState({ timeline: 'b' })
    store.setState({ playing: false })
    frame()
    expect(drawn.map((s) => [s.playing, s.timeline])).toEqual([
      [true, 'a'],
      [false, 'b'],
    ])
  })

  it('skips changes the picture does not show, and stops when asked', () => {
    const { store, drawn, queued, stop } = setUp((s, prev) => s.timeline !== prev.timeline)
    store.setState({ playing: true })
    expect(drawn).toEqual([])
    store.setState({ timeline: 'b' })
    expect(queued.size).toBe(1)
    stop()
    expect(queued.size).toBe(0)
    store.setState({ timeline: 'c' })
    expect(drawn).toEqual([])
  })
})
