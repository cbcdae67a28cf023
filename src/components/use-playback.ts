/** While playing, moves the cursor every animation frame by the wall time that passed. */

import { useEffect } from 'react'
import { useAppStore, useAppStoreApi } from '../store/context'

/** Longest frame gap counted, so a backgrounded tab does not leap ahead on return. */
const MAX_FRAME_MS = 100

export function usePlayback(): void {
  const store = useAppStoreApi()
  const playing = useAppStore((s) => s.playing)
  useEffect(() => {
    if (!playing) return
    let frame = 0
    let last = performance.now()
    const tick = (now: number) => {
      store.getState().advance(Math.min(now - last, MAX_FRAME_MS))
      last = now
      frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => cancelAnimationFrame(frame)
  }, [playing, store])
}
