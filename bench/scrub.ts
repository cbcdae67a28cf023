/**
 * Scrubbing a 1-hour run in headless Chromium: the cursor jumps to random moments and each
 * jump is timed until the next frame is painted (seek, graph, space-time diagram, event
 * log, charts), with the diagram's own layout-and-draw time read from the page. Then the
 * same over the first 30 s of 1,000 SWIM members, whose diagram scrolls its lanes.
 */

import { buildFragment } from '../src/scenario/codec'
import { clientLoad } from './workloads'
import { withApp } from './browser'
import type { Page } from '@playwright/test'
import type { Scenario } from '../src/scenario/types'
import { fmt, percentile } from './stats'

const PORT = 4198
const HOUR_MS = 3_600_000
const JUMPS = 60

/** Jumps the slider to each time, and times input → two frames later, in the page. */
const SCRUB = `async (times) => {
  const slider = document.querySelector('input[aria-label="Timeline"]')
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  const canvas = document.querySelector('.spacetime-canvas')
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()))
  const total = []
  const draw = []
  for (const t of times) {
    const start = performance.now()
    setValue.call(slider, String(t))
    slider.dispatchEvent(new Event('input', { bubbles: true }))
    await frame()
    await frame()
    total.push(performance.now() - start)
    draw.push(Number(canvas.dataset.drawMs))
  }
  return { total, draw }
}`

export async function benchScrub(): Promise<Record<string, number>> {
  const scenario = clientLoad({ nodes: 5, seed: 11, durationMs: HOUR_MS, everyMs: 1000 })
  return withApp(PORT, async (page, base) => {
    const results: Record<string, number> = {}
    await page.goto(`${base}#${buildFragment({ scenario, t: HOUR_MS - 1000 })}`)
    await simulated(page)
    // Random moments all over the hour, the same every time.
    let x = 12345
    const times = Array.from({ length: JUMPS }, () => {
      x = (x * 1103515245 + 12345) % 2 ** 31
      return Math.round((x / 2 ** 31) * (HOUR_MS - 2000)) + 1000
    })
    for (const [name, zoomOuts] of [
      ['2 s window', 0],
      ['32 s window', 4],
    ] as const) {
      for (let i = 0; i < zoomOuts; i++) {
        await page.getByRole('button', { name: 'Zoom out', exact: true }).click()
      }
      const { total, draw } = (await page.evaluate(`(${SCRUB})(${JSON.stringify(times)})`)) as {
        total: number[]
        draw: number[]
      }
      total.sort((a, b) => a - b)
      draw.sort((a, b) => a - b)
      const arrows = await page.locator('.spacetime-canvas').getAttribute('data-arrows')
      console.log(
        `scrub, 1-hour run, ${name.padEnd(12)} diagram draw p50 ${fmt(percentile(draw, 50), 2)} ms, p95 ${fmt(percentile(draw, 95), 2)} ms (goal <= 16 ms); whole jump to painted p50 ${fmt(percentile(total, 50), 1)} ms, p95 ${fmt(percentile(total, 95), 1)} ms; ${arrows} arrows in the last view`,
      )
      const key = name.split(' ')[0]
      results[`scrubDiagramDrawP95Ms_${key}`] = percentile(draw, 95)
      results[`scrubJumpP95Ms_${key}`] = percentile(total, 95)
    }
    return { ...results, ...(await scrubLarge(page, base)) }
  })
}

/** Waits for the page, and for a far moment the link asked for to be simulated (in slices). */
async function simulated(page: Page) {
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 120_000 })
  await page
    .locator('.simulating')
    .waitFor({ state: 'detached', timeout: 300_000 })
    .catch(() => {})
}

const LARGE_MS = 30_000

async function scrubLarge(page: Page, base: string): Promise<Record<string, number>> {
  const scenario: Scenario = {
    version: 1,
    protocol: 'swim',
    nodes: 1000,
    seed: 1,
    params: {},
    inputs: [{ at: 10_000, type: 'crash', node: 'n7' }],
  }
  await page.goto(`${base}#${buildFragment({ scenario, t: LARGE_MS })}`)
  await simulated(page)
  let x = 777
  const times = Array.from({ length: JUMPS }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31
    return Math.round((x / 2 ** 31) * (LARGE_MS - 2000)) + 1000
  })
  const { total, draw } = (await page.evaluate(`(${SCRUB})(${JSON.stringify(times)})`)) as {
    total: number[]
    draw: number[]
  }
  total.sort((a, b) => a - b)
  draw.sort((a, b) => a - b)
  const lanes = await page.locator('.spacetime-canvas').getAttribute('data-lanes')
  console.log(
    `scrub, 1,000 SWIM members, 30 s  diagram draw p50 ${fmt(percentile(draw, 50), 2)} ms, p95 ${fmt(percentile(draw, 95), 2)} ms; whole jump to painted p50 ${fmt(percentile(total, 50), 1)} ms, p95 ${fmt(percentile(total, 95), 1)} ms; lanes ${lanes} in view`,
  )
  return {
    scrubSwim1000DiagramDrawP95Ms: percentile(draw, 95),
    scrubSwim1000JumpP95Ms: percentile(total, 95),
  }
}
