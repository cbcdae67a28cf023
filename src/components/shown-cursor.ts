/**
 * The cursor as the playback clock and the timeline slider's value say it. Paused, the
 * cursor to the millisecond. Playing, the cursor in steps of what a tenth of a second of
 * wall time plays at the speed (100 ms of virtual time at 1×, 10 ms at 1/10×): each new
 * value made the browser lay the bar out and paint the page again, in every frame, for
 * digits that change too fast to read and a value no assistive technology needs sixty
 * times a second. The slider's picture still moves in every frame (TimelineSlider.tsx).
 */

import { playbackSpeed, type AppState } from '../store/app-store'

/** Wall ms a shown value stays while playing. */
export const SHOWN_STEP_WALL_MS = 100

/** Pure, so the clock and the slider, each with this selector, always agree. */
export function shownCursor(s: Pick<AppState, 'cursor' | 'playing' | 'speed' | 'playTo'>): number {
  if (!s.playing) return s.cursor
  const step = Math.max(1, playbackSpeed(s) * SHOWN_STEP_WALL_MS)
  return Math.floor(s.cursor / step) * step
}
