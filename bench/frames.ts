/**
 * Frame time while playing, in headless Chromium: the app's production build is served
 * locally, opened on a scenario, and played; the page records the time between animation
 * frames (long frames show up as long gaps), and a Chromium trace taken meanwhile gives
 * the main thread's work in each frame (script, style, layout, paint: every task it ran).
 */

import { buildFragment } from '../src/scenario/codec'
import { clientLoad, swimCrash } from './workloads'
import { withApp } from './browser'
import { fmt, percentile } from './stats'
import type { Page } from '@playwright/test'
import type { Scenario } from '../src/scenario/types'

const PORT = 4199
const SAMPLE_MS = 6000
/** Played before sampling, so the first frames (React settling, a first draw) are not counted. */
const WARM_UP_MS = 500
/** Goal: a frame every 16.7 ms (60 fps), the main thread's share of it inside that. */
const FRAME_MS = 1000 / 60

interface Case {
  readonly name: string
  /** Names the case's numbers in .bench/latest.json. */
  readonly key: string
  readonly scenario: Scenario
  readonly speed: string
  readonly startAt: number
  /** Only the graph, the timeline and playback (`embed=1`): the graph's cost without the rest. */
  readonly embed?: boolean
}

const CASES: readonly Case[] = [
  {
    name: '9 nodes',
    key: '9nodes',
    scenario: clientLoad({ nodes: 9, seed: 3, durationMs: 60_000, everyMs: 200 }),
    speed: '0.1',
    startAt: 2000,
  },
  {
    name: '25 nodes, hundreds of messages in flight',
    key: '25nodes',
    scenario: {
      ...clientLoad({ nodes: 25, seed: 5, durationMs: 60_000, everyMs: 50 }),
      params: { latencyMs: [150, 400], heartbeatMs: 50, electionTimeoutMs: [800, 1600] },
    },
    speed: '0.1',
    startAt: 4000,
  },
  // SWIM around a crash: the canvas graph, its nodes' colours changing as news spreads.
  {
    name: 'SWIM, 200 nodes, 1/10×',
    key: 'swim200',
    scenario: swimCrash({ nodes: 200, seed: 1, crashAt: 10_000 }),
    speed: '0.1',
    startAt: 9800,
  },
  {
    name: 'SWIM, 1,000 nodes, 1/10×',
    key: 'swim1000',
    scenario: swimCrash({ nodes: 1000, seed: 1, crashAt: 10_000 }),
    speed: '0.1',
    startAt: 9800,
  },
  {
    name: 'SWIM, 1,000 nodes, real time',
    key: 'swim1000x1',
    scenario: swimCrash({ nodes: 1000, seed: 1, crashAt: 10_000 }),
    speed: '1',
    startAt: 9800,
  },
  {
    name: 'SWIM, 200 nodes, graph alone, 1/10×',
    key: 'swim200embed',
    scenario: swimCrash({ nodes: 200, seed: 1, crashAt: 10_000 }),
    speed: '0.1',
    startAt: 9800,
    embed: true,
  },
  {
    name: 'SWIM, 1,000 nodes, graph alone, 1/10×',
    key: 'swim1000embed',
    scenario: swimCrash({ nodes: 1000, seed: 1, crashAt: 10_000 }),
    speed: '0.1',
    startAt: 9800,
    embed: true,
  },
  {
    name: 'SWIM, 1,000 nodes, graph alone, real time',
    key: 'swim1000embedx1',
    scenario: swimCrash({ nodes: 1000, seed: 1, crashAt: 10_000 }),
    speed: '1',
    startAt: 9800,
    embed: true,
  },
]

/** Records the gaps between animation frames for SAMPLE_MS, in the page. */
// A string, not a function: tsx would wrap a function in helpers the page does not have.
// The canvas graph's own draw time is read each frame from what it reports on its element.
const FRAME_GAPS = `new Promise((resolve) => {
  const gaps = []
  const draws = []
  const graph = document.querySelector('.lg')
  let last = performance.now()
  const end = last + ${SAMPLE_MS}
  const tick = (now) => {
    gaps.push(now - last)
    if (graph !== null) draws.push(Number(graph.dataset.drawMs))
    last = now
    if (now < end) requestAnimationFrame(tick)
    else resolve({ gaps, draws })
  }
  requestAnimationFrame(tick)
})`

interface TraceEvent {
  readonly name: string
  readonly ph: string
  readonly pid: number
  readonly tid: number
  readonly ts: number
  readonly dur?: number
  readonly args?: { readonly name?: string }
}

/**
 * The renderer main thread's busy time in each frame, in ms. A frame starts with the task
 * that runs its animation frame callbacks (all of one frame's run inside one task); its
 * work is that task and every other top-level task before the next frame's.
 */
export function workPerFrame(events: readonly TraceEvent[]): number[] {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const tasksOf = (m: TraceEvent) =>
    events
      .filter(
        (e) =>
          e.pid === m.pid &&
          e.tid === m.tid &&
          e.ph === 'X' &&
          e.name === 'ThreadControllerImpl::RunTask',
      )
      .sort((a, b) => a.ts - b.ts)
  // The page's renderer is the busy one.
  const tasks = mains.map(tasksOf).sort((a, b) => b.length - a.length)[0] ?? []
  if (tasks.length === 0) return []
  const { pid, tid } = tasks[0]!
  const callbacks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.name === 'FireAnimationFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b)
  const work: number[] = []
  let c = 0
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0)
    while (c < callbacks.length && callbacks[c]! < task.ts) c++
    const startsFrame = c < callbacks.length && callbacks[c]! <= end
    if (startsFrame) work.push(0)
    if (work.length > 0) work[work.length - 1]! += (task.dur ?? 0) / 1000
  }
  // The last frame may be cut short by the end of the trace.
  return work.slice(0, -1)
}

async function measure(page: Page, c: Case) {
  await page.goto(
    `http://127.0.0.1:${PORT}/#${buildFragment({ scenario: c.scenario, t: c.startAt, embed: c.embed })}`,
  )
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 180_000 })
  await page.getByRole('button', { name: /^n1: / }).waitFor({ timeout: 180_000 })
  // Drawn messages: the SVG graph's elements, or what the canvas graph says it drew.
  const inFlight = await page.evaluate(
    `document.querySelector('.lg')?.dataset.messages ?? document.querySelectorAll('.cg-msg').length`,
  )
  await page.getByLabel('Speed').selectOption(c.speed)
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await page.waitForTimeout(WARM_UP_MS)
  const browser = page.context().browser()!
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] })
  const { gaps, draws } = (await page.evaluate(FRAME_GAPS)) as { gaps: number[]; draws: number[] }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[]
  }
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  const work = workPerFrame(trace.traceEvents).sort((a, b) => a - b)
  return {
    gaps: gaps.slice(5).sort((a, b) => a - b),
    work,
    draws: draws.sort((a, b) => a - b),
    inFlight: Number(inFlight),
  }
}

export async function benchFrames(): Promise<Record<string, number>> {
  return withApp(PORT, async (page) => {
    const results: Record<string, number> = {}
    // FRAMES_ONLY=swim1000 runs the cases whose key contains it.
    const only = process.env.FRAMES_ONLY ?? ''
    for (const c of CASES.filter((x) => x.key.includes(only))) {
      const { gaps, work, draws, inFlight } = await measure(page, c)
      const p50 = percentile(gaps, 50)
      const p95 = percentile(gaps, 95)
      const fps = (1000 * gaps.length) / gaps.reduce((a, b) => a + b, 0)
      const workP95 = percentile(work, 95)
      console.log(
        `frames, ${c.name.padEnd(42)} ${fmt(fps, 1)} fps; gap p50 ${fmt(p50, 1)} ms, p95 ${fmt(p95, 1)} ms, max ${fmt(gaps.at(-1)!, 1)} ms over ${gaps.length} frames; main-thread work per frame p50 ${fmt(percentile(work, 50), 1)} ms, p95 ${fmt(workP95, 1)} ms (goal: gap and work p95 <= ${fmt(FRAME_MS, 1)} ms); ${inFlight} messages drawn at start`,
      )
      if (draws.length > 0) {
        console.log(
          `        canvas graph draw p50 ${fmt(percentile(draws, 50), 2)} ms, p95 ${fmt(percentile(draws, 95), 2)} ms`,
        )
        results[`graphDrawP95Ms_${c.key}`] = percentile(draws, 95)
      }
      results[`framesP95Ms_${c.key}`] = p95
      results[`framesFps_${c.key}`] = fps
      results[`frameWorkP95Ms_${c.key}`] = workP95
    }
    return results
  })
}
