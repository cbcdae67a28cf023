/**
 * A node's armed timers: name → generation of the one that may fire. The record is
 * replaced, never changed, since checkpoints share it; these make the next one with a
 * plain loop, which is several times cheaper than spreading with a computed key.
 */

export type Timers = Readonly<Record<string, number>>

/** The timers with `name` armed at generation `gen` (replacing any earlier one). */
export function withTimer(timers: Timers, name: string, gen: number): Timers {
  const next: Record<string, number> = {}
  for (const key in timers) next[key] = timers[key]!
  next[name] = gen
  return next
}

/** The timers without `name`. */
export function withoutTimer(timers: Timers, name: string): Timers {
  const next: Record<string, number> = {}
  for (const key in timers) if (key !== name) next[key] = timers[key]!
  return next
}
