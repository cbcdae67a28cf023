/**
 * A miner's own random draws (how long until it finds its next block), from a PRNG whose
 * whole state is one number in its context, seeded from the scenario's seed and its id:
 * the same scenario finds the same blocks at the same times.
 */

import { nextFloat } from '../../sim/prng'

export function seedFor(seed: number, id: string, restarts: number): number {
  let h = (seed ^ 0x6a09e667) | 0
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return Math.imul(h ^ restarts, 0x85ebca6b) | 0
}

/**
 * An exponential wait with the given mean, in whole milliseconds (at least 1), and the
 * PRNG's next state. Finding a block is memoryless: each hash is a fresh lottery ticket.
 */
export function exponentialMs(meanMs: number, rng: number): [number, number] {
  const r = { s: rng }
  const u = nextFloat(r)
  return [Math.max(1, Math.round(-Math.log(1 - u) * meanMs)), r.s]
}
