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
import { CausalSweep } from '../src/timeline/causal-sweep'
import { protocolLookup } from '../src/protocols/registry'
import { DEFAULT_SCENARIO } from '../src/app/default-scenario'
import { clientLoad } from './workloads'
import { fmt, percentile } from './stats'
import type { Protocol } from '../src/sim/protocol'
import type { Scenario } from '../src/scenario/types'
import type { Trace } from '../src/sim/trace'

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
  const trace: Trace = sim.ctx.recorder!.entries!
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
    const at = trace.timeAt(entry)
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
    ...measureLarge(),
  }
}

const LARGE_MS = 30_000
const swim = protocolLookup.get('swim')!

/**
 * 1,000 SWIM members for 30 s, n7 crashing at 10 s: what a frame of the diagram asks for
 * (a 2 s window of every lane, as it drew before; of the 12 lanes in view, as it draws
 * now) and what picking an event costs (vector clocks over the run, as before, against a
 * sweep of the trace from the event to the window).
 */
function measureLarge(): Record<string, number> {
  const scenario: Scenario = {
    version: 1,
    protocol: 'swim',
    nodes: 1000,
    seed: 1,
    params: {},
    inputs: [{ at: 10_000, type: 'crash', node: 'n7' }],
  }
  const sim = createSimulation(scenario, swim)
  runUntil(sim.ctx, sim.world, LARGE_MS)
  const trace: Trace = sim.ctx.recorder!.entries!
  const ids = sim.ctx.ids
  let start = performance.now()
  const index = new SpacetimeIndex({
    nodes: ids,
    inputs: scenario.inputs,
    kindOf: (p) => swim.messageKind(p),
    timeoutTimer: swim.spec.timeoutTimer,
  }).update(trace)
  const buildMs = performance.now() - start
  console.log(
    `spacetime: 1,000 SWIM      ${fmt(trace.length)} trace entries in 30 s; layout built in ${fmt(buildMs)} ms`,
  )
  const rng = createRng(21)
  const windows = Array.from({ length: 200 }, () => nextInt(rng, 0, LARGE_MS - 2000))
  let all = 0
  const every = timeEach(windows, (at) => (all += index.visible(at, at + 2000).arrows.length))
  let some = 0
  const inView = timeEach(windows, (at) => {
    const first = nextInt(rng, 0, ids.length - 12)
    some += index.visibleOn(at, at + 2000, ids.slice(first, first + 12)).arrows.length
  })
  const runs = windows.length + 50
  console.log(
    `  2 s window, every lane      p50 ${fmt(every.p50, 2)} ms, p95 ${fmt(every.p95, 2)} ms (${fmt(all / runs)} arrows)`,
  )
  console.log(
    `  2 s window, 12 lanes        p50 ${fmt(inView.p50, 3)} ms, p95 ${fmt(inView.p95, 3)} ms (${fmt(some / runs)} arrows)`,
  )

  // Vector clocks: one number per node per event. Built over 2 s only, then scaled.
  let shortEnd = 0
  while (shortEnd < trace.length && trace.timeAt(shortEnd) <= 2000) shortEnd++
  start = performance.now()
  new CausalIndex(ids).update(trace.prefix(shortEnd))
  const clocksMs = ((performance.now() - start) * trace.length) / shortEnd
  const clocksMB = (trace.length * ids.length * 4) / 1024 / 1024
  const picks = Array.from({ length: 40 }, () => nextInt(rng, 0, trace.length - 1))
  const pick = timeEach(picks, (entry) => {
    // Fresh cuts each time, asked about a 2 s window around the event, as the diagram does.
    const fresh = new CausalSweep(ids).update(trace)
    const past = fresh.pastOf(entry)
    const future = fresh.futureOf(entry)
    const at = trace.timeAt(entry)
    for (const a of index.visibleOn(at - 1000, at + 1000, ids.slice(0, 12)).arrows) {
      past.has(a.sendIndex)
      future.has(a.sendIndex)
    }
  })
  console.log(
    `  pick an event               vector clocks ~${fmt(clocksMs / 1000, 0)} s and ${fmt(clocksMB)} MB before the first pick (estimated from 2 s); sweep p50 ${fmt(pick.p50)} ms, p95 ${fmt(pick.p95)} ms a pick`,
  )
  return {
    swim1000WindowAllLanesP95Ms: every.p95,
    swim1000WindowInViewP95Ms: inView.p95,
    swim1000ClocksEstimatedMs: clocksMs,
    swim1000ClocksMB: clocksMB,
    swim1000PickP95Ms: pick.p95,
  }
}
