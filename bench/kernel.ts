/** Kernel throughput: events per second for 5-node Raft under client load, in Node. */

import { createSimulation, runUntil } from '../src/sim/kernel'
import { raft } from '../src/protocols/raft'
import { clientLoad } from './workloads'
import { fmt, median } from './stats'
import type { Protocol } from '../src/sim/protocol'

const protocol = raft as unknown as Protocol

function eventsPerSecond(keepTrace: boolean): { rate: number; events: number } {
  const scenario = clientLoad({ nodes: 5, seed: 7, durationMs: 60_000, everyMs: 50 })
  const sim = createSimulation(scenario, protocol, { keepTrace })
  const start = performance.now()
  runUntil(sim.ctx, sim.world, 60_000)
  const ms = performance.now() - start
  return { rate: (sim.world.events / ms) * 1000, events: sim.world.events }
}

export function benchKernel(): Record<string, number> {
  const results: Record<string, number> = {}
  for (const keepTrace of [false, true]) {
    for (let i = 0; i < 3; i++) eventsPerSecond(keepTrace) // warm-up: let the JIT settle
    const runs = Array.from({ length: 5 }, () => eventsPerSecond(keepTrace))
    const rate = median(runs.map((r) => r.rate))
    const label = keepTrace ? 'kernel, trace kept' : 'kernel, trace hashed only'
    console.log(
      `${label.padEnd(28)} ${fmt(rate).padStart(9)} events/s  (5-node Raft, 20 client ops/s, ${fmt(runs[0]!.events)} events per 60 s run, median of 5)`,
    )
    results[keepTrace ? 'kernelEventsPerSecTrace' : 'kernelEventsPerSec'] = Math.round(rate)
  }
  return results
}
