/** Runs a Nakamoto scenario headlessly for tests: each miner's context and the measures at the end. */

import { createSimulation, runUntil } from '../../sim/kernel'
import { protocolLookup } from '../registry'
import { minerContextOf } from '.'
import { nakamotoMeasures } from './measures'
import type { NakamotoGhost } from './invariants'
import type { Block } from './types'
import type { Input, Params, Scenario } from '../../scenario/types'

export function nakamotoRun(options: {
  readonly nodes?: number
  readonly seed: number
  readonly params?: Params
  readonly inputs?: readonly Input[]
  readonly variant?: string
  readonly untilMs: number
}) {
  const scenario: Scenario = {
    version: 1,
    protocol: 'nakamoto',
    ...(options.variant === undefined ? {} : { variant: options.variant }),
    nodes: options.nodes ?? 5,
    seed: options.seed,
    params: options.params ?? {},
    inputs: options.inputs ?? [],
  }
  const kernel = protocolLookup.get('nakamoto')!
  const violations: string[] = []
  // No trace is kept (long runs); the checker is watched for what it reports instead.
  const invariants: typeof kernel.invariants = {
    ...kernel.invariants,
    check(...args) {
      const found = kernel.invariants.check(...args)
      for (const v of found) violations.push(v.invariant)
      return found
    },
  }
  const sim = createSimulation(scenario, { ...kernel, invariants }, { keepTrace: false })
  sim.ctx.recorder = null
  runUntil(sim.ctx, sim.world, options.untilMs)
  const ghost = sim.world.ghost as NakamotoGhost
  const miner = (id: string) => {
    const slot = sim.world.nodes.find((n) => n.id === id)!
    return slot.state === null ? null : minerContextOf(slot.state)
  }
  return { sim, ghost, miner, measures: nakamotoMeasures(ghost), violations }
}

/** A block for hand-made chains in tests: its miner read from its id (`n2.1` is n2's). */
export const testBlock = (id: string, parent: string, height: number): Block => ({
  id,
  parent,
  height,
  miner: id.split('.')[0]!,
  minedAt: 0,
  txs: [],
})
