/**
 * Each node's last state entry, kept by the indexes that track roles, so that a branch's
 * copy of one can make its role tracker again from a few entries instead of the whole run.
 */

import { RoleTracker, type LookOf, type StateEntry } from './roles'
import type { TraceView } from '../sim/trace'

/** By node, the trace index of its last state entry read. */
export type LastStates = ReadonlyMap<string, number>

/** A role tracker that has read the entries `last` names (the last state of each node). */
export function rolesAfter(trace: TraceView, last: LastStates, look: LookOf): RoleTracker {
  const roles = new RoleTracker(look)
  for (const i of last.values()) roles.read(trace.at(i) as StateEntry)
  return roles
}
