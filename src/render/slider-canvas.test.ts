import { describe, expect, it } from 'vitest'
import { sliderFraction, THUMB_PX, thumbCentre } from './slider-canvas'

describe('the timeline slider picture', () => {
  it('puts the thumb where the native input puts its own: half a thumb in from each end', () => {
    expect(thumbCentre(0, 400)).toBe(THUMB_PX / 2)
    expect(thumbCentre(1, 400)).toBe(400 - THUMB_PX / 2)
    expect(thumbCentre(0.5, 400)).toBe(200)
  })

  it('keeps the value on the track', () => {
    expect(sliderFraction(2500, 10_000)).toBe(0.25)
    expect(sliderFraction(-5, 10_000)).toBe(0)
    expect(sliderFraction(12_000, 10_000)).toBe(1)
    expect(sliderFraction(0, 0)).toBe(0)
  })
})
