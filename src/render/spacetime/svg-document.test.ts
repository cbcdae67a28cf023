import { describe, expect, it } from 'vitest'
import { diagramSvg } from './svg-document'
import { layoutDiagram } from './geometry'
import { laneGutter } from './gutter'
import type { Palette } from './palette'

const palette = new Proxy({} as Palette, {
  get: (_, key) => (key === 'kinds' ? new Proxy({}, { get: () => '#123' }) : '#456'),
})
const empty = { arrows: [], marks: [], partitions: [], down: [] }
const emphasis = { hovered: null, picked: null, past: null, future: null }

/** The saved diagram of these lanes, 400 px wide, its gutter fitted to their names. */
function saved(lanes: string[]) {
  const gutter = laneGutter(lanes, 400)
  const frame = { width: 400, height: 200, gutterPx: gutter.px, fromMs: 0, toMs: 1000 }
  const layout = layoutDiagram({ ...frame, cursorMs: 500, lanes, otherLane: null }, empty)
  return { gutter, svg: diagramSvg(layout, palette, emphasis, gutter) }
}

const laneStarts = (svg: string) =>
  [...svg.matchAll(/<line x1="([\d.]+)" y1="[\d.]+" x2="400"/g)].map((m) => Number(m[1]))

describe('the saved diagram', () => {
  it("starts its lanes at the gutter the names need, and names them in the lanes' font", () => {
    const { gutter, svg } = saved(['frontend', 'checkout-service'])
    expect(gutter.px).toBeGreaterThan(48)
    expect(laneStarts(svg)).toEqual([gutter.px, gutter.px])
    expect(svg).toContain('font-family="ui-monospace, monospace" font-size="11.25"')
    expect(svg).toContain('>checkout-service</text>')
  })

  it('cuts a name past the cap with an ellipsis and keeps it whole in a title', () => {
    const long = 'recommendation-service-primary'
    const { gutter, svg } = saved([long, 'cart'])
    expect(gutter.px).toBe(120)
    expect(svg).toContain(`<title>${long}</title>${gutter.labels[0]!.shown}</text>`)
    expect(gutter.labels[0]!.shown).toMatch(/…$/)
    expect(svg).toContain('>cart</text>')
  })
})
