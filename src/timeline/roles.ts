/**
 * What each `state` entry of the trace changed on its node. The trace records a node's
 * view (role, term, commit) whenever it changes; the meaning of a change (an election
 * started, a leader elected, a crash) lies in the difference from the node's previous
 * view, so it is read here once, for markers and the space-time diagram alike. Which
 * roles lead or seek to is the protocol's to say (`ProtocolSpec.roles`), not ours.
 */

import { epochText, roleLook } from '../protocols/epoch'
import { protocolLookup } from '../protocols/registry'
import type { TraceEntry } from '../sim/trace'
import type { ProtocolSpec, RoleLook } from '../sim/protocol'

export type StateEntry = Extract<TraceEntry, { kind: 'state' }>

/** The role a crashed node is recorded with. */
export const CRASHED = 'crashed'

/** The role a node that left the cluster is recorded with (the kernel's word). */
export const LEFT = 'left'

/** What a role word is to the views. */
export type LookOf = (role: string) => RoleLook

/**
 * For a trace read without its protocol (a hand-made one in a test): the look the first
 * registered protocol that has the role gives it, else plain.
 */
function anyProtocolLook(role: string): RoleLook {
  for (const { spec } of protocolLookup.values()) {
    if (Object.hasOwn(spec.roles, role)) return roleLook(spec, role)
  }
  return 'plain'
}

/** The looks of a protocol's roles; without a spec, of any registered protocol's. */
export function lookOf(spec: ProtocolSpec | undefined): LookOf {
  return spec === undefined ? anyProtocolLook : (role) => roleLook(spec, role)
}

/** ` term 3`, ` ballot 3.1`: a state entry's epoch after a space; nothing when it has none. */
export function epochAfter(spec: ProtocolSpec | undefined, term: number | null): string {
  return term === null ? '' : ` ${epochText(spec, term)}`
}

export interface StateChange {
  /** The node's first state of the run (its start, not a restart). */
  readonly started: boolean
  readonly crashed: boolean
  readonly restarted: boolean
  /** It took a role that seeks to lead, or kept one into a new epoch: an election (re)started. */
  readonly electionStarted: boolean
  /** It took a leading role, or kept one into a new epoch. */
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
  private views = new Map<string, View>()

  constructor(private readonly look: LookOf) {}

  /** A tracker that has read what this one has (a branch's index goes on from it). */
  copy(): RoleTracker {
    const copy = new RoleTracker(this.look)
    copy.views = new Map(this.views)
    return copy
  }

  /** Reads one state entry; entries must come in trace order. */
  read(e: StateEntry): StateChange {
    const was = this.views.get(e.node)
    const commitFrom = was === undefined || was.role === CRASHED ? 0 : was.commit
    const commitTo = e.commit ?? commitFrom
    this.views.set(e.node, { role: e.role, term: e.term, commit: commitTo })
    const renewed = was === undefined || was.role !== e.role || was.term !== e.term
    const look = e.role === CRASHED ? null : this.look(e.role)
    return {
      started: was === undefined,
      crashed: e.role === CRASHED,
      restarted: was?.role === CRASHED && e.role !== CRASHED,
      electionStarted: look === 'seek' && renewed,
      becameLeader: look === 'lead' && renewed,
      commitFrom,
      commitTo,
    }
  }
}
