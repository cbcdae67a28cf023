/**
 * The run's charts (d3-scale, d3-axis, d3-shape): named with what they show at the cursor,
 * a time axis from 0 to as far as the user has seen, and a click or a drag seeks. Their
 * marks, the dimmed future and the cursor are drawn on a canvas over each chart's SVG.
 */

import { test, expect, type AppPage } from './fixtures'
import { installShownPicture } from './canvas-picture'
import type { Locator } from '@playwright/test'

const charts = (app: AppPage) => app.page.getByRole('region', { name: 'Charts' })
const termChart = (app: AppPage) => charts(app).getByRole('img', { name: /^Term and leader/ })

/** The charts at 4.1 s, their axis to 4.5 s (render/charts/axes.ts: axisEnd). */
async function openAt4100(app: AppPage, chart: Locator) {
  await app.open()
  await app.seek(4100)
  await app.showPanel('Charts')
  await expect(chart).toHaveAccessibleName(/At 4\.100 s/)
}

/**
 * The plot's picture in one column, `along` (0 to 1) of the way across: each pixel's colour
 * (r, g, b, alpha), top to bottom, one per CSS px.
 */
async function plotColumn(chart: Locator, along: number): Promise<number[][]> {
  await installShownPicture(chart.page())
  return chart
    .locator('xpath=..')
    .locator('canvas.chart-plot')
    .evaluate(async (c, share) => {
      const g = await window.shownPicture!(c as HTMLCanvasElement)
      const ratio = g.canvas.width / c.clientWidth
      const x = Math.round(share * (g.canvas.width - 1))
      const out: number[][] = []
      for (let y = 0; y < c.clientHeight; y++) {
        out.push([...g.getImageData(x, Math.round((y + 0.5) * ratio), 1, 1).data])
      }
      return out
    }, along)
}

/** Drawn: a pixel with paint on it. Dark: one of the term line's ink (the light theme's). */
const drawn = (p: number[]) => p[3]! > 128
const dark = (p: number[]) => drawn(p) && p[0]! + p[1]! + p[2]! < 200

/** Plays at 1/10× until `chart` is drawn again (its name reads a later cursor), then pauses. */
async function playUntilRedrawn(app: AppPage, chart: Locator) {
  await app.page.getByLabel('Speed').selectOption('0.1')
  await app.page.getByRole('button', { name: 'Play', exact: true }).click()
  await expect(chart).not.toHaveAccessibleName(/At 4\.100 s/)
  await app.page.getByRole('button', { name: 'Pause', exact: true }).click()
}

test('the charts read the run out at the cursor, on a time axis to the end seen', async ({
  app,
}) => {
  await app.open()
  await app.seek(4000)
  await app.showPanel('Charts')
  await expect(termChart(app)).toHaveAccessibleName(
    /^Term and leader over time\. At 4\.000 s: term \d+, leader n\d$/,
  )
  await expect(charts(app).getByRole('img', { name: /^Commit index per node/ })).toBeVisible()
  await expect(charts(app).getByRole('img', { name: /^Messages per second/ })).toBeVisible()
  await expect(charts(app).getByRole('img', { name: /^Client latency/ })).toBeVisible()
  const labels = await termChart(app).locator('.chart-x-axis .tick text').allTextContents()
  expect(labels[0]).toBe('0 s')
  expect(labels.at(-1)).toBe('4 s')
  // Half way along, the plot shows the term line (ink) over the leader's band (the bottom
  // strip, in its node's colour).
  const column = await plotColumn(termChart(app), 0.5)
  expect(column.filter(dark).length).toBeGreaterThan(0)
  const strip = column.slice(-12)
  expect(strip.filter((p) => drawn(p) && !dark(p)).length).toBeGreaterThan(4)
})

test('after the cursor the plot is dimmed, up to the end seen', async ({ app }) => {
  await app.open()
  await app.seek(4000)
  await app.seek(3000)
  await app.showPanel('Charts')
  await expect(termChart(app)).toHaveAccessibleName(/At 3\.000 s/)
  // The leader's band runs on from before the cursor to after it: dimmed after, so lighter.
  const band = async (along: number) => (await plotColumn(termChart(app), along)).at(-8)!
  const [before, after] = [await band(0.6), await band(0.9)]
  expect(drawn(before) && drawn(after)).toBe(true)
  const sum = (p: number[]) => p[0]! + p[1]! + p[2]!
  expect(sum(after)).toBeGreaterThan(sum(before) + 60)
})

test('clicking a chart seeks to that time, and dragging scrubs', async ({ app }) => {
  await app.open()
  await app.seek(4000)
  await app.showPanel('Charts')
  const chart = termChart(app)
  const box = (await chart.boundingBox())!
  // The plot runs from 40 px in to 12 px before the right edge (render/charts/axes.ts).
  const at = (ms: number) => box.x + 40 + ((box.width - 52) * ms) / 4000
  await app.page.mouse.click(at(1000), box.y + box.height / 2)
  await expect.poll(async () => Math.abs((await app.cursor()) - 1000)).toBeLessThan(40)
  const cursor = await app.cursor()
  await expect(chart).toHaveAccessibleName(new RegExp(`At ${(cursor / 1000).toFixed(3)} s`))

  await app.page.mouse.move(at(3000), box.y + box.height / 2)
  await app.page.mouse.down()
  await app.page.mouse.move(at(2000), box.y + box.height / 2, { steps: 4 })
  await expect.poll(async () => Math.abs((await app.cursor()) - 2000)).toBeLessThan(40)
  // Past the left edge the cursor stops at 0.
  await app.page.mouse.move(box.x - 30, box.y + box.height / 2, { steps: 2 })
  await app.page.mouse.up()
  await expect.poll(() => app.cursor()).toBe(0)
})

test('while playing the charts take turns to redraw; on pausing each reads the cursor', async ({
  app,
}) => {
  await app.open()
  await app.showPanel('Charts')
  await app.playFast(1500)
  const at = `(At|Up to) ${((await app.cursor()) / 1000).toFixed(3)} s`
  for (const name of [/^Term and leader/, /^Commit index/, /^Messages per second/]) {
    await expect(charts(app).getByRole('img', { name })).toHaveAccessibleName(new RegExp(at))
  }
})

test('while playing, a redraw leaves the time axis as it was until its round end moves on', async ({
  app,
}) => {
  const chart = termChart(app)
  await openAt4100(app, chart)
  // The axis stays as it is until 4.5 s.
  const labels = chart.locator('.chart-x-axis .tick text')
  await expect(labels.last()).toHaveText('4 s')
  await labels.first().evaluate((el) => {
    ;(window as unknown as { firstLabel: Node | null }).firstLabel = el.firstChild
  })
  await playUntilRedrawn(app, chart)
  expect(await app.cursor()).toBeLessThan(4500)
  const same = await labels
    .first()
    .evaluate((el) => el.firstChild === (window as unknown as { firstLabel: Node }).firstLabel)
  expect(same).toBe(true)
})

test('while playing, a redraw changes nothing in the page but the chart’s name', async ({
  app,
}) => {
  // The lines, the dimming and the cursor are on the canvas: rewriting them as SVG made the
  // page restyle, lay out and paint again four times a second.
  const chart = charts(app).getByRole('img', { name: /^Commit index/ })
  await openAt4100(app, chart)
  await chart.evaluate((svg) => {
    const seen: string[] = []
    ;(window as unknown as { chartChanges: string[] }).chartChanges = seen
    const observer = new MutationObserver((records) => {
      for (const r of records) seen.push(r.attributeName ?? r.type)
    })
    observer.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true })
  })
  await playUntilRedrawn(app, chart)
  const changes = await app.page.evaluate(
    () => (window as unknown as { chartChanges: string[] }).chartChanges,
  )
  expect(changes).toContain('aria-label')
  expect(new Set(changes.filter((c) => c !== 'aria-label'))).toEqual(new Set())
})
