/**
 * Frame time while playing, in headless Chromium: the app's production build is served
 * locally, opened on a scenario, and played; the page records the time between animation
 * frames and the time each frame's work took (long frames show up as long gaps).
 */

import { buildFragment } from '../src/scenario/codec'
import { clientLoad } from './workloads'
import { withApp } from './browser'
import { fmt, percentile } from './stats'
import type { Scenario } from '../src/scenario/types'

const PORT = 4199
const SAMPLE_MS = 6000

interface Case {
  readonly name: string
  readonly scenario: Scenario
  readonly speed: string
  readonly startAt: number
}

const CASES: readonly Case[] = [
  {
    name: '9 nodes',
    scenario: clientLoad({ nodes: 9, seed: 3, durationMs: 60_000, everyMs: 200 }),
    speed: '0.1',
    startAt: 2000,
  },
  {
    name: '25 nodes, hundreds of messages in flight',
    scenario: {
      ...clientLoad({ nodes: 25, seed: 5, durationMs: 60_000, everyMs: 50 }),
      params: { latencyMs: [150, 400], heartbeatMs: 50, electionTimeoutMs: [800, 1600] },
    },
    speed: '0.1',
    startAt: 4000,
  },
]

async function measure(page: import('@playwright/test').Page, c: Case) {
  await page.goto(
    `http://127.0.0.1:${PORT}/#${buildFragment({ scenario: c.scenario, t: c.startAt })}`,
  )
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor()
  const inFlight = await page.evaluate(() => document.querySelectorAll('.cg-msg').length)
  await page.getByLabel('Speed').selectOption(c.speed)
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  // A string, not a function: tsx would wrap a function in helpers the page does not have.
  const gaps = (await page.evaluate(`new Promise((resolve) => {
    const out = []
    let last = performance.now()
    const end = last + ${SAMPLE_MS}
    const tick = (now) => {
      out.push(now - last)
      last = now
      if (now < end) requestAnimationFrame(tick)
      else resolve(out)
    }
    requestAnimationFrame(tick)
  })`)) as number[]
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  return { gaps: gaps.slice(5).sort((a, b) => a - b), inFlight }
}

export async function benchFrames(): Promise<Record<string, number>> {
  return withApp(PORT, async (page) => {
    const results: Record<string, number> = {}
    for (const c of CASES) {
      const { gaps, inFlight } = await measure(page, c)
      const p50 = percentile(gaps, 50)
      const p95 = percentile(gaps, 95)
      console.log(
        `frames, ${c.name.padEnd(42)} p50 ${fmt(p50, 1)} ms, p95 ${fmt(p95, 1)} ms, max ${fmt(gaps.at(-1)!, 1)} ms over ${gaps.length} frames, ${inFlight} messages drawn at start (goal p95 <= 16.7 ms)`,
      )
      results[`framesP95Ms_${c.scenario.nodes}nodes`] = p95
    }
    return results
  })
}
