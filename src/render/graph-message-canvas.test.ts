import { describe, expect, it } from 'vitest'
import { MESSAGES_MANY, messagesOnCanvas, zoomOf } from './graph-message-canvas'
import { ARC_STEPS, arcStep } from './graph-timer-sprites'

describe('where messages are drawn', () => {
  it('stays as elements up to MESSAGES_MANY, then goes to the canvas', () => {
    expect(messagesOnCanvas(MESSAGES_MANY, false)).toBe(false)
    expect(messagesOnCanvas(MESSAGES_MANY + 1, false)).toBe(true)
    expect(messagesOnCanvas(1700, false)).toBe(true)
  })

  it('comes back to elements only well below the line, so a count around it does not flip', () => {
    expect(messagesOnCanvas(MESSAGES_MANY - 10, true)).toBe(true)
    expect(messagesOnCanvas(150, true)).toBe(true)
    expect(messagesOnCanvas(149, true)).toBe(false)
    expect(messagesOnCanvas(0, true)).toBe(false)
  })

  it('goes to the canvas whatever the count while messages move, and back once still', () => {
    expect(messagesOnCanvas(0, false, true)).toBe(true)
    expect(messagesOnCanvas(3, true, true)).toBe(true)
    expect(messagesOnCanvas(3, true, false)).toBe(false)
    expect(messagesOnCanvas(MESSAGES_MANY + 1, true, false)).toBe(true)
  })
})

describe('the zoom the canvas is drawn at', () => {
  const group = (transform: string | null) =>
    ({ getAttribute: () => transform }) as unknown as SVGGElement

  it('reads the scale d3-zoom writes, and 1 when there is none', () => {
    expect(zoomOf(group('translate(12.5,-3) scale(2.25)'))).toBe(2.25)
    expect(zoomOf(group(null))).toBe(1)
    expect(zoomOf(group(''))).toBe(1)
    expect(zoomOf(group('translate(4,5)'))).toBe(1)
  })
})

describe('the pre-drawn timer arcs', () => {
  it('step the part left in ARC_STEPS, drawing nothing for none and every step for all', () => {
    expect(arcStep(0)).toBe(0)
    expect(arcStep(-0.2)).toBe(0)
    expect(arcStep(Number.NaN)).toBe(0)
    // A sliver still shows.
    expect(arcStep(0.001)).toBe(1)
    expect(arcStep(0.5)).toBe(ARC_STEPS / 2)
    expect(arcStep(1)).toBe(ARC_STEPS)
    expect(arcStep(1.5)).toBe(ARC_STEPS)
  })
})
