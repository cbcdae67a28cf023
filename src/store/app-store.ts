/**
 * The app's state: one store per app instance, made by `createAppStore` and handed down
 * by context. It holds the run (a Timeline), the cursor and the world at the cursor.
 * Playing moves the cursor world forward in place; moving back seeks from a checkpoint.
 */

import { createStore, type StoreApi } from 'zustand/vanilla'
import { Timeline } from '../timeline/timeline'
import { runUntil } from '../sim/kernel'
import { protocolLookup } from '../protocols/registry'
import { nodeViews, type NodeView } from './node-views'
import type { World } from '../sim/world'
import type { Scenario } from '../scenario/types'

/** Virtual ms per real ms when the app opens: slow enough to follow single messages. */
export const DEFAULT_SPEED = 0.1

export interface AppState {
  readonly scenario: Scenario
  readonly timeline: Timeline
  /** Virtual ms. */
  readonly cursor: number
  readonly world: World
  readonly nodes: readonly NodeView[]
  readonly playing: boolean
  /** Virtual ms per real ms. */
  readonly speed: number
  /** A problem to tell the user about (a broken link), or null. */
  readonly notice: string | null
  play(): void
  pause(): void
  togglePlay(): void
  seek(t: number): void
  /** Moves the cursor by `realMs` of wall time at the current speed (the playback loop). */
  advance(realMs: number): void
  setSpeed(speed: number): void
  dismissNotice(): void
}

export type AppStore = StoreApi<AppState>

export interface AppStoreOptions {
  readonly scenario: Scenario
  readonly cursor?: number
  readonly notice?: string | null
}

export function createAppStore(options: AppStoreOptions): AppStore {
  const timeline = new Timeline(options.scenario, protocolLookup.get(options.scenario.protocol)!)
  const start = options.cursor ?? 0
  const world = timeline.seek(start)
  return createStore<AppState>()((set, get) => {
    /** Puts the world at time t, stepping forward in place when it can. */
    const moveTo = (t: number) => {
      const s = get()
      const target = Math.max(0, t)
      let w = s.world
      if (target >= w.time) runUntil(s.timeline.context, w, target)
      else w = s.timeline.seek(target)
      set({ cursor: target, world: w, nodes: nodeViews(s.timeline.context, w, s.nodes) })
    }
    return {
      scenario: options.scenario,
      timeline,
      cursor: start,
      world,
      nodes: nodeViews(timeline.context, world, []),
      playing: false,
      speed: DEFAULT_SPEED,
      notice: options.notice ?? null,
      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      togglePlay: () => set({ playing: !get().playing }),
      seek: moveTo,
      advance(realMs) {
        const s = get()
        if (s.playing) moveTo(s.cursor + realMs * s.speed)
      },
      setSpeed: (speed) => set({ speed }),
      dismissNotice: () => set({ notice: null }),
    }
  })
}
