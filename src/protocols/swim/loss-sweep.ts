/**
 * Detection time and false positives against message loss: the scenario's protocol and
 * parameters run headlessly at each loss rate, a few seeds each, with members crashed on
 * a fixed plan. Read from the checker's ghost state: when every live member had marked a
 * crashed member dead (its detection time, from the crash), and each declaration of a live
 * member dead (a false positive). Pure and deterministic: the same scenario gives the same
 * numbers, in Node (tests) and in a worker (the view). The size is capped so that a sweep
 * takes seconds: at most 32 members, two seeds, about 35 protocol periods a run.
 */

import { createSimulation, runUntil } from '../../sim/kernel'
import { KERNEL_PARAMS, resolveParams } from '../../sim/params'
import { protocolLookup } from '../registry'
import type { Input, Scenario } from '../../scenario/types'
import type { SwimGhost } from './invariants'

export const SWEEP_LOSS_RATES: readonly number[] = [0, 0.05, 0.1, 0.2, 0.3]
export const SWEEP_MAX_MEMBERS = 32
export const SWEEP_SEEDS = 2

/** When the crashes come, in protocol periods, and how long a run goes on after the last. */
const CRASH_PERIODS = [4, 6]
const AFTER_PERIODS = 24

export interface SweepCase {
  readonly lossRate: number
  readonly scenario: Scenario
  readonly untilMs: number
}

export interface CaseResult {
  readonly lossRate: number
  /** Crash to every live member marking it dead, per crashed member that was detected. */
  readonly detectionsMs: readonly number[]
  readonly undetected: number
  readonly falsePositives: number
  /** Up time summed over the members, in minutes. */
  readonly memberMinutes: number
}

export interface SweepPoint {
  readonly lossRate: number
  /** The median detection time, or null when no crash was detected in time. */
  readonly detectionMs: number | null
  readonly detected: number
  readonly undetected: number
  readonly falsePositivesPerMemberMinute: number
  readonly runs: number
}

/** The runs of a sweep of `scenario`, in the order they are run (loss rate, then seed). */
export function sweepPlan(scenario: Scenario): SweepCase[] {
  const spec = protocolLookup.get(scenario.protocol)!.spec
  const params = resolveParams({ ...KERNEL_PARAMS, ...spec.params }, scenario.params)
  const periodMs = Number(params.periodMs)
  const members = Math.max(3, Math.min(scenario.nodes, SWEEP_MAX_MEMBERS))
  const crashes = members >= 8 ? CRASH_PERIODS : CRASH_PERIODS.slice(0, 1)
  // The last members crash (any would do: SWIM treats all alike).
  const inputs: Input[] = crashes.map((periods, i) => ({
    at: periods * periodMs,
    type: 'crash',
    node: `n${members - i}`,
  }))
  const suspicionMs =
    Number(params.suspicionMult) *
    Math.max(1, Math.log10(members)) *
    periodMs *
    (params.dogpile === true ? Number(params.suspicionMaxMult) : 1)
  const untilMs = inputs.at(-1)!.at + suspicionMs + AFTER_PERIODS * periodMs
  return SWEEP_LOSS_RATES.flatMap((lossRate) =>
    Array.from({ length: SWEEP_SEEDS }, (_, k) => ({
      lossRate,
      untilMs,
      scenario: {
        version: 1 as const,
        protocol: scenario.protocol,
        ...(scenario.variant === undefined ? {} : { variant: scenario.variant }),
        nodes: members,
        seed: scenario.seed + k,
        params: { ...scenario.params, lossRate },
        inputs,
      },
    })),
  )
}

export function runCase(c: SweepCase): CaseResult {
  const { scenario, untilMs } = c
  const sim = createSimulation(scenario, protocolLookup.get(scenario.protocol)!, {
    keepTrace: false,
  })
  runUntil(sim.ctx, sim.world, untilMs)
  const ghost = sim.world.ghost as SwimGhost
  const detectionsMs = ghost.detections.map((d) => d.deadAt - d.crashedAt)
  const downMs = scenario.inputs.reduce((sum, i) => sum + (untilMs - i.at), 0)
  return {
    lossRate: c.lossRate,
    detectionsMs,
    undetected: scenario.inputs.length - detectionsMs.length,
    falsePositives: ghost.falsePositives.length,
    memberMinutes: (scenario.nodes * untilMs - downMs) / 60_000,
  }
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** One point per loss rate that has results, in the order of SWEEP_LOSS_RATES. */
export function summarise(results: readonly CaseResult[]): SweepPoint[] {
  return SWEEP_LOSS_RATES.flatMap((lossRate) => {
    const runs = results.filter((r) => r.lossRate === lossRate)
    if (runs.length === 0) return []
    const detections = runs.flatMap((r) => r.detectionsMs)
    const minutes = runs.reduce((sum, r) => sum + r.memberMinutes, 0)
    const falsePositives = runs.reduce((sum, r) => sum + r.falsePositives, 0)
    return [
      {
        lossRate,
        detectionMs: median(detections),
        detected: detections.length,
        undetected: runs.reduce((sum, r) => sum + r.undetected, 0),
        falsePositivesPerMemberMinute: minutes > 0 ? falsePositives / minutes : 0,
        runs: runs.length,
      },
    ]
  })
}

/** The whole sweep at once (tests; the worker runs it case by case to report progress). */
export function runSweep(scenario: Scenario): SweepPoint[] {
  return summarise(sweepPlan(scenario).map(runCase))
}
