import { describe, expect, it } from 'vitest'
import { scaleLinear } from 'd3-scale'
import { stepAreaPath, stepLinePath } from './paths'

const y = scaleLinear().domain([0, 10]).range([50, 0])

// d3's step curve repeats a corner now and then; the strings pin what it draws.
describe('step paths', () => {
  it('draws a held value across, then up or down to the next one', () => {
    const d = stepLinePath(
      [
        { x: 0, value: 0 },
        { x: 20, value: 2 },
        { x: 80, value: 2 },
      ],
      y,
    )
    expect(d).toBe('M0,50L20,50L20,40L80,40L80,40')
  })

  it('leaves a gap at NaN and shifts a line by dyPx', () => {
    const d = stepLinePath(
      [
        { x: 0, value: 1 },
        { x: 30, value: 1 },
        { x: 30, value: NaN },
        { x: 60, value: 0 },
        { x: 100, value: 0 },
      ],
      y,
      1.5,
    )
    expect(d).toBe('M0,46.5L30,46.5L30,46.5M60,51.5L100,51.5L100,51.5')
  })

  it('fills between low and high of each span up to where the next begins', () => {
    const d = stepAreaPath(
      [
        { x: 0, low: 0, high: 4 },
        { x: 10, low: 1, high: 2 },
        { x: 20, low: 1, high: 2 },
      ],
      y,
    )
    expect(d).toBe('M0,30L10,30L10,40L20,40L20,40L20,45L20,45L10,45L10,50L0,50Z')
    expect(stepAreaPath([{ x: 0, low: 0, high: 1 }], y)).toBe('')
  })
})
