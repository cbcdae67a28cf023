/**
 * SWIM at scale, in Node: a 1,000-member group run for 60 virtual seconds, one member
 * crashing at 10 s, as `npm run sim -- run` would (trace kept), and as the explorer would
 * (trace hashed only). Prints events per second, the run's wall time and the heap it
 * holds at the end; and, per protocol, events per second on its example scenario, beside
 * Raft's, for the goal that every protocol stays within 2× of Raft.
 */

import { readFileSync } from 'node:fs'
import { createSimulation, runUntil } from '../src/sim/kernel'
import { protocolLookup } from '../src/protocols/registry'
import { clientLoad } from './workloads'
import { fmt, median } from './stats'
import type { Scenario } from '../src/scenario/types'

const RUN_MS = 60_000

const thousand: Scenario = {
  version: 1,
  protocol: 'swim',
  nodes: 1000,
  seed: 1,
  params: {},
  inputs: [{ at: 10_000, type: 'crash', node: 'n7' }],
}

const heapMB = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 1e6
}

function timed(scenario: Scenario, until: number, keepTrace: boolean) {
  const before = heapMB()
  const start = performance.now()
  const sim = createSimulation(scenario, protocolLookup.get(scenario.protocol)!, { keepTrace })
  runUntil(sim.ctx, sim.world, until)
  const ms = performance.now() - start
  const heldMB = heapMB() - before
  return { ms, events: sim.world.events, rate: (sim.world.events / ms) * 1000, heldMB, sim }
}

/**
 * Events per second over runs of `scenario` to `until`, repeated until they make 20,000
 * events: a scenario that ends early (a MapReduce job is done after a few hundred) is then
 * timed warm, over as many events as the others, not by its start-up and JIT warm-up.
 */
function rateOver20k(scenario: Scenario, until: number): number {
  let events = 0
  const start = performance.now()
  while (events < 20_000) {
    const sim = createSimulation(scenario, protocolLookup.get(scenario.protocol)!, {
      keepTrace: false,
    })
    runUntil(sim.ctx, sim.world, until)
    events += sim.world.events
  }
  return (events / (performance.now() - start)) * 1000
}

const EXAMPLES = [
  'design',
  'paxos',
  'primary-backup',
  'chain',
  'dynamo',
  '2pc',
  'swim',
  'nakamoto',
  'allreduce',
  'mapreduce',
] as const

/** `SWIM_EXAMPLES=nakamoto,design` runs only those examples (and not the 1,000-member group). */
const only = process.env.SWIM_EXAMPLES?.split(',')

export function benchSwimScale(): Record<string, number> {
  const results: Record<string, number> = {}
  for (const keepTrace of only === undefined ? [true, false] : []) {
    const run = timed(thousand, RUN_MS, keepTrace)
    const label = keepTrace ? 'swim 1,000 × 60 s, trace kept' : 'swim 1,000 × 60 s, hashed only'
    console.log(
      `${label.padEnd(34)} ${fmt(run.rate).padStart(9)} events/s  ${fmt(run.ms / 1000, 1)} s for ${fmt(run.events)} events, ${fmt(run.heldMB)} MB held`,
    )
    const key = keepTrace ? 'swim1000Trace' : 'swim1000Hashed'
    results[`${key}EventsPerSec`] = Math.round(run.rate)
    results[`${key}Seconds`] = Math.round(run.ms) / 1000
    results[`${key}HeapMB`] = Math.round(run.heldMB)
  }
  // Raft's events/s as the kernel bench measures it (5 nodes, 20 client ops/s): the yardstick
  // each protocol is held to (within 2×). Raft's own example, mostly heartbeats, runs faster.
  const raftLoad = clientLoad({ nodes: 5, seed: 7, durationMs: RUN_MS, everyMs: 50 })
  rateOver20k(raftLoad, RUN_MS)
  const raftRate = median(Array.from({ length: 5 }, () => rateOver20k(raftLoad, RUN_MS)))
  console.log(
    `${'raft (5 nodes, 20 client ops/s)'.padEnd(34)} ${fmt(raftRate).padStart(9)} events/s  (the kernel bench's workload: each protocol's yardstick)`,
  )
  results['events/s raft under client load'] = Math.round(raftRate)
  let designRate = NaN
  for (const name of EXAMPLES.filter((n) => only?.includes(n) ?? true)) {
    const scenario = JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as Scenario
    // Each example run long enough for 20,000 events (sparse ones make a few hundred a
    // minute, where start-up and JIT warm-up would decide the number), after a warm-up.
    const first = timed(scenario, RUN_MS, false)
    const until = Math.min(3_600_000, Math.max(RUN_MS, (20_000 / first.events) * RUN_MS))
    rateOver20k(scenario, until)
    const rates = Array.from({ length: 5 }, () => rateOver20k(scenario, until))
    const rate = median(rates)
    if (name === 'design') designRate = rate
    const versusDesign = Number.isNaN(designRate)
      ? ''
      : `, ${fmt(rate / designRate, 2)}× Raft's example`
    const ratio = rate / raftRate
    console.log(
      `${`${scenario.protocol} (examples/${name}.json)`.padEnd(34)} ${fmt(rate).padStart(9)} events/s  (${fmt(until / 1000)} s, hashed only, median of 5; ${fmt(ratio, 2)}× Raft under load${versusDesign}; goal ≥ 0.5×${ratio < 0.5 ? ' NOT MET' : ''})`,
    )
    results[`events/s ${scenario.protocol}`] = Math.round(rate)
  }
  return results
}
