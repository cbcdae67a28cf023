/**
 * Parts of messages made once and sent again: the master's ping lists each task it has
 * assigned, and a worker's pong each task it has finished, on every heartbeat until the
 * other side acts on it. Messages are never written to, so equal parts may be one object;
 * and the trace's hash caches a nested object's hash by identity (sim/hash.ts), so a part
 * sent again costs it one lookup instead of a walk over a reduce task's locations or output.
 */

import { sameItems } from '../same-items'
import type { Assignment, Finished } from './types'

const mapAssignments = new Map<string, Assignment>()
/** The last assignment made of each reduce task (its locations may have changed since). */
const reduceAssignments = new Map<string, Assignment>()
const finishedMaps = new Map<string, Finished>()
const finishedReduces = new WeakMap<NonNullable<Finished['output']>, Finished>()

/** `{ key }`: map task `key`. */
export function mapAssignment(key: string): Assignment {
  let a = mapAssignments.get(key)
  if (a === undefined) mapAssignments.set(key, (a = { key }))
  return a
}

/** `{ key, locations }`: reduce task `key`, to fetch from `locations`. */
export function reduceAssignment(key: string, locations: readonly (string | null)[]): Assignment {
  const last = reduceAssignments.get(key)
  if (last !== undefined && sameItems(last.locations!, locations)) return last
  const a = { key, locations }
  reduceAssignments.set(key, a)
  return a
}

/** `{ key, output: null }`: map task `key` is done, its files ready. */
export function finishedMap(key: string): Finished {
  let f = finishedMaps.get(key)
  if (f === undefined) finishedMaps.set(key, (f = { key, output: null }))
  return f
}

/** `{ key, output }`: reduce task `key` is done, with this output. */
export function finishedReduce(key: string, output: NonNullable<Finished['output']>): Finished {
  const f = finishedReduces.get(output)
  if (f !== undefined && f.key === key) return f
  const made = { key, output }
  finishedReduces.set(output, made)
  return made
}
