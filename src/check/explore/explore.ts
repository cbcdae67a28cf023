/**
 * The explorer: from a range of seeds, random fault schedules, each run with a nemesis that
 * aims faults at leaders, until an invariant breaks or the client history is not
 * linearizable; the first failure is shrunk to a small scenario that fails the same way.
 * Pure and deterministic (no DOM, no Node APIs), so it runs in a Web Worker as well as in
 * the CLI; progress comes through a callback, and `shouldStop` cancels between runs.
 */

import { runWithNemesis } from './nemesis'
import { runForFailure, sameFailure } from './run'
import { exploreScenario, faultWindowMs } from './schedule'
import { shrink } from './shrink'
import { protocolLookup } from '../../protocols/registry'
import type { ExploreOptions, ExploreResult, Failure, Finding } from './types'
import type { Protocol } from '../../sim/protocol'
import type { Scenario } from '../../scenario/types'

export const DEFAULT_RUN_MS = 10_000

export function explore(options: ExploreOptions): ExploreResult {
  const protocol = protocolLookup.get(options.protocol)
  if (protocol === undefined) throw new RangeError(`unknown protocol "${options.protocol}"`)
  const variant = options.variant ?? null
  if (variant !== null && !protocol.spec.variants.includes(variant)) {
    throw new RangeError(`unknown variant "${variant}" of ${protocol.spec.name}`)
  }
  const runMs = options.runMs ?? DEFAULT_RUN_MS
  const fromSeed = options.fromSeed ?? 1
  const outOfTime = budget(options)
  const stop = () => outOfTime() || (options.shouldStop?.() ?? false)
  const result = (runs: number, found: Finding | null): ExploreResult => ({
    protocol: protocol.spec.name,
    variant,
    runs,
    found,
  })
  let runs = 0
  for (let seed = fromSeed; seed < fromSeed + options.seeds && !stop(); seed++) {
    const { base, scenario, failure } = runSeed(protocol, variant, seed, runMs)
    runs++
    options.onProgress?.({ phase: 'explore', runs, seed, shrinkRuns: 0, inputs: 0 })
    if (failure !== null) {
      return result(
        runs,
        shrinkFinding({ seed, base, scenario, failure, protocol, runMs, options, runs }),
      )
    }
  }
  return result(runs, null)
}

/**
 * One seed's random schedule, run with its nemesis: the schedule, the scenario as run
 * (with the nemesis's faults) and how it failed, or null. The same for a seed wherever it
 * runs, so seeds may be split between threads or machines.
 */
export function runSeed(protocol: Protocol, variant: string | null, seed: number, runMs: number) {
  const base = exploreScenario(seed, protocol.spec, variant, runMs)
  const { scenario, failure } = runWithNemesis(base, protocol, nemesisOptions(seed, runMs))
  return { base, scenario, failure }
}

/**
 * What explore() reports when `seed` is the first seed of its range to fail (found
 * elsewhere, as by parallel workers): that seed's failure shrunk, after `runs` runs.
 */
export function exploreResultAt(options: ExploreOptions, seed: number): ExploreResult {
  const protocol = protocolLookup.get(options.protocol)!
  const variant = options.variant ?? null
  const runMs = options.runMs ?? DEFAULT_RUN_MS
  const runs = seed - (options.fromSeed ?? 1) + 1
  const { base, scenario, failure } = runSeed(protocol, variant, seed, runMs)
  if (failure === null) throw new RangeError(`explore: seed ${seed} does not fail`)
  const found = shrinkFinding({ seed, base, scenario, failure, protocol, runMs, options, runs })
  return { protocol: protocol.spec.name, variant, runs, found }
}

function nemesisOptions(seed: number, runMs: number) {
  return { seed, runMs, untilMs: faultWindowMs(runMs) }
}

interface Failed {
  readonly seed: number
  readonly base: Scenario
  readonly scenario: Scenario
  readonly failure: Failure
  readonly protocol: Protocol
  readonly runMs: number
  readonly options: ExploreOptions
  readonly runs: number
}

function shrinkFinding(f: Failed): Finding {
  let shrinkRuns = 0
  let inputs = f.scenario.inputs.length
  /** Every shrinking run goes through here, to be counted and reported. */
  const tried = (made: Scenario, again: Failure | null) => {
    shrinkRuns++
    const same = again !== null && sameFailure(again, f.failure)
    if (same) inputs = Math.min(inputs, made.inputs.length)
    f.options.onProgress?.({ phase: 'shrink', runs: f.runs, seed: f.seed, shrinkRuns, inputs })
    return same
  }
  const shrunk = shrink(f.scenario, {
    base: f.base,
    protocol: f.protocol,
    runMs: f.runMs,
    reaim: (base) => {
      const made = runWithNemesis(base, f.protocol, nemesisOptions(f.seed, f.runMs))
      return tried(made.scenario, made.failure) ? made.scenario : null
    },
    fails: (candidate) => tried(candidate, runForFailure(candidate, f.protocol, f.runMs)),
    // Cancelling mid-shrink keeps the smallest failing scenario found so far.
    stop: () => f.options.shouldStop?.() ?? false,
  })
  // Its own run gives the shrunk scenario's time and message (and checks it once more).
  const again = runForFailure(shrunk, f.protocol, f.runMs)
  const [scenario, failure] =
    again !== null && sameFailure(again, f.failure) ? [shrunk, again] : [f.scenario, f.failure]
  return {
    seed: f.seed,
    ...failure,
    inputsBefore: f.scenario.inputs.length,
    inputsAfter: scenario.inputs.length,
    scenario,
  }
}

/** Whether the wall-time budget, if any, is spent. It limits how many seeds run, nothing else. */
function budget(options: ExploreOptions): () => boolean {
  if (options.budgetMs === undefined) return () => false
  // Wall time is the caller's to give: the explorer itself never reads a real clock.
  const clock = options.clock
  if (clock === undefined) throw new RangeError('explore: a budgetMs needs a clock')
  const start = clock()
  return () => clock() - start > options.budgetMs!
}
