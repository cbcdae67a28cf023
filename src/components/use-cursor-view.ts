/**
 * The cursor and the run, for views that need not redraw every animation frame
 * (throttled-view.ts): while playing, re-read at most once per `intervalMs`; a seek or a
 * step shows at once.
 */

import { useThrottledView } from './throttled-view'
import type { AppState } from '../store/app-store'
import type { Timeline } from '../timeline/timeline'
import type { World } from '../sim/world'

export interface CursorView {
  readonly cursor: number
  readonly timeline: Timeline
  /** The world at the cursor (stepped in place while playing, so read it with the cursor). */
  readonly world: World
}

const pickCursor = (s: AppState): CursorView => ({
  cursor: s.cursor,
  timeline: s.timeline,
  world: s.world,
})

const sameCursor = (a: CursorView, b: CursorView) =>
  a.cursor === b.cursor && a.timeline === b.timeline && a.world === b.world

export function useCursorView(intervalMs: number): CursorView {
  return useThrottledView(pickCursor, sameCursor, intervalMs)
}
