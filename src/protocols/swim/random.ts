/**
 * A member's own random choices (probe order, ping-req helpers, gossip targets), drawn
 * from a PRNG whose whole state is one number in its context, seeded from the scenario's
 * seed, its id and its incarnation: the same scenario makes the same choices.
 */

import { nextFloat } from '../../sim/prng'

export function seedFor(seed: number, id: string, incarnation: number): number {
  let h = (seed ^ 0x9e3779b9) | 0
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return Math.imul(h ^ incarnation, 0x85ebca6b) | 0
}

/** A float in [0, 1) and the PRNG's next state. */
export function draw(rng: number): [number, number] {
  const r = { s: rng }
  const x = nextFloat(r)
  return [x, r.s]
}

/** A shuffled copy (Fisher–Yates) and the PRNG's next state. */
export function shuffle<T>(items: readonly T[], rng: number): [T[], number] {
  const out = items.slice()
  const r = { s: rng }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(nextFloat(r) * (i + 1))
    const t = out[i]!
    out[i] = out[j]!
    out[j] = t
  }
  return [out, r.s]
}

/** Up to k distinct items chosen at random, and the PRNG's next state. */
export function pick<T>(items: readonly T[], k: number, rng: number): [T[], number] {
  if (k >= items.length) return shuffle(items, rng)
  const r = { s: rng }
  const chosen = new Set<number>()
  const out: T[] = []
  while (out.length < k) {
    const j = Math.floor(nextFloat(r) * items.length)
    if (chosen.has(j)) continue
    chosen.add(j)
    out.push(items[j]!)
  }
  return [out, r.s]
}
