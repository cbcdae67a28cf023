/**
 * Seek latency at random times in a 1-hour virtual run, and the memory its checkpoints hold;
 * then the same for a minute of 1,000 SWIM members, whose checkpoints are a world of 1,000
 * nodes each (one every 1,000 events, or every 3 per node as the app now keeps them).
 */

import { checkpointInterval, Timeline } from '../src/timeline/timeline'
import { raft } from '../src/protocols/raft'
import { protocolLookup } from '../src/protocols/registry'
import type { Scenario } from '../src/scenario/types'
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
  return {
    seekP50Ms: p50,
    seekP95Ms: p95,
    checkpointMB,
    hourRunSeconds: buildMs / 1000,
    ...benchSeekLarge(),
  }
}

const MINUTE_MS = 60_000
const LARGE_NODES = 1000

/** 1,000 SWIM members for a minute, n7 crashing at 10 s (the scale e2e's run). */
const swimLarge: Scenario = {
  version: 1,
  protocol: 'swim',
  nodes: LARGE_NODES,
  seed: 1,
  params: {},
  inputs: [{ at: 10_000, type: 'crash', node: 'n7' }],
}

/** Seeks and checkpoint memory in the large run, at the old interval and the new. */
function benchSeekLarge(): Record<string, number> {
  const results: Record<string, number> = {}
  const intervals = [
    ['old', 1000],
    ['new', checkpointInterval(LARGE_NODES)],
  ] as const
  for (const [name, interval] of intervals) {
    const timeline = new Timeline(swimLarge, protocolLookup.get('swim')!, { interval })
    const start = performance.now()
    timeline.extendTo(MINUTE_MS)
    const buildS = (performance.now() - start) / 1000
    const rng = createRng(5)
    for (let i = 0; i < 5; i++) timeline.seek(nextInt(rng, 0, MINUTE_MS)) // warm-up
    const times: number[] = []
    for (let i = 0; i < 60; i++) {
      const t = nextInt(rng, 0, MINUTE_MS)
      const s = performance.now()
      timeline.seek(t)
      times.push(performance.now() - s)
    }
    times.sort((a, b) => a - b)
    let mb = NaN
    const count = timeline.checkpoints.length
    if (globalThis.gc) {
      const withCheckpoints = heapMB()
      timeline.checkpoints.length = 1
      mb = withCheckpoints - heapMB()
    }
    console.log(
      `1,000 SWIM members, 1 min   every ${fmt(interval)} events: ${fmt(count)} checkpoints, ${fmt(mb, 0)} MB; seek p50 ${fmt(percentile(times, 50), 1)} ms, p95 ${fmt(percentile(times, 95), 1)} ms (simulated ${fmt(timeline.events)} events in ${fmt(buildS, 1)} s)`,
    )
    results[`swim1000SeekP95Ms_${name}`] = percentile(times, 95)
    results[`swim1000CheckpointMB_${name}`] = mb
  }
  return results
}
