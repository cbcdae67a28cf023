import { test, expect } from './fixtures'
import { canvasBox, diagram } from './spacetime-page'
import { buildFragment } from '../src/scenario/codec'
import { installShownPicture } from './canvas-picture'

/**
 * Keeps the pixels the diagram's canvas shows in the page; with a picture kept, counts the
 * pixels that differ from it by more than `tolerance` in some channel instead.
 */
const comparePixels = async (app: Parameters<typeof canvasBox>[0], tolerance: number) => {
  await installShownPicture(app.page)
  return canvasBox(app)
    .locator('canvas.st-canvas')
    .evaluate(async (c: HTMLCanvasElement, tol) => {
      const g = await window.shownPicture!(c)
      const now = g.getImageData(0, 0, g.canvas.width, g.canvas.height).data
      // A picture not read back (blank) would match any other blank one.
      let inked = 0
      for (let i = 3; i < now.length; i += 4) if (now[i]! > 0) inked++
      if (inked < now.length / 4 / 50) return -2
      const w = window as unknown as { keptPixels?: Uint8ClampedArray }
      const kept = w.keptPixels
      w.keptPixels = now
      if (kept === undefined || kept.length !== now.length) return -1
      let differing = 0
      for (let i = 0; i < now.length; i += 4) {
        let d = 0
        for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs(now[i + k]! - kept[i + k]!))
        if (d > tol) differing++
      }
      return differing
    }, tolerance)
}

// Nine nodes share the diagram's height; 25 scroll, with stubs towards lanes out of view.
for (const nodes of [9, 25]) {
  test(`${nodes} nodes: playing draws only what settled since the last frame, and the picture drawn from scratch`, async ({
    app,
  }) => {
    // Two pictures of a run played in a page, on a busy machine.
    test.setTimeout(60_000)
    // Heartbeats to eight followers or more: too many arrows for SVG, so the canvas has them
    // even when still.
    const scenario = { version: 1, protocol: 'raft', nodes, seed: 3, params: {}, inputs: [] }
    await app.open(`#${buildFragment({ scenario: scenario as never, t: 1500 })}`)
    await app.playFast(1500)
    await expect(canvasBox(app)).toHaveAttribute('data-mode', 'canvas')
    // Frames added to the layers; only page turns (each 1/3 s of the run) and the first frame
    // started them afresh, however slow the machine runs the frames. A frame or two asked
    // for before the pause may still come: read the counts once they hold still.
    const layers = async () =>
      (await canvasBox(app).getAttribute('data-layers'))!.split('/').map(Number)
    let seen = ''
    await expect
      .poll(
        async () => {
          const now = (await layers()).join('/')
          const still = now === seen
          seen = now
          return still
        },
        { intervals: [300] },
      )
      .toBe(true)
    const [fresh, added] = await layers()
    expect(added).toBeGreaterThan(fresh!)

    expect(await comparePixels(app, 0)).toBe(-1)
    // The theme, round and back to where it was: a new palette each time, so a fresh drawing.
    const theme = app.page.locator('button.theme-toggle')
    for (let i = 0; i < 3; i++) await theme.click()
    await expect.poll(async () => (await layers())[0]).toBe(fresh! + 3)
    expect((await layers())[1]).toBeGreaterThanOrEqual(added!)
    // Arrows drawn in several strokes blend a little darker where they cross than in one:
    // allow that, but not a missing, doubled or misplaced arrow.
    const differing = await comparePixels(app, 64)
    expect(differing).toBeGreaterThanOrEqual(0)
    const box = (await canvasBox(app).boundingBox())!
    expect(differing).toBeLessThan((box.width * box.height) / 500)
    await expect(diagram(app)).toBeVisible()
  })
}

test('a link opened on a busy moment draws the diagram at its size from the first frame on', async ({
  app,
}) => {
  // Too many arrows for SVG even when still: the layered canvas has them from the first
  // frame, which comes before the renderer has sized its canvas.
  const scenario = { version: 1, protocol: 'raft', nodes: 9, seed: 3, params: {}, inputs: [] }
  await app.open(`#${buildFragment({ scenario: scenario as never, t: 6000 })}`)
  await expect(canvasBox(app)).toHaveAttribute('data-mode', 'canvas')
  expect(await comparePixels(app, 0)).toBe(-1)
  // Drawn afresh in a new palette and back again: the same picture, not a stretched one.
  const theme = app.page.locator('button.theme-toggle')
  const [fresh] = (await canvasBox(app).getAttribute('data-layers'))!.split('/').map(Number)
  for (let i = 0; i < 3; i++) await theme.click()
  await expect
    .poll(async () => Number((await canvasBox(app).getAttribute('data-layers'))!.split('/')[0]))
    .toBe(fresh! + 3)
  const box = (await canvasBox(app).boundingBox())!
  const differing = await comparePixels(app, 64)
  expect(differing).toBeGreaterThanOrEqual(0)
  expect(differing).toBeLessThan((box.width * box.height) / 500)
})
