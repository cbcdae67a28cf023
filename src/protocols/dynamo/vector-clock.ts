/**
 * Vector clocks as Dynamo versions its values (DeCandia et al. 2007, §4.4; Lamport 1978,
 * Fidge and Mattern 1988): a counter per node that coordinated a write. One version
 * descends from another when it has seen every write the other has; two versions that
 * do not descend from each other are concurrent, and a read returns both as siblings for
 * the client to reconcile. Clocks are plain sorted objects, never mutated, so they hash,
 * compare and serialise the same everywhere.
 */

/** Node id → how many writes it coordinated that this version has seen. Zeros are left out. */
export type VectorClock = Readonly<Record<string, number>>

export const EMPTY_CLOCK: VectorClock = {}

/** How two versions stand: `a` happened before `b`, after it, is the same, or neither. */
export type Order = 'before' | 'after' | 'equal' | 'concurrent'

function sorted(entries: [string, number][]): VectorClock {
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.filter(([, n]) => n > 0))
}

/** The clock of a write that `node` coordinates on top of `clock`. */
export function tick(clock: VectorClock, node: string): VectorClock {
  return sorted(Object.entries({ ...clock, [node]: (clock[node] ?? 0) + 1 }))
}

/** The least clock that has seen everything both have seen (each node's maximum). */
export function merge(a: VectorClock, b: VectorClock): VectorClock {
  const out: Record<string, number> = { ...a }
  for (const [node, n] of Object.entries(b)) out[node] = Math.max(out[node] ?? 0, n)
  return sorted(Object.entries(out))
}

export function compare(a: VectorClock, b: VectorClock): Order {
  let aAhead = false
  let bAhead = false
  for (const node of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[node] ?? 0
    const y = b[node] ?? 0
    if (x > y) aAhead = true
    else if (y > x) bAhead = true
  }
  if (aAhead && bAhead) return 'concurrent'
  if (aAhead) return 'after'
  if (bAhead) return 'before'
  return 'equal'
}

/** Whether `a` has seen everything `b` has (equal counts as descending). */
export function descends(a: VectorClock, b: VectorClock): boolean {
  const order = compare(a, b)
  return order === 'after' || order === 'equal'
}

export interface Version<V> {
  readonly value: V
  readonly clock: VectorClock
}

/**
 * The versions worth keeping: each one that no other version has seen, once. What a
 * replica stores for a key, and what a read returns (more than one: siblings).
 */
export function siblings<T extends { readonly clock: VectorClock }>(versions: readonly T[]): T[] {
  const kept: T[] = []
  versions.forEach((v, i) => {
    const superseded = versions.some((w, j) => {
      const order = compare(v.clock, w.clock)
      // Of equal clocks the first is kept; a clock another has passed is dropped.
      return order === 'before' || (order === 'equal' && j < i)
    })
    if (!superseded) kept.push(v)
  })
  return kept
}

/** The clock a client sends back with a write that resolves these siblings. */
export function context(versions: readonly { readonly clock: VectorClock }[]): VectorClock {
  return versions.reduce((clock, v) => merge(clock, v.clock), EMPTY_CLOCK)
}

/** A clock in words: `[n1:2, n3:1]`, or `[]` for none. */
export function formatClock(clock: VectorClock): string {
  return `[${Object.entries(clock)
    .map(([node, n]) => `${node}:${n}`)
    .join(', ')}]`
}
