/**
 * The seeded PRNG (mulberry32). Its whole state is one 32-bit integer, so a checkpoint
 * copies it by value and a run is reproduced from its seed alone.
 */

export interface Rng {
  s: number
}

export function createRng(seed: number): Rng {
  return { s: seed | 0 }
}

/** A float in [0, 1). */
export function nextFloat(rng: Rng): number {
  rng.s = (rng.s + 0x6d2b79f5) | 0
  let t = rng.s
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** An integer in [lo, hi], both inclusive. */
export function nextInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(nextFloat(rng) * (hi - lo + 1))
}

/**
 * A whole number of milliseconds drawn from a [lo, hi] range, or the fixed value given.
 * A range too narrow to hold a whole number ([10.2, 10.8]) gives its lower end.
 */
export function drawMs(rng: Rng, ms: number | readonly [number, number]): number {
  if (typeof ms === 'number') return ms
  const lo = Math.ceil(ms[0])
  const hi = Math.floor(ms[1])
  return lo > hi ? ms[0] : nextInt(rng, lo, hi)
}
