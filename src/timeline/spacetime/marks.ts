/** Reading the diagram's marks (what happened at one place and time) from trace entries. */

import { epochAfter, lookOf, RoleTracker } from '../roles'
import type { Mark } from './types'
import type { ProtocolSpec } from '../../sim/protocol'
import type { TraceView } from '../../sim/trace'
import type { MemberChanges } from '../membership'
import { t } from '../../i18n/translate'

/** What a reader needs to go on from a point of the trace. */
export interface MarkResume {
  readonly roles: RoleTracker
}

export class MarkReader {
  private roles: RoleTracker
  private opClients: string[] = []

  /**
   * `timeoutTimer`: the timer whose firing is a timeout (the protocol's `spec.timeoutTimer`);
   * `spec`: the run's protocol, for its roles' looks and its epoch's name; `members`: who
   * each join and leave concerns.
   */
  constructor(
    private readonly timeoutTimer: string,
    private readonly spec?: ProtocolSpec,
    private readonly members?: MemberChanges,
  ) {
    this.roles = new RoleTracker(lookOf(spec))
  }

  resume(): MarkResume {
    return { roles: this.roles.copy() }
  }

  /** A reader (with these options) going on from `from`, a point it kept. */
  static resumed(from: MarkResume, like: MarkReader): MarkReader {
    const reader = new MarkReader(like.timeoutTimer, like.spec, like.members)
    reader.roles = from.roles.copy()
    // Clients of operations invoked since the point are set again before they are read.
    reader.opClients = like.opClients.slice()
    return reader
  }

  /** Appends the marks of entry i to `out`; entries must come in trace order. */
  read(trace: TraceView, i: number, out: Mark[]): void {
    const e = trace.at(i)!
    // Most entries are sends and deliveries, which mark nothing: no closure for them.
    if (e.kind === 'send' || e.kind === 'deliver') return
    const mark = (node: string, kind: Mark['kind'], label: string) =>
      out.push({ node, at: e.t, kind, label, eventIndex: i })
    switch (e.kind) {
      case 'input': {
        const change = this.members?.of(e) ?? null
        if (change === null) return
        const key = change.kind === 'join' ? 'spacetime.mark.join' : 'spacetime.mark.leave'
        mark(change.node, change.kind, t(key, { node: change.node }))
        return
      }
      case 'state': {
        const change = this.roles.read(e)
        if (change.crashed) mark(e.node, 'crash', `${e.node} crashed`)
        if (change.restarted) mark(e.node, 'restart', `${e.node} restarted`)
        const epoch = epochAfter(this.spec, e.term)
        if (change.electionStarted) {
          mark(
            e.node,
            'election',
            `${e.node} starts an election${epoch === '' ? '' : ` for${epoch}`}`,
          )
        }
        if (change.becameLeader) mark(e.node, 'leader', `${e.node} leads${epoch}`)
        if (change.commitTo > change.commitFrom) {
          mark(e.node, 'commit', `${e.node} commits up to ${change.commitTo}`)
        }
        return
      }
      case 'timer': {
        if (e.name !== this.timeoutTimer) return
        const before = i > 0 ? trace.at(i - 1) : undefined
        // A `timeout` input fires the timer in the entry right after its own.
        const forced = before?.kind === 'input' && before.type === 'timeout' && !before.ignored
        mark(e.node, 'timeout', `${e.node} times out${forced ? ' (forced)' : ''}`)
        return
      }
      case 'invoke': {
        this.opClients[e.op] = e.client
        const value = e.value === null ? '' : ` = ${e.value}`
        mark(e.client, 'invoke', `${e.client} ${e.name} ${e.key}${value}`)
        return
      }
      case 'return': {
        const client = this.opClients[e.op] ?? `op ${e.op}`
        const output = e.output === null ? '' : `: ${e.output}`
        mark(client, 'return', e.outcome === 'ok' ? `${client} ok${output}` : `${client} gave up`)
        return
      }
      case 'violation':
        for (const node of e.nodes) mark(node, 'violation', `${e.invariant}: ${e.message}`)
        return
      default:
        return
    }
  }
}
