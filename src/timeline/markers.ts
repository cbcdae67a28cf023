/**
 * Timeline markers: the moments worth finding again, read from the trace as it grows:
 * faults, elections, commits, client operations and invariant violations.
 */

import { epochAfter, lookOf, RoleTracker, type LookOf } from './roles'
import { ResumePoints, resumeEvery } from './resume-points'
import { upperBound } from './columns'
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

interface Resume {
  readonly markers: number
  readonly roles: RoleTracker
}

/** Grows with the trace; each entry is read once. */
export class MarkerIndex {
  markers: Marker[] = []
  private scanned = 0
  private readonly look: LookOf
  private roles: RoleTracker
  private resumes: ResumePoints<Resume>

  /**
   * `spec`: the run's protocol, for its roles' looks and its epoch's name; `nodes`: how
   * many, for how often it keeps a point to resume from.
   */
  constructor(
    private readonly spec?: ProtocolSpec,
    nodes = 0,
  ) {
    this.look = lookOf(spec)
    this.roles = new RoleTracker(this.look)
    this.resumes = new ResumePoints(resumeEvery(nodes))
  }

  update(trace: TraceView): readonly Marker[] {
    for (; this.scanned < trace.length; this.scanned++) {
      const i = this.scanned
      if (this.resumes.due(i)) {
        this.resumes.keep({ markers: this.markers.length, roles: this.roles.copy() })
      }
      const marker = this.read(trace.at(i)!)
      if (marker !== null) this.markers.push(marker)
    }
    return this.markers
  }

  /**
   * A copy that has read at most the first `count` entries, from the last point kept
   * before them: a branch's, which reads on from there.
   */
  forkAt(count: number): MarkerIndex {
    const copy = new MarkerIndex(this.spec)
    const from = this.resumes.before(Math.min(count, this.scanned))
    copy.resumes = this.resumes.upTo(from?.at ?? 0)
    if (from === null) return copy
    copy.markers = this.markers.slice(0, from.state.markers)
    copy.roles = from.state.roles.copy()
    copy.scanned = from.at
    return copy
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

/** How many of `markers` (in time order, as an index lists them) are at or before t. */
export function markersUpTo(markers: readonly Marker[], t: number): number {
  return upperBound({ get: (i) => markers[i]!.t }, 0, markers.length, t)
}
