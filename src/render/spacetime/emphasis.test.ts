import { describe, expect, it } from 'vitest'
import { emphasised } from './draw'
import type { ArrowShape, Layout } from './geometry'

const arrow = (id: number) => ({ arrow: { id } }) as unknown as ArrowShape
const layout = { arrows: [arrow(1), arrow(2), arrow(3)], marks: [] } as unknown as Layout
const ids = (shapes: ArrowShape[]) => shapes.map((a) => a.arrow.id)

describe('the arrows drawn stressed', () => {
  it('are the hovered message and those a lesson step points at', () => {
    const base = { picked: null, past: null, future: null }
    expect(ids(emphasised(layout, { ...base, hovered: null }))).toEqual([])
    expect(ids(emphasised(layout, { ...base, hovered: 2 }))).toEqual([2])
    expect(ids(emphasised(layout, { ...base, hovered: 2, marked: [1, 3, 9] }))).toEqual([1, 2, 3])
  })
})
