/** Play/Pause and the virtual clock. */

import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => ({
  playing: s.playing,
  cursor: s.cursor,
  togglePlay: s.togglePlay,
})

export function formatTime(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`
}

export function PlaybackBar() {
  const { playing, cursor, togglePlay } = useAppStore(selector)
  return (
    <div className="playback" role="toolbar" aria-label="Playback">
      <button type="button" className="primary" onClick={togglePlay}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <output className="clock" aria-label="Virtual time">
        {formatTime(cursor)}
      </output>
    </div>
  )
}
