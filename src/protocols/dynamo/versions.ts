/**
 * How a replica reconciles the versions of one key it holds and hears of. With vector
 * clocks it keeps every version no other has seen (siblings); with last-writer-wins or ABD
 * it keeps the one with the highest (timestamp, coordinator) and gives it the merged clock
 * of all, so that what the replica has seen never shrinks. Versions are kept in op order,
 * so two replicas holding the same versions hold equal lists.
 */

import { context, siblings, formatClock } from './vector-clock'
import type { Resolution, StoredVersion, Versions } from './types'

function byOp(a: StoredVersion, b: StoredVersion): number {
  return a.op < b.op ? -1 : a.op > b.op ? 1 : 0
}

/** Whether `a` wins over `b` by timestamp, then by coordinator, then by op. */
export function later(a: StoredVersion, b: StoredVersion): boolean {
  if (a.ts !== b.ts) return a.ts > b.ts
  if (a.by !== b.by) return a.by > b.by
  return a.op > b.op
}

export function reconcile(versions: Versions, resolution: Resolution): Versions {
  if (versions.length <= 1) return versions
  if (resolution === 'clocks') return siblings(versions).sort(byOp)
  const winner = versions.reduce((best, v) => (later(v, best) ? v : best))
  return [{ ...winner, clock: context(versions) }]
}

/** The versions after `incoming` arrives at a replica holding `held`. */
export function mergeVersions(held: Versions, incoming: Versions, resolution: Resolution) {
  if (incoming.length === 0) return held
  if (held.length === 0) return reconcile(incoming, resolution)
  return reconcile([...held, ...incoming], resolution)
}

/** Whether two lists hold the same writes with the same clocks. */
export function sameVersions(a: Versions, b: Versions): boolean {
  return a.length === b.length && a.every((v, i) => versionText(v) === versionText(b[i]!))
}

/** A version as text, for Merkle leaves and comparisons: its write, tag and clock. */
export function versionText(v: StoredVersion): string {
  return `${v.op}@${v.ts}.${v.by}${formatClock(v.clock)}`
}

/** What a get answers: no value, one, or siblings, as `a | b` in op order. */
export function outputOf(versions: Versions): string | null {
  if (versions.length === 0) return null
  return versions.map((v) => v.value).join(' | ')
}
