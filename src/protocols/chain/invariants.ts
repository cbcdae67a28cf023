/**
 * Chain replication's safety properties, checked after every step. History Prefix: in the
 * master's chain, each server's history is a prefix of its predecessor's (updates compared
 * by sequence number and client request, not only by the stores they make). Acknowledged
 * Writes: every write a client was told is done is in the tail's history. The client
 * history's linearizability is checked by the shared checker. The ghost keeps the master's
 * configuration as last seen, so the checks go on while the master is down.
 */

import { firstMembers } from './context'
import { updateText } from './messages'
import type { ClientOp } from '../../sim/world'
import type { InvariantChecker, Violation } from '../../sim/protocol'
import type { ChainContext, Member, ServerContext, Update } from './types'

export interface ChainGhost {
  members: readonly Member[]
  /** How many client writes had been acknowledged at the last check. */
  acknowledged: number
  reported: Readonly<Record<string, true>>
}

const sameUpdate = (a: Update, b: Update) =>
  a.seq === b.seq && a.command.client === b.command.client && a.command.seq === b.command.seq

/** The first position where `later` is not a prefix of `earlier`, or -1 when it is. */
export function prefixBreak(later: readonly Update[], earlier: readonly Update[]): number {
  for (let i = 0; i < later.length; i++) {
    const e = earlier[i]
    if (e === undefined || !sameUpdate(later[i]!, e)) return i
  }
  return -1
}

export function createChainInvariants(
  contextOf: (state: unknown) => ChainContext,
  ids: (count: number) => readonly string[],
): InvariantChecker<unknown, ChainGhost> {
  let found: Violation[] = []
  let names: readonly string[] = []

  const report = (g: ChainGhost, key: string, v: Violation) => {
    if (g.reported[key]) return
    g.reported = { ...g.reported, [key]: true }
    found.push(v)
  }

  /** A member's state when it is up, knows its place and holds its history; else null. */
  const holding = (
    g: ChainGhost,
    all: readonly { readonly state: unknown }[],
    m: Member,
  ): ServerContext | null => {
    const state = all[names.indexOf(m.id)]?.state
    if (state === null || state === undefined) return null
    const c = contextOf(state)
    if (c.kind !== 'server' || !c.placed || !c.filled) return null
    return c.inc === m.inc && c.since === m.since ? c : null
  }

  const prefix = (g: ChainGhost, at: number, all: readonly { state: unknown }[], i: number) => {
    const p = holding(g, all, g.members[i]!)
    const s = holding(g, all, g.members[i + 1]!)
    if (p === null || s === null) return
    const k = prefixBreak(s.hist, p.hist)
    if (k < 0) return
    const theirs = p.hist[k]
    const ours = s.hist[k]!
    report(g, `prefix:${p.id}:${s.id}:${ours.seq}`, {
      invariant: 'History Prefix',
      at,
      nodes: [p.id, s.id],
      message:
        theirs === undefined
          ? `${s.id}'s history is longer than its predecessor ${p.id}'s: it has update ${ours.seq}, which ${p.id} lacks`
          : `${s.id}'s history is not a prefix of its predecessor ${p.id}'s: in place ${k + 1} ${s.id} has update ${ours.seq} (${updateText(ours)}) where ${p.id} has update ${theirs.seq} (${updateText(theirs)})`,
    })
  }

  const acknowledged = (
    g: ChainGhost,
    at: number,
    all: readonly { state: unknown }[],
    clients: readonly ClientOp[],
  ) => {
    const last = g.members.at(-1)
    const t = last === undefined ? null : holding(g, all, last)
    if (t === null) return
    const have = new Set<string>()
    for (const u of t.hist) have.add(u.command.client)
    for (const op of clients) {
      if (op.op !== 'put' || op.outcome !== 'ok' || have.has(op.client)) continue
      report(g, `ack:${op.client}`, {
        invariant: 'Acknowledged Writes',
        at,
        nodes: [t.id],
        message: `the tail ${t.id} lacks put ${op.key} = ${op.value ?? ''} of ${op.client}, which ${op.client} was told is done`,
      })
    }
  }

  return {
    init: (count) => ({
      members: firstMembers(ids(count).slice(0, -1)),
      acknowledged: 0,
      reported: {},
    }),
    clone: (g) => ({ ...g }),
    digest: (g) => ({ ...g }),
    check(g, at, id, _before, after, all, clients) {
      if (after === null) return []
      found = []
      if (names.length !== all.length) names = ids(all.length)
      const c = contextOf(after)
      let everything = false
      if (c.kind === 'master' && c.members !== g.members) {
        g.members = c.members
        everything = true
      }
      const me = g.members.findIndex((m) => m.id === id)
      if (everything) {
        for (let i = 0; i + 1 < g.members.length; i++) prefix(g, at, all, i)
      } else if (me >= 0) {
        if (me > 0) prefix(g, at, all, me - 1)
        if (me + 1 < g.members.length) prefix(g, at, all, me)
      }
      let acks = 0
      for (const op of clients) if (op.op === 'put' && op.outcome === 'ok') acks++
      if (everything || acks !== g.acknowledged || me === g.members.length - 1) {
        g.acknowledged = acks
        acknowledged(g, at, all, clients)
      }
      return found
    },
  }
}
