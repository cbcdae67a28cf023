/** Seek latency at random times in a 1-hour virtual run, and the memory its checkpoints hold. */

import { Timeline } from '../src/timeline/timeline'
import { raft } from '../src/protocols/raft'
import { createRng, nextInt } from '../src/sim/prng'
import { clientLoad } from './workloads'
import { fmt, percentile } from './stats'
import type { Protocol } from '../src/sim/protocol'

const HOUR_MS = 3_600_000
const protocol = raft as unknown as Protocol

function heapMB(): number {
  globalThis.gc?.()
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

export function benchSeek(): Record<string, number> {
  const scenario = clientLoad({ nodes: 5, seed: 11, durationMs: HOUR_MS, everyMs: 1000 })
  const timeline = new Timeline(scenario, protocol)
  const start = performance.now()
  timeline.extendTo(HOUR_MS)
  const buildMs = performance.now() - start
  console.log(
    `1-hour run                    ${fmt(timeline.events)} events, ${fmt(timeline.trace.length)} trace entries, ${fmt(timeline.checkpoints.length)} checkpoints, simulated in ${fmt(buildMs / 1000, 1)} s`,
  )
  const rng = createRng(3)
  for (let i = 0; i < 20; i++) timeline.seek(nextInt(rng, 0, HOUR_MS)) // warm-up
  const times: number[] = []
  for (let i = 0; i < 400; i++) {
    const t = nextInt(rng, 0, HOUR_MS)
    const s = performance.now()
    timeline.seek(t)
    times.push(performance.now() - s)
  }
  times.sort((a, b) => a - b)
  const p50 = percentile(times, 50)
  const p95 = percentile(times, 95)
  console.log(
    `seek latency                  p50 ${fmt(p50, 2)} ms, p95 ${fmt(p95, 2)} ms, max ${fmt(times.at(-1)!, 2)} ms (400 random times; goal p95 <= 16 ms)`,
  )

  let checkpointMB = NaN
  if (globalThis.gc) {
    // What the checkpoints alone hold: the heap with them, less the heap once they are gone
    // (the head world, the trace and everything they share with the checkpoints remain).
    const count = timeline.checkpoints.length
    const withCheckpoints = heapMB()
    timeline.checkpoints.length = 1
    checkpointMB = withCheckpoints - heapMB()
    console.log(
      `checkpoint memory             ${fmt(checkpointMB, 1)} MB for ${fmt(count)} checkpoints (goal <= 50 MB); whole heap ${fmt(withCheckpoints, 0)} MB, mostly the trace`,
    )
  } else {
    console.log('checkpoint memory             (run with node --expose-gc to measure)')
  }
  return { seekP50Ms: p50, seekP95Ms: p95, checkpointMB, hourRunSeconds: buildMs / 1000 }
}
