/**
 * The space-time diagram's layout over a 1-hour run: how long the index takes to build and
 * what it holds, then window queries while scrubbing (2 s and 30 s windows), and picking
 * an event's causal past and future, as the diagram does when one is selected.
 */

import { createSimulation, runUntil } from '../src/sim/kernel'
import { raft } from '../src/protocols/raft'
import { createRng, nextInt } from '../src/sim/prng'
import { SpacetimeIndex } from '../src/timeline/spacetime'
import { CausalIndex } from '../src/timeline/causality'
import { DEFAULT_SCENARIO } from '../src/app/default-scenario'
import { clientLoad } from './workloads'
import { fmt, percentile } from './stats'
import type { Protocol } from '../src/sim/protocol'
import type { Scenario } from '../src/scenario/types'
import type { TraceEntry } from '../src/sim/trace'

const HOUR_MS = 3_600_000
const protocol = raft as unknown as Protocol

function heapMB(): number {
  globalThis.gc?.()
  globalThis.gc?.()
  // Typed arrays live outside the JS heap: count their buffers too.
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return (heapUsed + arrayBuffers) / 1024 / 1024
}

/** Times `f` over each of `inputs`, after a warm-up; returns p50 and p95 in ms. */
function timeEach<T>(inputs: readonly T[], f: (input: T) => unknown) {
  for (const input of inputs.slice(0, 50)) f(input)
  const times = inputs.map((input) => {
    const start = performance.now()
    f(input)
    return performance.now() - start
  })
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! }
}

/** Window starts as a user scrubs: runs of small steps, with jumps between runs. */
function scrubPositions(widthMs: number, count: number): number[] {
  const rng = createRng(widthMs)
  const positions: number[] = []
  let at = 0
  for (let i = 0; i < count; i++) {
    if (i % 100 === 0) at = nextInt(rng, 0, HOUR_MS - widthMs)
    at = Math.min(HOUR_MS - widthMs, at + widthMs / 60) // a 60th of the window per frame
    positions.push(at)
  }
  return positions
}

function measure(name: string, scenario: Scenario): Record<string, number> {
  const sim = createSimulation(scenario, protocol)
  let start = performance.now()
  runUntil(sim.ctx, sim.world, HOUR_MS)
  const simSeconds = (performance.now() - start) / 1000
  const trace: readonly TraceEntry[] = sim.ctx.recorder!.entries!
  console.log(
    `spacetime: ${name.padEnd(12)} ${fmt(trace.length)} trace entries in a 1-hour run (simulated in ${fmt(simSeconds, 1)} s)`,
  )

  const before = heapMB()
  start = performance.now()
  const index = new SpacetimeIndex({
    nodes: sim.ctx.ids,
    inputs: scenario.inputs,
    kindOf: (p) => protocol.messageKind(p),
    timeoutTimer: protocol.spec.timeoutTimer,
  }).update(trace)
  const buildMs = performance.now() - start
  const indexMB = heapMB() - before
  start = performance.now()
  const causal = new CausalIndex(sim.ctx.ids).update(trace)
  const clocksMs = performance.now() - start
  const clocksMB = heapMB() - before - indexMB
  console.log(
    `  build                     layout ${fmt(buildMs)} ms, ${fmt(indexMB, 1)} MB; vector clocks ${fmt(clocksMs)} ms, ${fmt(clocksMB, 1)} MB`,
  )

  const results: Record<string, number> = {}
  for (const widthMs of [2000, 30_000]) {
    const positions = scrubPositions(widthMs, 2000)
    let drawn = 0
    const t = timeEach(positions, (at) => {
      const w = index.visible(at, at + widthMs)
      drawn += w.arrows.length + w.marks.length
    })
    const label = `visible(), ${widthMs / 1000} s window`
    console.log(
      `  ${label.padEnd(26)}p50 ${fmt(t.p50, 3)} ms, p95 ${fmt(t.p95, 3)} ms, max ${fmt(t.max, 2)} ms (${fmt(drawn / (positions.length + 50))} arrows and marks each)`,
    )
    results[`spacetime${name === 'idle' ? 'Idle' : 'Load'}${widthMs / 1000}sP95Ms`] = t.p95
  }

  // Selecting an event: its past and future, then a look at everything a 30 s window shows.
  const rng = createRng(9)
  const picked = Array.from({ length: 400 }, () => {
    let entry = nextInt(rng, 0, trace.length - 1)
    while (causal.laneOf(entry) === null) entry++
    const at = trace[entry]!.t
    return { entry, window: index.visible(at - 15_000, at + 15_000) }
  })
  const t = timeEach(picked, ({ entry, window }) => {
    const past = causal.pastOf(entry)
    const future = causal.futureOf(entry)
    let lit = 0
    for (const a of window.arrows) if (past.has(a.sendIndex) || future.has(a.sendIndex)) lit++
    for (const m of window.marks) if (past.has(m.eventIndex) || future.has(m.eventIndex)) lit++
    return lit
  })
  console.log(
    `  select an event           p50 ${fmt(t.p50, 3)} ms, p95 ${fmt(t.p95, 3)} ms (past and future cuts, tested on a 30 s window)`,
  )
  const key = name === 'idle' ? 'Idle' : 'Load'
  results[`spacetime${key}BuildMs`] = buildMs
  results[`spacetime${key}IndexMB`] = indexMB
  results[`spacetime${key}ClocksMs`] = clocksMs
  results[`spacetime${key}ClocksMB`] = clocksMB
  results[`spacetime${key}SelectP95Ms`] = t.p95
  return results
}

export function benchSpacetime(): Record<string, number> {
  if (!globalThis.gc) console.log('spacetime: run with node --expose-gc to measure memory')
  return {
    ...measure('idle', DEFAULT_SCENARIO),
    ...measure(
      'client load',
      clientLoad({ nodes: 5, seed: 11, durationMs: HOUR_MS, everyMs: 1000 }),
    ),
  }
}
