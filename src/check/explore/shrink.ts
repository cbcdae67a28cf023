/**
 * Shrinking a failing run to a small scenario that fails the same way. A run is chaotic:
 * every message draws its latency from one stream, so removing any input changes the
 * timing of all that follows, and faults the nemesis aimed at a precise moment then miss
 * it. So shrinking goes in two phases. First, delta debugging over the random schedule
 * alone, with the nemesis aiming anew in each try, so that its faults still land where
 * they matter. Then delta debugging over the inputs of the smallest failing scenario as
 * they stand, aimed faults included, followed by dropping inputs the run ignores (a crash
 * of a node already down, a drop of a message id that is no longer in flight) and
 * parameters the failure does not need. Every step keeps a change only if the run still
 * fails the same way.
 */

import { ddmin } from './ddmin'
import { createSimulation, runUntil } from '../../sim/kernel'
import type { Protocol } from '../../sim/protocol'
import type { Input, Scenario } from '../../scenario/types'

export interface ShrinkArgs {
  /** The schedule before the nemesis added its faults. */
  readonly base: Scenario
  readonly protocol: Protocol
  readonly runMs: number
  /** Runs the nemesis over a schedule; the scenario it made, if it failed the same way. */
  readonly reaim: (base: Scenario) => Scenario | null
  /** Whether a scenario, run as it stands, still fails the same way. */
  readonly fails: (candidate: Scenario) => boolean
  readonly stop: () => boolean
}

/** Runs the first phase may take: past them it rarely finds much, and each costs a full run. */
const MAX_REAIM_RUNS = 200

/** Rounds of the second phase: each only removes, so this ends, and one usually does it. */
const MAX_ROUNDS = 3

/** The smallest failing scenario found; `failing` (a failing scenario) when nothing smaller is. */
export function shrink(failing: Scenario, args: ShrinkArgs): Scenario {
  let current = reaimed(failing, args)
  for (let round = 0; round < MAX_ROUNDS && !args.stop(); round++) {
    const size = inputsAndParams(current)
    const inputs = ddmin(current.inputs, (c) => args.fails(withInputs(current, c)), args.stop)
    current = withInputs(current, inputs)
    current = dropIgnored(current, args)
    current = dropParams(current, args)
    if (inputsAndParams(current) === size) break
  }
  return current
}

/** Phase one: the smallest scenario the nemesis makes fail from part of the schedule. */
function reaimed(failing: Scenario, args: ShrinkArgs): Scenario {
  let smallest = failing
  let runs = 0
  const fails = (inputs: readonly Input[]) => {
    runs++
    const made = args.reaim(withInputs(args.base, inputs))
    if (made !== null && made.inputs.length < smallest.inputs.length) smallest = made
    return made !== null
  }
  ddmin(args.base.inputs, fails, () => runs >= MAX_REAIM_RUNS || args.stop())
  return smallest
}

function withInputs(scenario: Scenario, inputs: readonly Input[]): Scenario {
  return { ...scenario, inputs }
}

function inputsAndParams(s: Scenario): number {
  return s.inputs.length + Object.keys(s.params).length
}

/** Indexes of the inputs that changed nothing when the scenario ran (the trace says why). */
function ignoredInputs(scenario: Scenario, protocol: Protocol, runMs: number): Set<number> {
  const { ctx, world } = createSimulation(scenario, protocol)
  runUntil(ctx, world, runMs)
  const ignored = new Set<number>()
  for (const e of ctx.recorder!.entries!.ofKind('input')) {
    if (e.ignored !== undefined) ignored.add(e.index)
  }
  return ignored
}

function dropIgnored(scenario: Scenario, args: ShrinkArgs): Scenario {
  if (args.stop()) return scenario
  const ignored = ignoredInputs(scenario, args.protocol, args.runMs)
  if (ignored.size === 0) return scenario
  const kept = withInputs(
    scenario,
    scenario.inputs.filter((_, i) => !ignored.has(i)),
  )
  return args.fails(kept) ? kept : scenario
}

/** Each parameter back to its default, where the failure does not need it. */
function dropParams(scenario: Scenario, args: ShrinkArgs): Scenario {
  let current = scenario
  for (const key of Object.keys(scenario.params)) {
    if (args.stop()) break
    const { [key]: _, ...params } = current.params
    const candidate = { ...current, params }
    if (args.fails(candidate)) current = candidate
  }
  return current
}
