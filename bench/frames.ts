/**
 * Frames while playing, in headless Chromium: the app's production build is served
 * locally, opened on a scenario, and played. The page itself measures each frame: its
 * time, and the main thread's work in it, from the first animation-frame callback to a
 * task posted from that callback (which runs once the frame's script, style, layout and
 * paint are done). FRAMES_PROFILE=<folder> also saves a CPU profile and a Chromium trace
 * of each case there, to see where the time goes (FRAMES_NO_CPU=1: the trace alone, whose
 * events carry thread time, which a busy machine does not inflate).
 */

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildFragment } from '../src/scenario/codec'
import { clientLoad, putLoad, swimCrash } from './workloads'
import { withApp } from './browser'
import { fmt, percentile } from './stats'
import type { Page } from '@playwright/test'
import type { Scenario } from '../src/scenario/types'

const PORT = 4199
/** Played before sampling, so the first frames (React settling, a first draw) are not counted. */
const WARM_UP_MS = 1000
/** Issue 18's goal for the main thread's work per frame, p95. */
const WORK_GOAL_MS = 8
const PUT_EVERY_MS = 200

/** The side panel tab open while playing (the checks, diagram and event log always are). */
type Tab = 'Node' | 'Clients' | 'History' | 'Charts'

interface Case {
  readonly name: string
  /** Names the case's numbers in .bench/latest.json; FRAMES_ONLY filters on it. */
  readonly key: string
  readonly scenario: Scenario
  readonly speed: string
  readonly startAt: number
  readonly sampleMs: number
  readonly viewport?: { readonly width: number; readonly height: number }
  readonly tab?: Tab
  /** A `put` sent every PUT_EVERY_MS by pressing the Clients panel's Send, in the page. */
  readonly sendPuts?: boolean
  /** Only the graph, the timeline and playback (`embed=1`): the graph's cost without the rest. */
  readonly embed?: boolean
}

/**
 * Issue 18's workload: 1280×800, real time, a put every 200 ms, 10-s windows, every panel
 * open. The side panel shows one tab at a time, so each cluster size is played three
 * times: with Clients open, its Send pressed every 200 ms from the page; and with History,
 * then Charts open, where the Clients form is not on screen and the same puts come from
 * the scenario instead (the same inputs, without the re-simulation an added one costs).
 */
function putCases(nodes: number, seed: number): Case[] {
  const base = {
    speed: '1',
    startAt: 2000,
    sampleMs: 10_000,
    viewport: { width: 1280, height: 800 },
  }
  const atRest: Scenario = { version: 1, protocol: 'raft', nodes, seed, params: {}, inputs: [] }
  const loaded = putLoad({ nodes, seed, fromMs: 500, durationMs: 60_000, everyMs: PUT_EVERY_MS })
  return [
    {
      ...base,
      name: `Raft ${nodes}, puts from Clients, 1×`,
      key: `puts${nodes}clients`,
      scenario: atRest,
      tab: 'Clients',
      sendPuts: true,
    },
    {
      ...base,
      name: `Raft ${nodes}, puts, History open, 1×`,
      key: `puts${nodes}history`,
      scenario: loaded,
      tab: 'History',
    },
    {
      ...base,
      name: `Raft ${nodes}, puts, Charts open, 1×`,
      key: `puts${nodes}charts`,
      scenario: loaded,
      tab: 'Charts',
    },
  ]
}

const CASES: readonly Case[] = [
  ...putCases(9, 3),
  ...putCases(25, 5),
  {
    name: '9 nodes, 1/10×',
    key: '9nodes',
    scenario: clientLoad({ nodes: 9, seed: 3, durationMs: 60_000, everyMs: 200 }),
    speed: '0.1',
    startAt: 2000,
    sampleMs: 6000,
  },
  {
    name: '25 nodes, 1,700 messages in flight, 1/10×',
    key: '25nodes',
    scenario: {
      ...clientLoad({ nodes: 25, seed: 5, durationMs: 60_000, everyMs: 50 }),
      params: { latencyMs: [150, 400], heartbeatMs: 50, electionTimeoutMs: [800, 1600] },
    },
    speed: '0.1',
    startAt: 4000,
    sampleMs: 6000,
  },
  // SWIM around a crash: the canvas graph, its nodes' colours changing as news spreads.
  ...(
    [
      ['SWIM, 200 nodes, 1/10×', 'swim200', 200, '0.1', false],
      ['SWIM, 1,000 nodes, 1/10×', 'swim1000', 1000, '0.1', false],
      ['SWIM, 1,000 nodes, real time', 'swim1000x1', 1000, '1', false],
      ['SWIM, 200 nodes, graph alone, 1/10×', 'swim200embed', 200, '0.1', true],
      ['SWIM, 1,000 nodes, graph alone, 1/10×', 'swim1000embed', 1000, '0.1', true],
      ['SWIM, 1,000 nodes, graph alone, real time', 'swim1000embedx1', 1000, '1', true],
    ] as const
  ).map(([name, key, nodes, speed, embed]): Case => ({
    name,
    key,
    scenario: swimCrash({ nodes, seed: 1, crashAt: 10_000 }),
    speed,
    startAt: 9800,
    sampleMs: 6000,
    embed,
  })),
]

/**
 * Installed before the app loads: every animation frame callback goes through a wrapper,
 * and the first one of each frame notes the time and posts a message to itself. When the
 * message arrives, the frame's callbacks, style, layout and paint are over: that span is
 * the frame's work. A string, not a function: tsx would wrap a function in helpers the
 * page does not have.
 */
const FRAME_PROBE = `(() => {
  const raf = window.requestAnimationFrame.bind(window)
  const channel = new MessageChannel()
  const probe = { on: false, frames: [], work: [], draws: [] }
  window.__frameProbe = probe
  let frameTs = -1
  let started = 0
  channel.port1.onmessage = () => probe.work.push(performance.now() - started)
  window.requestAnimationFrame = (callback) =>
    raf((ts) => {
      if (ts !== frameTs) {
        frameTs = ts
        if (probe.on) {
          started = performance.now()
          probe.frames.push(ts)
          const graph = document.querySelector('.lg')
          if (graph !== null) probe.draws.push(Number(graph.dataset.drawMs))
          channel.port2.postMessage(0)
        }
      }
      callback(ts)
    })
})()`

/** Samples for `ms`, with a frame asked for every frame so none goes uncounted. */
const SAMPLE = (ms: number) => `new Promise((resolve) => {
  const probe = window.__frameProbe
  probe.frames.length = probe.work.length = probe.draws.length = 0
  probe.on = true
  const end = performance.now() + ${ms}
  const tick = (now) => {
    if (now < end) return requestAnimationFrame(tick)
    probe.on = false
    // The last frame's message may still be on its way.
    setTimeout(() => resolve({ frames: probe.frames, work: probe.work, draws: probe.draws }), 50)
  }
  requestAnimationFrame(tick)
})`

/** Presses the Clients panel's Send every PUT_EVERY_MS, each put with the next value. */
const SEND_PUTS = `(() => {
  const form = document.querySelector('form.client-form')
  const value = form.querySelector('input[id$="-value"]')
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  let i = 1
  const next = () => {
    setValue.call(value, String(i++))
    value.dispatchEvent(new Event('input', { bubbles: true }))
  }
  next()
  window.__puts = setInterval(() => {
    form.querySelector('button[type="submit"]').click()
    next()
  }, ${PUT_EVERY_MS})
})()`

interface Sample {
  readonly frames: number[]
  readonly work: number[]
  readonly draws: number[]
}

async function profiled<T>(page: Page, c: Case, run: () => Promise<T>): Promise<T> {
  const folder = process.env.FRAMES_PROFILE
  if (folder === undefined) return run()
  mkdirSync(folder, { recursive: true })
  const cpu = process.env.FRAMES_NO_CPU === undefined
  const cdp = await page.context().newCDPSession(page)
  if (cpu) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 })
    await cdp.send('Profiler.start')
  }
  const browser = page.context().browser()!
  await browser.startTracing(page, {
    categories: [
      'toplevel',
      'devtools.timeline',
      'blink',
      'disabled-by-default-devtools.timeline',
      ...(process.env.FRAMES_INVALIDATIONS
        ? ['disabled-by-default-devtools.timeline.invalidationTracking']
        : []),
      'disabled-by-default-devtools.timeline.stack',
    ],
  })
  const result = await run()
  writeFileSync(join(folder, `${c.key}.trace.json`), await browser.stopTracing())
  if (cpu) {
    const { profile } = await cdp.send('Profiler.stop')
    writeFileSync(join(folder, `${c.key}.cpuprofile`), JSON.stringify(profile))
  }
  await cdp.detach()
  return result
}

async function measure(page: Page, c: Case) {
  const viewport = c.viewport ?? { width: 1440, height: 900 }
  await page.setViewportSize(viewport)
  await page.goto(
    `http://127.0.0.1:${PORT}/#${buildFragment({ scenario: c.scenario, t: c.startAt, embed: c.embed })}`,
  )
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 180_000 })
  await page.getByRole('button', { name: /^n1: / }).waitFor({ timeout: 180_000 })
  if (c.tab !== undefined) await page.getByRole('tab', { name: c.tab, exact: true }).click()
  await page.getByLabel('Speed').selectOption(c.speed)
  // FRAMES_HIDE=<selector> hides those parts of the page: what is left costs the difference.
  const hide = process.env.FRAMES_HIDE
  if (hide) await page.addStyleTag({ content: `${hide} { display: none !important }` })
  // FRAMES_CSS=<rules> adds them to the page: to try a style before building it in.
  if (process.env.FRAMES_CSS) await page.addStyleTag({ content: process.env.FRAMES_CSS })
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  if (c.sendPuts === true) await page.evaluate(SEND_PUTS)
  await page.waitForTimeout(WARM_UP_MS)
  // Drawn messages: what the canvas graph or the graph's message canvas says it drew, or
  // the SVG graph's elements (its legend's glyphs have no id).
  const inFlight = await page.evaluate(
    `document.querySelector('.lg')?.dataset.messages ?? document.querySelector('.cg-msg-canvas')?.dataset.messages ?? document.querySelectorAll('.cg-msg[data-id]').length`,
  )
  const sample = (await profiled(page, c, () => page.evaluate(SAMPLE(c.sampleMs)))) as Sample
  await page.evaluate('clearInterval(window.__puts)')
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  const { frames } = sample
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!)
  return {
    fps: (1000 * gaps.length) / (frames.at(-1)! - frames[0]!),
    gaps: gaps.sort((a, b) => a - b),
    work: sample.work.sort((a, b) => a - b),
    draws: sample.draws.sort((a, b) => a - b),
    inFlight: Number(inFlight),
  }
}

export async function benchFrames(): Promise<Record<string, number>> {
  return withApp(PORT, async (page) => {
    await page.addInitScript(FRAME_PROBE)
    const results: Record<string, number> = {}
    // FRAMES_ONLY=puts9 runs the cases whose key contains it (several: puts9,25nodes).
    const only = (process.env.FRAMES_ONLY ?? '').split(',')
    for (const c of CASES.filter((x) => only.some((o) => x.key.includes(o)))) {
      const { fps, gaps, work, draws, inFlight } = await measure(page, c)
      const workP95 = percentile(work, 95)
      console.log(
        `frames, ${c.name.padEnd(42)} ${fmt(fps, 1)} fps; gap p95 ${fmt(percentile(gaps, 95), 1)} ms, max ${fmt(gaps.at(-1)!, 1)} ms; work per frame p50 ${fmt(percentile(work, 50), 1)} ms, p95 ${fmt(workP95, 1)} ms over ${work.length} frames (goal: 60 fps, work p95 <= ${WORK_GOAL_MS} ms); ${inFlight} messages drawn at start`,
      )
      if (draws.length > 0) {
        console.log(
          `        canvas graph draw p50 ${fmt(percentile(draws, 50), 2)} ms, p95 ${fmt(percentile(draws, 95), 2)} ms`,
        )
        results[`graphDrawP95Ms_${c.key}`] = percentile(draws, 95)
      }
      results[`framesP95Ms_${c.key}`] = percentile(gaps, 95)
      results[`framesFps_${c.key}`] = fps
      results[`frameWorkP95Ms_${c.key}`] = workP95
    }
    return results
  })
}
