/**
 * What each `state` entry of the trace changed on its node. The trace records a node's
 * view (role, term, commit) whenever it changes; the meaning of a change (an election
 * started, a leader elected, a crash) lies in the difference from the node's previous
 * view, so it is read here once, for markers and the space-time diagram alike.
 */

import type { TraceEntry } from '../sim/trace'

export type StateEntry = Extract<TraceEntry, { kind: 'state' }>

/** The role a crashed node is recorded with. */
export const CRASHED = 'crashed'

// Role words of the protocols so far; a protocol with other words adds them here.
const LEADER_ROLES = new Set(['leader'])
const CANDIDATE_ROLES = new Set(['candidate'])

export interface StateChange {
  /** The node's first state of the run (its start, not a restart). */
  readonly started: boolean
  readonly crashed: boolean
  readonly restarted: boolean
  /** It became a candidate, or stayed one in a new term: an election (re)started. */
  readonly electionStarted: boolean
  /** It became leader, or leader in a new term. */
  readonly becameLeader: boolean
  /** Its commit before (0 after a start or restart) and after. */
  readonly commitFrom: number
  readonly commitTo: number
}

interface View {
  readonly role: string
  readonly term: number | null
  readonly commit: number
}

export class RoleTracker {
  private readonly views = new Map<string, View>()

  /** Reads one state entry; entries must come in trace order. */
  read(e: StateEntry): StateChange {
    const was = this.views.get(e.node)
    const commitFrom = was === undefined || was.role === CRASHED ? 0 : was.commit
    const commitTo = e.commit ?? commitFrom
    this.views.set(e.node, { role: e.role, term: e.term, commit: commitTo })
    const renewed = was === undefined || was.role !== e.role || was.term !== e.term
    return {
      started: was === undefined,
      crashed: e.role === CRASHED,
      restarted: was?.role === CRASHED && e.role !== CRASHED,
      electionStarted: CANDIDATE_ROLES.has(e.role) && renewed,
      becameLeader: LEADER_ROLES.has(e.role) && renewed,
      commitFrom,
      commitTo,
    }
  }
}

export function isLeaderRole(role: string): boolean {
  return LEADER_ROLES.has(role)
}
