import { describe, expect, it } from 'vitest'
import { follow, initialWindow, pan, zoom, MIN_SPAN_MS } from './window'

describe('the diagram window', () => {
  it('starts at zero and pages along with the cursor while following', () => {
    const w = initialWindow(500, 2000)
    expect(w).toEqual({ fromMs: 0, spanMs: 2000, follow: true })
    expect(follow(w, 1500)).toBe(w)
    expect(follow(w, 2500)).toEqual({ fromMs: 900, spanMs: 2000, follow: true })
    expect(follow({ ...w, fromMs: 5000 }, 100)).toEqual({ fromMs: 0, spanMs: 2000, follow: true })
  })

  it('zooms around the pointer: the time under it stays put', () => {
    const w = zoom({ fromMs: 1000, spanMs: 2000, follow: true }, 0.5, 1500)
    expect(w).toEqual({ fromMs: 1250, spanMs: 1000, follow: true })
    expect(zoom(w, 1e-9, 1500).spanMs).toBe(MIN_SPAN_MS)
  })

  it('a pan stops following and never goes before zero', () => {
    const w = pan({ fromMs: 300, spanMs: 2000, follow: true }, -500)
    expect(w).toEqual({ fromMs: 0, spanMs: 2000, follow: false })
    expect(follow(w, 9000)).toBe(w)
  })
})
