/**
 * Zoom and pan on the space-time diagram (d3-zoom): the wheel zooms around the pointer,
 * a drag pans and stops following, a click that wobbles is still a click, the buttons
 * and Follow cursor move the same window, and time 0 stays the left edge.
 */

import { test, expect, type AppPage } from './fixtures'
import { canvasBox, diagram, drawn } from './spacetime-page'

/** The time window the diagram shows, as the renderer exposes it. */
async function shown(app: AppPage): Promise<{ fromMs: number; spanMs: number }> {
  const from = Number(await canvasBox(app).getAttribute('data-from-ms'))
  const to = Number(await canvasBox(app).getAttribute('data-to-ms'))
  return { fromMs: from, spanMs: to - from }
}

test('scrolling over the diagram zooms around the pointer; dragging pans and stops following', async ({
  app,
}) => {
  await app.open()
  // A cursor near the pointer stays in view as it zooms, so following turns no page.
  await app.seek(700)
  await expect.poll(() => drawn(app, 'arrows')).toBeGreaterThan(10)
  const follow = diagram(app).getByRole('button', { name: 'Follow cursor' })
  await expect(follow).toHaveAttribute('aria-pressed', 'true')
  const before = await shown(app)
  const box = (await canvasBox(app).boundingBox())!
  // Lanes start after the lane labels' gutter; 10 px stay free on the right.
  const gutter = Number(await canvasBox(app).getAttribute('data-gutter'))
  const plotWidth = box.width - gutter - 10
  // The time under the pointer, a third of the way along the lanes.
  const px = gutter + plotWidth / 3
  const atPointer = before.fromMs + (before.spanMs * (px - gutter)) / plotWidth

  await app.page.mouse.move(box.x + px, box.y + box.height / 2)
  await app.page.mouse.wheel(0, -400)
  await expect.poll(async () => (await shown(app)).spanMs).toBeLessThan(before.spanMs * 0.8)
  const zoomed = await shown(app)
  // The time under the pointer stays there, to within a pixel (the mouse sits on whole px).
  const underPointer = zoomed.fromMs + (zoomed.spanMs * (px - gutter)) / plotWidth
  expect(Math.abs(underPointer - atPointer)).toBeLessThan(before.spanMs / plotWidth)
  // Zooming keeps following the cursor.
  await expect(follow).toHaveAttribute('aria-pressed', 'true')

  // Drag the picture 120 px to the left: later times come into view, the span stays.
  await app.page.mouse.down()
  await app.page.mouse.move(box.x + px - 120, box.y + box.height / 2, { steps: 6 })
  await app.page.mouse.up()
  await expect.poll(async () => (await shown(app)).fromMs).toBeGreaterThan(zoomed.fromMs)
  const panned = await shown(app)
  expect(panned.spanMs).toBeCloseTo(zoomed.spanMs, 3)
  expect(panned.fromMs - zoomed.fromMs).toBeCloseTo((120 * zoomed.spanMs) / plotWidth, -1)
  await expect(follow).toHaveAttribute('aria-pressed', 'false')
  // The drag ended a pan, not a click: the cursor stayed where it was.
  expect(await app.cursor()).toBe(700)

  // A click that wobbles a pixel or two still seeks and does not move the picture.
  const cx = box.x + gutter + plotWidth / 2
  await app.page.mouse.move(cx, box.y + box.height - 8)
  await app.page.mouse.down()
  await app.page.mouse.move(cx + 2, box.y + box.height - 7)
  await app.page.mouse.up()
  await expect.poll(() => app.cursor()).not.toBe(700)
  expect(await shown(app)).toEqual(panned)

  // The zoom buttons and Follow cursor go through the same zoom.
  await diagram(app).getByRole('button', { name: 'Zoom out' }).click()
  await expect.poll(async () => (await shown(app)).spanMs).toBeCloseTo(panned.spanMs * 2, 3)
  await follow.click()
  await expect(follow).toHaveAttribute('aria-pressed', 'true')
  const following = await shown(app)
  const cursor = await app.cursor()
  expect(cursor).toBeGreaterThanOrEqual(following.fromMs)
  expect(cursor).toBeLessThanOrEqual(following.fromMs + following.spanMs)
})

test('panning never goes before the start of the run', async ({ app }) => {
  await app.open()
  await app.seek(3000)
  await expect.poll(() => drawn(app, 'arrows')).toBeGreaterThan(10)
  const box = (await canvasBox(app).boundingBox())!
  const y = box.y + box.height / 2
  for (let i = 0; i < 3; i++) {
    await app.page.mouse.move(box.x + 100, y)
    await app.page.mouse.down()
    await app.page.mouse.move(box.x + box.width - 20, y, { steps: 5 })
    await app.page.mouse.up()
  }
  await expect.poll(async () => (await shown(app)).fromMs).toBe(0)
})
