import { describe, expect, it } from 'vitest'
import { diagramAt, frameSize, type DiagramSource } from './record-frame'
import { Timeline } from '../timeline/timeline'
import { protocolLookup } from '../protocols/registry'
import { DEFAULT_SCENARIO } from '../app/default-scenario'
import type { Palette } from './spacetime/palette'

const timeline = new Timeline(DEFAULT_SCENARIO, protocolLookup.get(DEFAULT_SCENARIO.protocol)!)
timeline.extendTo(3000)

const palette = new Proxy({} as Palette, {
  get: (_, key) => (key === 'kinds' ? new Proxy({}, { get: () => '#123' }) : '#456'),
})
const source: DiagramSource = {
  view: timeline.spacetime(),
  lanes: [...timeline.context.ids, 'clients'],
  otherLane: 'clients',
  palette,
}
const range = { fromMs: 1000, toMs: 2000 }
const arrows = (svg: string) => svg.match(/class="st-arrow /g)?.length ?? 0
const cursorX = (svg: string) =>
  Number(/<line x1="([\d.]+)" y1="0"[^>]*stroke-width="2"/.exec(svg)?.[1])

describe('diagramAt', () => {
  it('is as big as the graph beside it, lanes named', () => {
    const svg = diagramAt(source, range, 1500)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="760" height="600"/)
    for (const lane of source.lanes) expect(svg).toContain(`>${lane}</text>`)
    expect(frameSize(true)).toEqual({ width: 1520, height: 600 })
    expect(frameSize(false)).toEqual({ width: 760, height: 600 })
  })

  it('grows across a window that holds still, showing nothing after the moment', () => {
    const early = diagramAt(source, range, 1100)
    const late = diagramAt(source, range, 1900)
    // The same time axis in every frame: the ticks do not move.
    const ticks = (svg: string) => svg.match(/text-anchor="middle"[^>]*>[^<]+</g)
    expect(ticks(late)).toEqual(ticks(early))
    expect(arrows(early)).toBeGreaterThan(0)
    expect(arrows(late)).toBeGreaterThan(arrows(early))
    expect(cursorX(late)).toBeGreaterThan(cursorX(early))
  })
})
