/**
 * Gestures on the cluster graph: cutting the network by drawing across it (the Cut button
 * or Shift+drag), long-press and tap on a touch screen, pinch and Ctrl+wheel zoom, Fit.
 */

import { readFileSync } from 'node:fs'
import type { CDPSession, Page } from '@playwright/test'
import { cli, test, expect, type AppPage } from './fixtures'

interface XY {
  readonly x: number
  readonly y: number
}

async function centre(app: AppPage, id: string): Promise<XY> {
  const box = await app
    .node(new RegExp(`^${id}: `))
    .locator('.cg-body')
    .boundingBox()
  if (box === null) throw new Error(`${id} is not drawn`)
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

const mean = (ps: readonly XY[]): XY => ({
  x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
  y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
})

/**
 * A stroke across the line from side `a` to side `b`, through its middle, `reach` pixels
 * each way (by default to the edges of the graph), as screen points.
 */
async function strokeBetween(app: AppPage, a: string[], b: string[], reach?: number) {
  const from = mean(await Promise.all(a.map((id) => centre(app, id))))
  const to = mean(await Promise.all(b.map((id) => centre(app, id))))
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }
  const len = Math.hypot(to.x - from.x, to.y - from.y)
  const n = { x: -(to.y - from.y) / len, y: (to.x - from.x) / len }
  const frame = (await app.page.locator('svg.cg').boundingBox())!
  const inside = (p: XY) =>
    p.x > frame.x + 4 &&
    p.x < frame.x + frame.width - 4 &&
    p.y > frame.y + 4 &&
    p.y < frame.y + frame.height - 4
  const at = (t: number) => ({ x: mid.x + n.x * t, y: mid.y + n.y * t })
  const end = (sign: number) => {
    if (reach !== undefined) return at(sign * reach)
    let t = 2000
    while (t > 0 && !inside(at(sign * t))) t -= 10
    return at(sign * t)
  }
  return [end(-1), end(1)] as const
}

/** Presses at `start`, moves to `end` in steps, optionally pausing before the release. */
async function drag(page: Page, [start, end]: readonly [XY, XY], midway?: () => Promise<void>) {
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  const steps = 12
  for (let i = 1; i <= steps; i++) {
    const f = i / steps
    await page.mouse.move(start.x + (end.x - start.x) * f, start.y + (end.y - start.y) * f)
    if (i === steps / 2) await midway?.()
  }
  await page.mouse.up()
}

const status = (app: AppPage) => app.page.locator('.cluster-frame [role="status"]')
const eventLog = (app: AppPage) => app.page.getByLabel('Event log', { exact: true })

async function networkState(app: AppPage) {
  // The Network panel may sit in a tab of the side panel.
  const tab = app.page.getByRole('tab', { name: 'Network' })
  if ((await tab.count()) > 0) await tab.click()
  return app.page.locator('.network-state')
}

test('Cut: a line drawn between n1, n2 and the rest partitions the network', async ({ app }) => {
  await app.open()
  const cut = app.button('Cut')
  await expect(cut).toHaveAttribute('aria-pressed', 'false')
  await cut.click()
  await expect(cut).toHaveAttribute('aria-pressed', 'true')

  // A short stroke over one link separates nothing, and says so.
  const [a, b] = await strokeBetween(app, ['n1'], ['n3'], 15)
  await drag(app.page, [a, b])
  await expect(status(app)).toHaveText(/separates no nodes/)
  await expect(app.page.locator('.cg-link.cut')).toHaveCount(0)

  await drag(app.page, await strokeBetween(app, ['n1', 'n2'], ['n3', 'n4', 'n5']), async () => {
    // Midway: the stroke is drawn, the links it crossed so far are lit, no input yet.
    await expect(app.page.locator('.cg-cut-stroke')).toHaveAttribute('points', /\d/)
    await expect(app.page.locator('.cg-cut-crossed').first()).toBeVisible()
    await expect(app.page.locator('.cg-link.cut')).toHaveCount(0)
  })
  await expect(status(app)).toHaveText('Cut: n1 n2 | n3 n4 n5')
  // Every link between the sides, 2 × 3 of them, is drawn cut; the stroke is gone.
  await expect(app.page.locator('.cg-link.cut')).toHaveCount(6)
  await expect(app.page.locator('.cg-cut-crossed')).toHaveCount(0)
  await expect(eventLog(app)).toContainText('partition n1 n2 | n3 n4 n5')
  await expect(await networkState(app)).toHaveText('Partitioned: n1 n2 | n3 n4 n5')
})

test('Shift+drag cuts without the button, refines the groups in force, and Esc cancels', async ({
  app,
}) => {
  await app.open()
  const page = app.page
  await page.keyboard.down('Shift')
  await drag(page, await strokeBetween(app, ['n1', 'n2'], ['n3', 'n4', 'n5']))
  await expect(page.locator('.cg-link.cut')).toHaveCount(6)
  await expect(app.button('Cut')).toHaveAttribute('aria-pressed', 'false')

  // Esc midway drops the stroke: nothing changes.
  const n3 = await centre(app, 'n3')
  const n4 = await centre(app, 'n4')
  const span = Math.hypot(n3.x - n4.x, n3.y - n4.y) * 0.9
  const between = await strokeBetween(app, ['n5'], ['n3', 'n4'], span)
  await drag(page, between, async () => {
    await page.keyboard.press('Escape')
  })
  await expect(status(app)).toHaveText('Cut cancelled.')
  await expect(page.locator('.cg-cut-crossed')).toHaveCount(0)
  await expect(page.locator('.cg-link.cut')).toHaveCount(6)

  // A second cut, inside the group n3 n4 n5 only, makes three groups.
  await drag(page, between)
  await page.keyboard.up('Shift')
  await expect(status(app)).toHaveText('Cut: n1 n2 | n3 n4 | n5')
  await expect(page.locator('.cg-link.cut')).toHaveCount(8)
  await expect(eventLog(app)).toContainText('partition n1 n2 | n3 n4 | n5')
})

test('an embed only watches: Shift+drag across its graph cuts nothing', async ({ app }) => {
  const fragment = cli('link', 'examples/design.json').trim()
  await app.page.goto(`/${fragment}&embed=1`)
  await expect(app.node(/^n1: /)).toBeVisible()
  const page = app.page
  await page.keyboard.down('Shift')
  await drag(page, await strokeBetween(app, ['n1', 'n2'], ['n3', 'n4', 'n5']))
  await page.keyboard.up('Shift')
  await expect(page.locator('.cg-link.cut')).toHaveCount(0)
  await expect(status(app)).toHaveText('')
})

test('the wheel scrolls the page, Ctrl+wheel zooms, Fit shows the whole graph again', async ({
  app,
}, info) => {
  await app.open()
  const page = app.page
  const space = page.locator('.cg-space')
  const before = (await app.node(/^n1: /).boundingBox())!
  // Zooming about n1's centre keeps n1 where it is, so it stays in view to drag.
  const grab = await centre(app, 'n1')
  await page.mouse.move(grab.x, grab.y)
  await page.mouse.wheel(0, -200)
  await expect(space).not.toHaveAttribute('transform', /scale/)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -200)
  await page.keyboard.up('Control')
  await expect(space).toHaveAttribute('transform', /scale\(/)
  const zoomed = (await app.node(/^n1: /).boundingBox())!
  expect(zoomed.width).toBeGreaterThan(before.width * 1.5)

  // A picture of the graph is the whole graph, not the zoomed view.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save the graph as SVG' }).click()
  const file = await download
  const path = info.outputPath('graph.svg')
  await file.saveAs(path)
  const text = readFileSync(path, 'utf8')
  // The group that pans and zooms comes right after the backdrop, untransformed, and n1
  // sits where the unzoomed graph has it.
  expect(text).toMatch(/<rect [^>]*\/><g style="[^"]*">/)
  const n1At = await app.node(/^n1: /).getAttribute('transform')
  expect(text).toContain(`data-id="n1" transform="${n1At}"`)
  await expect(space).toHaveAttribute('transform', /scale\(/)

  // Nodes are still dragged while zoomed, and the node stays under the pointer.
  const still = await centre(app, 'n1')
  expect(Math.hypot(still.x - grab.x, still.y - grab.y)).toBeLessThan(1.5)
  await page.mouse.move(grab.x, grab.y)
  await page.mouse.down()
  await page.mouse.move(grab.x + 20, grab.y + 30, { steps: 5 })
  await page.mouse.up()
  const moved = await centre(app, 'n1')
  expect(Math.abs(moved.x - grab.x - 20)).toBeLessThan(2)
  expect(Math.abs(moved.y - grab.y - 30)).toBeLessThan(2)

  // Keyboard focus on a node out of view pans it into view.
  const frame = (await page.locator('svg.cg').boundingBox())!
  const inView = async (id: string) => {
    const c = await centre(app, id)
    return (
      c.y > frame.y && c.y < frame.y + frame.height && c.x > frame.x && c.x < frame.x + frame.width
    )
  }
  expect(await inView('n3')).toBe(false)
  await app.node(/^n3: /).focus()
  await expect.poll(() => inView('n3')).toBe(true)

  await app.button('Fit').click()
  await expect(space).not.toHaveAttribute('transform', /scale/)
  const fitted = (await app.node(/^n1: /).boundingBox())!
  expect(fitted.width).toBeCloseTo(before.width, 0)
})

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true })

  type TouchType = 'touchStart' | 'touchMove' | 'touchEnd'

  async function touch(cdp: CDPSession, type: TouchType, points: readonly XY[]) {
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    })
  }

  test('a long-press opens the node menu without a click or a drag; a tap selects', async ({
    app,
  }) => {
    await app.open()
    const page = app.page
    const cdp = await page.context().newCDPSession(page)
    const n3 = await centre(app, 'n3')
    await touch(cdp, 'touchStart', [n3])
    await page.waitForTimeout(800)
    await touch(cdp, 'touchEnd', [])
    const menu = page.getByRole('region', { name: 'Actions for n3' })
    await expect(menu).toBeVisible()
    await expect(menu.getByRole('button', { name: 'Crash' })).toBeFocused()
    // The node did not move.
    const after = await centre(app, 'n3')
    expect(Math.hypot(after.x - n3.x, after.y - n3.y)).toBeLessThan(1)

    // A tap is a click: it selects, and leaves focus where it was.
    const n1 = await centre(app, 'n1')
    await page.touchscreen.tap(n1.x, n1.y)
    await expect(app.node(/^n1: /)).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('region', { name: 'Actions for n1' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Crash' })).not.toBeFocused()
  })

  test('two fingers pinch to zoom and Fit resets the view', async ({ app }) => {
    await app.open()
    const page = app.page
    const cdp = await page.context().newCDPSession(page)
    const box = (await page.locator('svg.cg').boundingBox())!
    const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const at = (d: number) => [
      { x: c.x - d, y: c.y },
      { x: c.x + d, y: c.y },
    ]
    await touch(cdp, 'touchStart', at(40))
    for (const d of [60, 80, 100, 120]) await touch(cdp, 'touchMove', at(d))
    await touch(cdp, 'touchEnd', [])
    const transform = await page.locator('.cg-space').getAttribute('transform')
    const scale = Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1])
    expect(scale).toBeGreaterThan(2.5)
    await app.button('Fit').click()
    await expect(page.locator('.cg-space')).not.toHaveAttribute('transform', /scale/)
  })
})
