/**
 * Timeline markers: the moments worth finding again, read from the trace as it grows:
 * faults, elections, commits, client operations and invariant violations.
 */

import { epochAfter, lookOf, RoleTracker, type LookOf } from './roles'
import type { ProtocolSpec } from '../sim/protocol'
import type { TraceEntry, TraceView } from '../sim/trace'

export type MarkerKind = 'fault' | 'election' | 'commit' | 'client' | 'violation'

export interface Marker {
  readonly t: number
  readonly kind: MarkerKind
  readonly label: string
}

const FAULTS = new Set([
  'crash',
  'restart',
  'timeout',
  'partition',
  'heal',
  'link',
  'drop',
  'duplicate',
  'delay',
  'join',
  'leave',
])

/** Grows with the trace; each entry is read once. */
export class MarkerIndex {
  readonly markers: Marker[] = []
  private scanned = 0
  private readonly look: LookOf
  private readonly roles: RoleTracker

  /** `spec`: the run's protocol, for its roles' looks and its epoch's name. */
  constructor(private readonly spec?: ProtocolSpec) {
    this.look = lookOf(spec)
    this.roles = new RoleTracker(this.look)
  }

  update(trace: TraceView): readonly Marker[] {
    for (; this.scanned < trace.length; this.scanned++) {
      const marker = this.read(trace.at(this.scanned)!)
      if (marker !== null) this.markers.push(marker)
    }
    return this.markers
  }

  private read(e: TraceEntry): Marker | null {
    switch (e.kind) {
      case 'input':
        if (!FAULTS.has(e.type) || e.ignored !== undefined) return null
        return { t: e.t, kind: 'fault', label: e.type }
      case 'state': {
        const change = this.roles.read(e)
        if (change.becameLeader) {
          const label = `${e.node} leads${epochAfter(this.spec, e.term)}`
          return { t: e.t, kind: 'election', label }
        }
        // Only the leader's commits: followers learn the same index a moment later.
        if (this.look(e.role) === 'lead' && change.commitTo > change.commitFrom) {
          return { t: e.t, kind: 'commit', label: `${e.node} commits up to ${e.commit}` }
        }
        return null
      }
      case 'invoke':
        return { t: e.t, kind: 'client', label: `${e.client} ${e.name} ${e.key}` }
      case 'violation':
        return { t: e.t, kind: 'violation', label: `${e.invariant}: ${e.message}` }
      default:
        return null
    }
  }
}
