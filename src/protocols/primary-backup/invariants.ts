/**
 * Primary-backup's safety properties, checked after every step of every node. The checker
 * keeps ghost state the nodes forget: which server acted as primary (answered a client or
 * forwarded a request) in each view, and, per key, the newest write a primary
 * acknowledged, counted by the key's write sequence (the nth put to the key) rather than
 * by value, since a later put may write the same value again. Fields of the ghost are
 * replaced, never mutated, so a checkpoint shares them.
 */

import type { InvariantChecker, Violation } from '../../sim/protocol'
import type { PbContext, ServerContext, View } from './types'

/** The newest acknowledged write to a key: its place in the key's write sequence. */
interface AckedWrite {
  readonly seq: number
  readonly view: number
  readonly node: string
}

export interface PbGhost {
  /** The server that acted as primary in each view, by view number. */
  primaryOf: Readonly<Record<number, string>>
  acked: Readonly<Record<string, AckedWrite>>
  /** The view service's view as last seen, with the incarnation of its backup. */
  view: View
  backupInc: number
  /** Whether the view service said its view was acknowledged, as last seen. */
  viewAcked: boolean
  reported: Readonly<Record<string, true>>
}

const SUFFIX: Readonly<Record<number, string>> = { 1: 'st', 2: 'nd', 3: 'rd' }

/** 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  return `${n}${teen ? 'th' : (SUFFIX[n % 10] ?? 'th')}`
}

export function createPbInvariants(
  contextOf: (state: unknown) => PbContext,
): InvariantChecker<unknown, PbGhost> {
  let found: Violation[] = []

  const report = (g: PbGhost, key: string, v: Violation) => {
    if (g.reported[key]) return
    g.reported = { ...g.reported, [key]: true }
    found.push(v)
  }

  /** `id` acted as primary in `view`: one server per view may. */
  const actedIn = (g: PbGhost, at: number, id: string, view: number) => {
    const first = g.primaryOf[view]
    if (first === undefined) g.primaryOf = { ...g.primaryOf, [view]: id }
    else if (first !== id) {
      report(g, `one:${view}`, {
        invariant: 'One Primary per View',
        at,
        nodes: [first, id].sort(),
        message: `${first} and ${id} both acted as primary in view ${view}`,
      })
    }
  }

  const server = (g: PbGhost, at: number, before: ServerContext | null, a: ServerContext) => {
    const served = a.served > (before?.served ?? 0)
    const forwarded = a.inflight !== null && a.inflight !== (before?.inflight ?? null)
    if (served) actedIn(g, at, a.id, a.servedView)
    if (forwarded) actedIn(g, at, a.id, a.view.num)
    if (!served || a.view.primary !== a.id || a.versions === before?.versions) return
    let acked = g.acked
    for (const [key, seq] of Object.entries(a.versions)) {
      if (seq > (acked[key]?.seq ?? 0))
        acked = { ...acked, [key]: { seq, view: a.view.num, node: a.id } }
    }
    g.acked = acked
  }

  /** The view service moved on: a promoted backup must hold every acknowledged write. */
  /**
   * The view service moved past a view: its backup, unless it restarted, holds every write
   * a primary acknowledged, when it had the state by then: the view was acknowledged (its
   * primary waited for the backup's state transfer), or the backup took over.
   */
  const service = (
    g: PbGhost,
    at: number,
    a: Extract<PbContext, { kind: 'service' }>,
    all: readonly { readonly state: unknown }[],
  ) => {
    const old = g.view
    const { backupInc, viewAcked } = g
    if (a.view.num > old.num) {
      g.view = a.view
      g.backupInc = a.backupInc
    }
    if (a.acked !== viewAcked) g.viewAcked = a.acked
    if (a.view.num <= old.num || old.backup === null) return
    const promoted = a.view.primary === old.backup
    if (!viewAcked && !promoted) return
    const state = all[Number(old.backup.slice(1)) - 1]?.state
    if (state === null || state === undefined) return
    const b = contextOf(state)
    // A backup that restarted lost everything, and knows it: it will not serve.
    if (b.kind !== 'server' || b.incarnation !== backupInc) return
    for (const [key, w] of Object.entries(g.acked)) {
      const held = b.versions[key] ?? 0
      if (held >= w.seq) continue
      const lacks = `the ${ordinal(w.seq)} write to ${key}, which ${w.node} acknowledged in view ${w.view} (${b.id} holds ${held})`
      report(g, `lost:${a.view.num}:${key}`, {
        invariant: 'Acknowledged Writes Survive',
        at,
        nodes: [b.id],
        message: promoted
          ? `${b.id} became primary of view ${a.view.num} without ${lacks}`
          : `view ${a.view.num} started while ${b.id}, backup of view ${old.num}, lacked ${lacks}`,
      })
    }
  }

  return {
    init: () => ({
      primaryOf: {},
      acked: {},
      view: { num: 0, primary: null, backup: null },
      backupInc: 0,
      viewAcked: false,
      reported: {},
    }),
    clone: (g) => ({ ...g }),
    digest: (g) => ({ ...g }),
    check(g, at, _id, before, after, all) {
      if (after === null) return []
      found = []
      const a = contextOf(after)
      if (a.kind === 'server') {
        const b = before === null ? null : contextOf(before)
        server(g, at, b?.kind === 'server' ? b : null, a)
      } else service(g, at, a, all)
      return found
    },
  }
}
