/**
 * Draws a picture from the store whenever the store changes: at once, so a move or a step
 * shows before anything reads the page again; but while playing, a change that is not
 * playback's own step (a Send, an undo, a hover) waits for the next frame, which playback
 * draws anyway. Drawing it in the click as well drew the 25-node graph and built the
 * diagram's model twice for every Send, in a task that could land inside a frame.
 */

import type { AppState, AppStore } from '../store/app-store'

export interface FrameRequests {
  request(callback: () => void): number
  cancel(id: number): void
}

const browserFrames: FrameRequests = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (id) => cancelAnimationFrame(id),
}

/**
 * Calls `draw` for each change `shows` says the picture shows (every change, left out).
 * Returns the unsubscribe.
 */
export function drawOnChange(
  store: AppStore,
  draw: (s: AppState) => void,
  shows: (s: AppState, prev: AppState) => boolean = () => true,
  frames: FrameRequests = browserFrames,
): () => void {
  let drawnFor: AppState | null = null
  let frame = 0
  const drawFor = (s: AppState) => {
    drawnFor = s
    draw(s)
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (!shows(s, prev)) return
    // Playback's step moves the cursor along the same run. Anything else while playing can
    // wait a frame: a Send makes a new run, and moves the cursor up to a whole millisecond.
    const step = s.cursor !== prev.cursor && s.timeline === prev.timeline
    if (!(s.playing && prev.playing) || step) return drawFor(s)
    if (frame !== 0) return
    frame = frames.request(() => {
      frame = 0
      // Playback asked for its frame first, and has drawn this state already.
      const now = store.getState()
      if (now !== drawnFor) drawFor(now)
    })
  })
  return () => {
    unsubscribe()
    if (frame !== 0) frames.cancel(frame)
  }
}
