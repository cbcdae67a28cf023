/**
 * What the playback clock shows. Paused, the cursor. Playing, the cursor of a recent frame:
 * the text is rewritten at most every CLOCK_PLAYING_MS, not in every frame, where its new
 * text made the browser lay out the whole playback bar again (a fifth of a millisecond a
 * frame at 25 nodes) for digits that change too fast to read.
 */

import type { AppState } from '../store/app-store'

export const CLOCK_PLAYING_MS = 100

/**
 * A store selector for one clock: the same answer for the same state, as a selector must
 * give; `now` is the wall clock in ms.
 */
export function clockSelector(now: () => number = () => performance.now()) {
  let seen: Pick<AppState, 'cursor' | 'playing'> | null = null
  let shown = 0
  let shownAt = -Infinity
  return (s: Pick<AppState, 'cursor' | 'playing'>): number => {
    if (s === seen) return shown
    seen = s
    const at = now()
    if (!s.playing || at - shownAt >= CLOCK_PLAYING_MS) {
      shown = s.cursor
      shownAt = at
    }
    return shown
  }
}
