/** Playback and the timeline: the buttons, the speed, the slider with its markers, the branches. */

import type { CSSProperties } from 'react'
import { SPEEDS } from '../app/speeds'
import { useAppStore } from '../store/context'
import { seenUntilOf } from '../store/branches'
import { BranchPicker } from './BranchPicker'
import { shownCursor } from './shown-cursor'
import { formatTime } from './format'
import { TimelineMarkers } from './TimelineMarkers'
import { TimelineSlider } from './TimelineSlider'
import { THUMB_PX } from '../render/slider-canvas'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'
import './timeline-bar.css'

// The bar itself renders when playback starts or stops, the speed changes or a far move
// is simulated; the clock and the slider's value ten times a second of playback.
const selector = (s: AppState) => ({
  playing: s.playing,
  simulating: s.simulating,
  speed: s.speed,
  span: timelineSpan(s),
  togglePlay: s.togglePlay,
  stepForward: s.stepForward,
  stepBack: s.stepBack,
  setSpeed: s.setSpeed,
})

/** The slider's length: past what was seen and planned, in whole 5-second steps. */
export function timelineSpan(s: AppState): number {
  const lastInput = s.scenario.inputs.at(-1)?.at ?? 0
  const want = Math.max(10_000, seenUntilOf(s) * 1.25, lastInput + 2000, s.cursor + 1000)
  return Math.ceil(want / 5000) * 5000
}

/** `embed`: playback and the timeline only, without the branch list. */
export function TimelineBar({ embed = false }: { embed?: boolean }) {
  const s = useAppStore(selector)
  return (
    <div className="timeline-bar">
      <div className="playback" role="toolbar" aria-label={t('playback.toolbar')}>
        <button type="button" onClick={s.stepBack} title={t('playback.stepBackTitle')}>
          {t('playback.stepBack')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={s.togglePlay}
          title={t('playback.playPauseTitle')}
        >
          {s.playing ? t('playback.pause') : t('playback.play')}
        </button>
        <button type="button" onClick={s.stepForward} title={t('playback.stepTitle')}>
          {t('playback.step')}
        </button>
        <label className="speed">
          <span>{t('playback.speed')}</span>
          <select
            aria-label={t('playback.speed')}
            value={String(SPEEDS.find((o) => o.value >= s.speed - 1e-9)?.value ?? s.speed)}
            onChange={(e) => s.setSpeed(Number(e.target.value))}
          >
            {SPEEDS.map((o) => (
              <option key={o.value} value={String(o.value)}>
                {o.value === 1 ? t('playback.realTime', { speed: '1×' }) : o.label}
              </option>
            ))}
          </select>
        </label>
        <Clock />
        {s.simulating === null ? null : (
          <span className="simulating" role="status">
            <progress max={s.simulating.target} value={s.simulating.reached} aria-hidden="true" />
            {t('scale.simulating', {
              target: formatTime(s.simulating.target),
              reached: formatTime(s.simulating.reached),
            })}
          </span>
        )}
        {embed ? null : <BranchPicker />}
      </div>
      <div className="track" style={{ '--thumb': `${THUMB_PX}px` } as CSSProperties}>
        <TimelineSlider span={s.span} />
        <TimelineMarkers span={s.span} />
      </div>
    </div>
  )
}

function Clock() {
  const cursor = useAppStore(shownCursor)
  return (
    <output className="clock" aria-label={t('playback.clock')}>
      {formatTime(cursor)}
    </output>
  )
}
