/**
 * The explorer, for every protocol: how many ten-second runs of the correct protocol it gets
 * through per minute on one core (the goal is 10,000), whether the correct protocol survives
 * them all, and for each broken variant how long it takes from seed 1 to find a failure
 * (within 3,000 seeds) and then to shrink it.
 */

import { availableParallelism } from 'node:os'
import { explore } from '../src/check/explore'
import { exploreParallel } from '../src/cli/explore-parallel'
import { protocolLookup } from '../src/protocols/registry'
import { fmt } from './stats'

const WARMUP_RUNS = 100
const RUNS = 2000
const SEEDS = 3000

/** Protocols whose correct version is known to break under the explorer's faults, and why. */
const KNOWN_UNSAFE: Readonly<Record<string, string>> = {
  '3pc': 'three-phase commit is unsafe under partitions (Skeen, 1981), as documented',
}

function runsPerMinute(protocol: string): number {
  explore({ protocol, seeds: WARMUP_RUNS, fromSeed: 1_000_000 })
  const start = performance.now()
  const { runs, found } = explore({ protocol, seeds: RUNS })
  const ms = performance.now() - start
  if (found !== null) {
    const known = KNOWN_UNSAFE[protocol]
    console.log(
      known === undefined
        ? `explore: the correct ${protocol} failed at seed ${found.seed}!`
        : `explore: ${protocol} broke an invariant at seed ${found.seed}: expected, ${known}`,
    )
  }
  return (runs / ms) * 60_000
}

function findAndShrink(protocol: string, variant: string) {
  const start = performance.now()
  let shrinkStart = NaN
  let shrinkRuns = 0
  const { found } = explore({
    protocol,
    variant,
    seeds: SEEDS,
    onProgress: (p) => {
      if (p.phase === 'shrink' && Number.isNaN(shrinkStart)) shrinkStart = performance.now()
      shrinkRuns = p.shrinkRuns
    },
  })
  const end = performance.now()
  if (Number.isNaN(shrinkStart)) shrinkStart = end
  return { found, findMs: shrinkStart - start, shrinkMs: end - shrinkStart, shrinkRuns }
}

function benchProtocol(protocol: string, results: Record<string, number>): void {
  const rate = runsPerMinute(protocol)
  console.log(
    `${`explore, correct ${protocol}`.padEnd(34)} ${fmt(rate).padStart(9)} runs/min  (10 s runs, one core, seeds 1–${RUNS}; goal 10,000)`,
  )
  results[`exploreRunsPerMin_${protocol}`] = Math.round(rate)
  for (const variant of protocolLookup.get(protocol)!.spec.variants) {
    const { found, findMs, shrinkMs, shrinkRuns } = findAndShrink(protocol, variant)
    const label = `explore, ${protocol} ${variant}`.padEnd(34)
    if (found === null) {
      console.log(`${label} nothing found in seeds 1–${SEEDS}`)
      continue
    }
    const what = `seed ${found.seed}, ${found.invariant}, ${found.inputsBefore} → ${found.inputsAfter} inputs in ${shrinkRuns} shrinking runs`
    console.log(
      `${label} ${fmt(findMs).padStart(6)} ms to find, ${fmt(shrinkMs).padStart(6)} ms to shrink  (${what})`,
    )
    results[`exploreFindMs_${protocol}_${variant}`] = Math.round(findMs)
    results[`exploreShrinkMs_${protocol}_${variant}`] = Math.round(shrinkMs)
  }
}

/** `explore --workers N` on every core: Raft's runs per minute, beside one thread's. */
function benchWorkers(results: Record<string, number>): void {
  const workers = availableParallelism()
  const start = performance.now()
  const { runs, found } = exploreParallel({ protocol: 'raft', seeds: RUNS }, workers)
  const rate = (runs / (performance.now() - start)) * 60_000
  if (found !== null) console.log(`explore: the correct raft failed at seed ${found.seed}!`)
  console.log(
    `${`explore, correct raft, ${workers} threads`.padEnd(34)} ${fmt(rate).padStart(9)} runs/min  (--workers ${workers}, thread start-up included; one thread: ${fmt(results.exploreRunsPerMin_raft ?? NaN)})`,
  )
  results.exploreRunsPerMinWorkers_raft = Math.round(rate)
}

export function benchExplore(): Record<string, number> {
  const results: Record<string, number> = {}
  if (process.env.EXPLORE_ONLY === 'raft') {
    benchProtocol('raft', results)
    benchWorkers(results)
    return results
  }
  for (const protocol of protocolLookup.keys()) benchProtocol(protocol, results)
  benchWorkers(results)
  return results
}
