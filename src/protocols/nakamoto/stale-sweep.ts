/**
 * Stale blocks against propagation delay: the scenario's block interval, run headlessly at
 * each delay (every message takes exactly that long) with equal miners, no faults and no
 * clients. A block is stale when it is off the main chain at the end; only blocks at least
 * k below the main tip count, where the race for a height is over. The simple model: a
 * block goes stale when another is found while it travels, so the rate is about
 * 1 − e^(−delay/interval). Pure and deterministic: the same scenario gives the same
 * numbers, in Node (tests) and in a worker (the view).
 */

import { createSimulation, runUntil } from '../../sim/kernel'
import { KERNEL_PARAMS, resolveParams } from '../../sim/params'
import { protocolLookup } from '../registry'
import { staleCounts } from './measures'
import type { NakamotoGhost } from './invariants'
import type { Scenario } from '../../scenario/types'

/** Delays swept, as fractions of the block interval. */
export const SWEEP_DELAY_RATIOS: readonly number[] = [0, 0.05, 0.1, 0.2, 0.3, 0.5]
export const SWEEP_MINERS = 16
/** Blocks a run is expected to find. */
export const SWEEP_BLOCKS = 400

export interface StaleCase {
  readonly delayMs: number
  readonly intervalMs: number
  readonly scenario: Scenario
  readonly untilMs: number
}

export interface StalePoint {
  readonly delayMs: number
  readonly intervalMs: number
  /** Blocks at least k below the main tip, and how many of them are off the main chain. */
  readonly decided: number
  readonly stale: number
  readonly rate: number
  /** The binomial standard error of the rate. */
  readonly standardError: number
  /** 1 − e^(−delay/interval). */
  readonly model: number
}

export const staleModel = (delayMs: number, intervalMs: number) =>
  1 - Math.exp(-delayMs / intervalMs)

export function stalePlan(scenario: Scenario, blocks = SWEEP_BLOCKS): StaleCase[] {
  const spec = protocolLookup.get('nakamoto')!.spec
  const params = resolveParams({ ...KERNEL_PARAMS, ...spec.params }, scenario.params)
  const intervalMs = Number(params.blockIntervalMs)
  return SWEEP_DELAY_RATIOS.map((ratio) => {
    const delayMs = Math.round(ratio * intervalMs)
    return {
      delayMs,
      intervalMs,
      untilMs: blocks * intervalMs,
      scenario: {
        version: 1 as const,
        protocol: 'nakamoto',
        nodes: SWEEP_MINERS,
        seed: scenario.seed,
        params: {
          blockIntervalMs: intervalMs,
          confirmations: Number(params.confirmations),
          latencyMs: [delayMs, delayMs],
        },
        inputs: [],
      },
    }
  })
}

export function runStaleCase(c: StaleCase): StalePoint {
  const sim = createSimulation(c.scenario, protocolLookup.get('nakamoto')!, { keepTrace: false })
  // Only the checker's ghost is read: nothing is recorded, not even the trace's hash.
  sim.ctx.recorder = null
  runUntil(sim.ctx, sim.world, c.untilMs)
  const { decided, stale } = staleCounts(sim.world.ghost as NakamotoGhost)
  const rate = decided === 0 ? 0 : stale / decided
  return {
    delayMs: c.delayMs,
    intervalMs: c.intervalMs,
    decided,
    stale,
    rate,
    standardError: decided === 0 ? 0 : Math.sqrt((rate * (1 - rate)) / decided),
    model: staleModel(c.delayMs, c.intervalMs),
  }
}

export function runStaleSweep(scenario: Scenario, blocks = SWEEP_BLOCKS): StalePoint[] {
  return stalePlan(scenario, blocks).map(runStaleCase)
}
