/**
 * The timeline: a native range input named `Timeline` (DESIGN.md) whose value is the
 * cursor time, with a picture of its own under it. In playback the value changes in every
 * frame, and the browser's own slider repainted its fill and thumb each time, which made
 * the page sort its layers again (a quarter of a millisecond a frame at 25 nodes). Here the
 * input is transparent and on top, so pointer, keys and assistive technology use it as
 * ever, and the track, fill and thumb are drawn on a canvas (render/slider-canvas.ts).
 */

import { useLayoutEffect, useRef } from 'react'
import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'
import { createSliderPainter, sliderFraction, type SliderPainter } from '../render/slider-canvas'
import { formatTime } from './format'
import { t } from '../i18n'
import './timeline-slider.css'

const selectSlider = (s: AppState) => ({
  cursor: s.cursor,
  target: s.simulating?.target ?? null,
  seek: s.seek,
})

/** `span`: the slider's length in ms (the bar works it out on every change of the store). */
export function TimelineSlider({ span }: { span: number }) {
  const { cursor, target, seek } = useAppStore(selectSlider)
  // While a far move is simulated, the slider stays where it was sent.
  const value = Math.round(target ?? cursor)
  const canvas = useRef<HTMLCanvasElement>(null)
  const painter = useRef<SliderPainter | null>(null)
  // Layout effects, in this order: the picture is drawn in the frame the value changes.
  useLayoutEffect(() => {
    const p = createSliderPainter(canvas.current!)
    painter.current = p
    return () => {
      painter.current = null
      p.destroy()
    }
  }, [])
  const fraction = sliderFraction(value, span)
  useLayoutEffect(() => painter.current?.draw(fraction), [fraction])
  return (
    <div className="timeline-slider">
      <canvas ref={canvas} className="timeline-slider-picture" aria-hidden="true" />
      <input
        type="range"
        aria-label={t('playback.timeline')}
        aria-valuetext={formatTime(cursor)}
        min={0}
        max={span}
        step={1}
        value={value}
        onChange={(e) => seek(Number(e.target.value))}
      />
    </div>
  )
}
