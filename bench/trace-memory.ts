/**
 * What the trace of a 1-hour, 5-node Raft run under client load holds in memory, and what
 * each index the app builds over it adds: the heap (plus array buffers) after a full gc,
 * measured before and after each step. Run with `node --expose-gc` (npm run bench does).
 */

import { Timeline } from '../src/timeline/timeline'
import { raft } from '../src/protocols/raft'
import type { Protocol } from '../src/sim/protocol'
import type { SimContext } from '../src/sim/context'
import { clientLoad } from './workloads'
import { fmt } from './stats'

const HOUR_MS = 3_600_000
const protocol = raft as unknown as Protocol

function heldMB(): number {
  for (let i = 0; i < 3; i++) globalThis.gc!()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return (heapUsed + arrayBuffers) / 1024 / 1024
}

function hourRun(): Timeline {
  const scenario = clientLoad({ nodes: 5, seed: 11, durationMs: HOUR_MS, everyMs: 1000 })
  const timeline = new Timeline(scenario, protocol)
  timeline.extendTo(HOUR_MS)
  return timeline
}

/** The heap a step adds, in MB, and prints it. */
function step(label: string, run: () => unknown): number {
  const before = heldMB()
  run()
  const mb = heldMB() - before
  console.log(`${label.padEnd(30)}${fmt(mb, 1)} MB`)
  return mb
}

export function benchTraceMemory(): Record<string, number> {
  if (globalThis.gc === undefined) {
    console.log('trace memory                  (run with node --expose-gc to measure)')
    return {}
  }
  // The trace alone: a run's heap with it, less the same run's heap once it is let go.
  const first = hourRun()
  const entries = first.trace.length
  const withTrace = heldMB()
  // The run's context is private: let go of its recorder (and so its trace) from outside.
  ;(first as unknown as { ctx: SimContext }).ctx.recorder = null
  const traceMB = withTrace - heldMB()
  console.log(
    `trace, 1-hour 5-node run      ${fmt(traceMB, 1)} MB for ${fmt(entries)} entries (${fmt((traceMB * 1024 * 1024) / entries, 0)} bytes each)`,
  )

  // Each index, built over a second run in the order the app may build them.
  const timeline = hourRun()
  const results: Record<string, number> = { traceMB, traceEntries: entries }
  results.messagesMarkersMB = step('messages, markers, violations', () => timeline.updateIndexes())
  results.eventIndexMB = step('event index', () => timeline.eventIndex())
  results.causalityMB = step('causality (vector clocks)', () => timeline.causality())
  results.seriesMB = step('series', () => timeline.series())
  results.spacetimeMB = step('space-time layout', () => timeline.spacetime())
  const indexesMB =
    results.messagesMarkersMB! +
    results.eventIndexMB! +
    results.causalityMB! +
    results.seriesMB! +
    results.spacetimeMB!
  results.traceAndIndexesMB = traceMB + indexesMB
  console.log(`trace and indexes             ${fmt(traceMB + indexesMB, 1)} MB (goal <= 60 MB)`)
  return results
}
