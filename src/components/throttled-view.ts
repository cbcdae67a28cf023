/**
 * Watching the store for a view that need not redraw every animation frame: a change shows
 * at once while paused (a seek, a step), and while playing at most once per `intervalMs`.
 * `watchThrottled` is the watching, `useThrottledView` a component's state kept by it.
 */

import { useEffect, useState } from 'react'
import { useAppStoreApi } from '../store/context'
import type { AppState, AppStore } from '../store/app-store'

export interface ThrottleClock {
  now(): number
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(timer: unknown): void
}

const browserClock: ThrottleClock = {
  now: () => performance.now(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}

/**
 * Calls `show` with what `pick` reads whenever that changes (`same` says when it has not):
 * once now, then as above. Returns the unsubscribe.
 */
export function watchThrottled<T>(
  store: AppStore,
  pick: (s: AppState) => T,
  same: (a: T, b: T) => boolean,
  intervalMs: number,
  show: (view: T) => void,
  clock: ThrottleClock = browserClock,
): () => void {
  let timer: unknown = undefined
  let lastMs = -Infinity
  // Compared with what was last shown, not with the store's previous state: what `pick`
  // reads may be a mutable object's (a run's marks grow within the same timeline).
  let shown = pick(store.getState())
  const flush = () => {
    timer = undefined
    lastMs = clock.now()
    shown = pick(store.getState())
    show(shown)
  }
  const unsubscribe = store.subscribe((s) => {
    if (same(pick(s), shown)) return
    if (!s.playing) {
      if (timer !== undefined) clock.clearTimer(timer)
      flush()
    } else if (timer === undefined) {
      timer = clock.setTimer(flush, Math.max(0, lastMs + intervalMs - clock.now()))
    }
  })
  // The store may have moved since the caller last read it.
  flush()
  return () => {
    unsubscribe()
    if (timer !== undefined) clock.clearTimer(timer)
  }
}

/**
 * What `pick` reads from the store, read again as `watchThrottled` says. `pick` and `same`
 * must be the same functions from render to render.
 */
export function useThrottledView<T>(
  pick: (s: AppState) => T,
  same: (a: T, b: T) => boolean,
  intervalMs: number,
): T {
  const store = useAppStoreApi()
  const [view, setView] = useState(() => pick(store.getState()))
  useEffect(
    () =>
      watchThrottled(store, pick, same, intervalMs, (next) =>
        setView((v) => (same(v, next) ? v : next)),
      ),
    [store, pick, same, intervalMs],
  )
  return view
}
