/**
 * Random choices keyed by what they are about: a hash of the seed and a few numbers that
 * name the moment (which node, when, why), so the same moment always gets the same answer.
 */

import { mix } from '../../sim/hash'

/** A number in [0, 1). */
export function decide(seed: number, key: readonly number[]): number {
  let h = mix(0x2545f491, seed | 0)
  for (const k of key) h = mix(h, k | 0)
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b)
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296
}

/** A whole number in [lo, hi], both inclusive. */
export function decideInt(seed: number, key: readonly number[], lo: number, hi: number): number {
  return lo + Math.floor(decide(seed, key) * (hi - lo + 1))
}
