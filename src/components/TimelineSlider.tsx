/**
 * The timeline: a native range input named `Timeline` (DESIGN.md) whose value is the
 * cursor time, with a picture of its own under it. The browser's own slider repainted its
 * fill and thumb in every frame of playback, which made the page sort its layers again (a
 * quarter of a millisecond a frame at 25 nodes). Here the input is transparent and on top,
 * so pointer, keys and assistive technology use it as ever; the track, fill and thumb are
 * drawn on a canvas (render/slider-canvas.ts) straight from the store, in every frame, and
 * the input's value follows the cursor as the clock does (shown-cursor.ts).
 */

import { useLayoutEffect, useRef } from 'react'
import { useAppStore, useAppStoreApi } from '../store/context'
import type { AppState } from '../store/app-store'
import { createSliderPainter, sliderFraction, type SliderPainter } from '../render/slider-canvas'
import { formatTime } from './format'
import { shownCursor } from './shown-cursor'
import { t } from '../i18n'
import './timeline-slider.css'

/** While a far move is simulated, the slider stays where it was sent. */
const sliderAt = (s: AppState, cursor: number) => Math.round(s.simulating?.target ?? cursor)
const selectValue = (s: AppState) => sliderAt(s, shownCursor(s))
const selectSeek = (s: AppState) => s.seek

/** `span`: the slider's length in ms (the bar works it out on every change of the store). */
export function TimelineSlider({ span }: { span: number }) {
  const store = useAppStoreApi()
  const value = useAppStore(selectValue)
  const seek = useAppStore(selectSeek)
  const holder = useRef<HTMLDivElement>(null)
  const painter = useRef<SliderPainter | null>(null)
  useLayoutEffect(() => {
    const p = createSliderPainter(holder.current!)
    painter.current = p
    return () => {
      painter.current = null
      p.destroy()
    }
  }, [])
  useLayoutEffect(() => {
    const draw = (s: AppState) => painter.current?.draw(sliderFraction(sliderAt(s, s.cursor), span))
    draw(store.getState())
    return store.subscribe(draw)
  }, [store, span])
  return (
    <div className="timeline-slider">
      <div ref={holder} className="timeline-slider-picture" aria-hidden="true" />
      <input
        type="range"
        aria-label={t('playback.timeline')}
        aria-valuetext={formatTime(value)}
        min={0}
        max={span}
        step={1}
        value={value}
        onChange={(e) => seek(Number(e.target.value))}
      />
    </div>
  )
}
