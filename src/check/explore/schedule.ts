/**
 * The random schedule of one exploration run: the swarm's faults and client load over the
 * first four fifths of the run, then a calm end (heal, restart everything) in which a
 * broken protocol's damage still has time to show.
 */

import { randomScenario } from '../random-scenario'
import { createRng, nextInt } from '../../sim/prng'
import type { ProtocolSpec } from '../../sim/protocol'
import type { Scenario } from '../../scenario/types'

/**
 * Swarm testing: each seed draws how busy its faults and clients are. A quieter run breaks
 * less often, but what breaks it shrinks to fewer inputs.
 */
const FAULT_EVERY_MS = [300, 1000]
const CLIENT_EVERY_MS = [150, 500]

export function exploreScenario(
  seed: number,
  spec: ProtocolSpec,
  variant: string | null,
  runMs: number,
): Scenario {
  const rng = createRng(seed ^ 0x5a4a3)
  return randomScenario(seed, {
    protocol: spec.name,
    ...(variant === null ? {} : { variant }),
    flags: spec.params,
    txns: spec.clientOps.some((c) => c.op === 'txn'),
    votes: spec.votes === true,
    ...queries(spec),
    durationMs: faultWindowMs(runMs),
    faultEveryMs: FAULT_EVERY_MS[nextInt(rng, 0, FAULT_EVERY_MS.length - 1)]!,
    clientEveryMs: CLIENT_EVERY_MS[nextInt(rng, 0, CLIENT_EVERY_MS.length - 1)]!,
  })
}

/** A protocol whose clients neither get nor put asks its nodes with its first operation. */
function queries(spec: ProtocolSpec): { nodeQueries?: string } {
  const ops = spec.clientOps.map((c) => c.op)
  if (ops.includes('get') || ops.includes('put') || ops.includes('txn') || ops.length === 0)
    return {}
  return { nodeQueries: ops[0]! }
}

/** Faults come in the first four fifths of a run; the rest is calm. */
export function faultWindowMs(runMs: number): number {
  return Math.floor(runMs * 0.8)
}
