import { describe, expect, it } from 'vitest'
import { zoomIdentity } from 'd3-zoom'
import {
  baseScale,
  follow,
  initialWindow,
  MAX_SPAN_MS,
  MIN_SPAN_MS,
  recenter,
  SCALE_EXTENT,
  transformOf,
  windowOf,
} from './window'
import { timeScale } from './geometry'

describe('the diagram window', () => {
  it('starts at zero and pages along with the cursor while following', () => {
    const w = initialWindow(500, 2000)
    expect(w).toEqual({ fromMs: 0, spanMs: 2000, follow: true })
    expect(follow(w, 1500)).toBe(w)
    expect(follow(w, 2500)).toEqual({ fromMs: 900, spanMs: 2000, follow: true })
    expect(follow({ ...w, fromMs: 5000 }, 100)).toEqual({ fromMs: 0, spanMs: 2000, follow: true })
  })

  it('stays put when not following, and follows again from a page turn away', () => {
    const still = { fromMs: 0, spanMs: 2000, follow: false }
    expect(follow(still, 9000)).toBe(still)
    const w = recenter(still, 10_000)
    expect(w).toEqual({ fromMs: 8400, spanMs: 2000, follow: true })
  })
})

describe('the window as a d3-zoom transform', () => {
  const width = 1058
  const plot = { widthPx: width, gutterPx: 48 }
  // An imported trace's service names widen the gutter: the plot starts further right.
  const wide = { widthPx: width, gutterPx: 130 }

  it('shows the base span at scale 1, from 0', () => {
    for (const p of [plot, wide]) {
      expect(windowOf(zoomIdentity, p)).toEqual({ fromMs: 0, spanMs: 2000 })
      expect(transformOf({ fromMs: 0, spanMs: 2000 }, p)).toEqual(zoomIdentity)
    }
  })

  it('turns a window into a transform and back', () => {
    for (const w of [
      { fromMs: 0, spanMs: 1 },
      { fromMs: 1234.5, spanMs: 500 },
      { fromMs: 3_590_000, spanMs: 32_000 },
      { fromMs: 10, spanMs: MAX_SPAN_MS },
    ]) {
      for (const p of [plot, wide]) {
        const back = windowOf(transformOf(w, p), p)
        expect(back.fromMs).toBeCloseTo(w.fromMs, 6)
        expect(back.spanMs / w.spanMs).toBeCloseTo(1, 9)
      }
    }
  })

  it('zooming the transform around a point keeps the time under it', () => {
    const w = { fromMs: 1000, spanMs: 2000 }
    const t = transformOf(w, plot)
    const px = 300
    const before = timeScale({ width, gutterPx: 48, fromMs: 1000, toMs: 3000 }).invert(px)
    // What d3-zoom does for a wheel turn at px: scale by 2 about that point.
    const zoomed = zoomIdentity
      .translate(px, 0)
      .scale(2)
      .translate(-px, 0)
      .translate(t.x, t.y)
      .scale(t.k)
    const after = windowOf(zoomed, plot)
    expect(after.spanMs).toBeCloseTo(1000, 9)
    const x = timeScale({
      width,
      gutterPx: 48,
      fromMs: after.fromMs,
      toMs: after.fromMs + after.spanMs,
    })
    expect(x.invert(px)).toBeCloseTo(before, 9)
  })

  it('bounds zoom to the narrowest and widest windows', () => {
    expect(spanAt(SCALE_EXTENT[1])).toBeCloseTo(MIN_SPAN_MS, 9)
    expect(spanAt(SCALE_EXTENT[0])).toBeCloseTo(MAX_SPAN_MS, 3)
    // Time 0 sits at the gutter at every scale: d3-zoom's translate extent starts there.
    expect(baseScale(plot)(0)).toBe(48)
    expect(baseScale(wide)(0)).toBe(130)
  })

  it('keeps the window when the gutter widens, the same times over a narrower plot', () => {
    const w = { fromMs: 1234, spanMs: 500 }
    const there = windowOf(transformOf(w, plot), wide)
    expect(there.fromMs).not.toBeCloseTo(w.fromMs, 0)
    const again = windowOf(transformOf(w, wide), wide)
    expect(again.fromMs).toBeCloseTo(w.fromMs, 6)
    expect(again.spanMs).toBeCloseTo(w.spanMs, 6)
  })

  function spanAt(k: number): number {
    return windowOf(zoomIdentity.scale(k), plot).spanMs
  }
})
