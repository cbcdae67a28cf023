/** Playback and the timeline: the buttons, the speed, the slider with its markers, the branches. */

import { SPEEDS } from '../app/speeds'
import { useAppStore } from '../store/context'
import { BranchPicker } from './BranchPicker'
import { formatTime } from './format'
import { TimelineMarkers } from './TimelineMarkers'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => ({
  playing: s.playing,
  cursor: s.cursor,
  speed: s.speed,
  span: timelineSpan(s),
  togglePlay: s.togglePlay,
  stepForward: s.stepForward,
  stepBack: s.stepBack,
  seek: s.seek,
  setSpeed: s.setSpeed,
})

/** The slider's length: past what was seen and planned, in whole 5-second steps. */
export function timelineSpan(s: AppState): number {
  const lastInput = s.scenario.inputs.at(-1)?.at ?? 0
  const branch = s.branches.find((b) => b.id === s.branchId)
  const want = Math.max(10_000, (branch?.seenUntil ?? 0) * 1.25, lastInput + 2000, s.cursor + 1000)
  return Math.ceil(want / 5000) * 5000
}

/** `embed`: playback and the timeline only, without the branch list. */
export function TimelineBar({ embed = false }: { embed?: boolean }) {
  const s = useAppStore(selector)
  return (
    <div className="timeline-bar">
      <div className="playback" role="toolbar" aria-label="Playback">
        <button type="button" onClick={s.stepBack} title="Step back (←)">
          Step back
        </button>
        <button
          type="button"
          className="primary"
          onClick={s.togglePlay}
          title="Play / Pause (Space)"
        >
          {s.playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={s.stepForward} title="Step (→)">
          Step
        </button>
        <label className="speed">
          <span>Speed</span>
          <select
            aria-label="Speed"
            value={String(SPEEDS.find((o) => o.value >= s.speed - 1e-9)?.value ?? s.speed)}
            onChange={(e) => s.setSpeed(Number(e.target.value))}
          >
            {SPEEDS.map((o) => (
              <option key={o.value} value={String(o.value)}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <output className="clock" aria-label="Virtual time">
          {formatTime(s.cursor)}
        </output>
        {embed ? null : <BranchPicker />}
      </div>
      <div className="track">
        <input
          type="range"
          aria-label="Timeline"
          aria-valuetext={formatTime(s.cursor)}
          min={0}
          max={s.span}
          step={1}
          value={Math.round(s.cursor)}
          onChange={(e) => s.seek(Number(e.target.value))}
        />
        <TimelineMarkers span={s.span} />
      </div>
    </div>
  )
}
