/**
 * The cursor and the run, for views that need not redraw every animation frame: while
 * playing, they are re-read at most once per `intervalMs`; a seek or a step shows at once.
 */

import { useEffect, useState } from 'react'
import { useAppStoreApi } from '../store/context'
import type { AppState } from '../store/app-store'
import type { Timeline } from '../timeline/timeline'
import type { World } from '../sim/world'

export interface CursorView {
  readonly cursor: number
  readonly timeline: Timeline
  /** The world at the cursor (stepped in place while playing, so read it with the cursor). */
  readonly world: World
}

const pick = (s: AppState): CursorView => ({
  cursor: s.cursor,
  timeline: s.timeline,
  world: s.world,
})

export function useCursorView(intervalMs: number): CursorView {
  const store = useAppStoreApi()
  const [view, setView] = useState(() => pick(store.getState()))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastMs = 0
    const flush = () => {
      timer = undefined
      lastMs = performance.now()
      const next = pick(store.getState())
      setView((v) =>
        v.cursor === next.cursor && v.timeline === next.timeline && v.world === next.world
          ? v
          : next,
      )
    }
    const unsubscribe = store.subscribe((s, before) => {
      if (
        s.cursor === before.cursor &&
        s.timeline === before.timeline &&
        s.world === before.world
      ) {
        return
      }
      if (!s.playing) {
        clearTimeout(timer)
        flush()
      } else if (timer === undefined) {
        timer = setTimeout(flush, Math.max(0, lastMs + intervalMs - performance.now()))
      }
    })
    // The store may have moved between the first render and this subscription.
    flush()
    return () => {
      unsubscribe()
      clearTimeout(timer)
    }
  }, [store, intervalMs])
  return view
}
