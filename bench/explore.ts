/**
 * The explorer: how many ten-second runs of the correct Raft it gets through per minute on
 * one core (the goal is 10,000), and for each broken variant, how long it takes from seed 1
 * to find a failure and then to shrink it.
 */

import { explore } from '../src/check/explore'
import { RAFT_VARIANT_IDS } from '../src/protocols/raft/variants'
import { fmt } from './stats'

const WARMUP_RUNS = 100
const RUNS = 1000
const SEEDS = 200

function runsPerMinute(): number {
  explore({ protocol: 'raft', seeds: WARMUP_RUNS, fromSeed: 1_000_000 })
  const start = performance.now()
  const { runs, found } = explore({ protocol: 'raft', seeds: RUNS })
  const ms = performance.now() - start
  if (found !== null) console.log(`explore: the correct Raft failed at seed ${found.seed}!`)
  return (runs / ms) * 60_000
}

function findAndShrink(variant: string) {
  const start = performance.now()
  let shrinkStart = NaN
  let shrinkRuns = 0
  const { found } = explore({
    protocol: 'raft',
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

export function benchExplore(): Record<string, number> {
  const results: Record<string, number> = {}
  const rate = runsPerMinute()
  console.log(
    `${'explore, correct Raft'.padEnd(28)} ${fmt(rate).padStart(9)} runs/min  (10 s runs, one core, seeds 1–${RUNS}; goal 10,000)`,
  )
  results['exploreRunsPerMin'] = Math.round(rate)
  for (const variant of RAFT_VARIANT_IDS) {
    const { found, findMs, shrinkMs, shrinkRuns } = findAndShrink(variant)
    const label = `explore, ${variant}`.padEnd(28)
    if (found === null) {
      console.log(`${label} nothing found in seeds 1–${SEEDS}`)
      continue
    }
    const what = `seed ${found.seed}, ${found.invariant}, ${found.inputsBefore} → ${found.inputsAfter} inputs in ${shrinkRuns} shrinking runs`
    console.log(
      `${label} ${fmt(findMs).padStart(6)} ms to find, ${fmt(shrinkMs).padStart(6)} ms to shrink  (${what})`,
    )
    results[`exploreFindMs_${variant}`] = Math.round(findMs)
    results[`exploreShrinkMs_${variant}`] = Math.round(shrinkMs)
  }
  return results
}
