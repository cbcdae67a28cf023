/**
 * Atomic commit's safety properties, checked after every step of a participant.
 * Atomicity: no transaction is committed at one participant and aborted at another.
 * No Commit Without Votes: a participant commits a transaction only once every
 * participant it involves has voted yes.
 */

import type { InvariantChecker, Violation } from '../../sim/protocol'
import type { CommitContext, PartTxn } from './types'

export interface CommitGhost {
  /** Where each transaction ended, by transaction: the participants that committed, aborted. */
  ends: Readonly<
    Record<string, { readonly commit: readonly string[]; readonly abort: readonly string[] }>
  >
  /** The participants that voted yes, by transaction. */
  yes: Readonly<Record<string, readonly string[]>>
  reported: Readonly<Record<string, true>>
}

const list = (ids: readonly string[]) => ids.join(', ')

export function createCommitInvariants(
  contextOf: (state: unknown) => CommitContext,
): InvariantChecker<unknown, CommitGhost> {
  let found: Violation[] = []

  const report = (g: CommitGhost, key: string, v: Violation) => {
    if (g.reported[key]) return
    g.reported = { ...g.reported, [key]: true }
    found.push(v)
  }

  const voted = (g: CommitGhost, id: string, t: PartTxn) => {
    const yes = g.yes[t.id] ?? []
    if (t.vote === 'yes' && !yes.includes(id)) g.yes = { ...g.yes, [t.id]: [...yes, id] }
  }

  const ended = (g: CommitGhost, at: number, id: string, t: PartTxn) => {
    const end = g.ends[t.id] ?? { commit: [], abort: [] }
    const side = t.state === 'committed' ? 'commit' : 'abort'
    if (end[side].includes(id)) return
    const next = { ...end, [side]: [...end[side], id] }
    g.ends = { ...g.ends, [t.id]: next }
    if (next.commit.length > 0 && next.abort.length > 0) {
      report(g, `atomicity:${t.id}`, {
        invariant: 'Atomicity',
        at,
        nodes: [...next.commit, ...next.abort],
        message: `${t.id} committed at ${list(next.commit)} but aborted at ${list(next.abort)}`,
      })
    }
    if (side === 'commit') {
      const yes = g.yes[t.id] ?? []
      const missing = t.participants.filter((p) => !yes.includes(p))
      if (missing.length > 0) {
        report(g, `votes:${t.id}`, {
          invariant: 'No Commit Without Votes',
          at,
          nodes: [id],
          message: `${id} committed ${t.id} without a yes vote from ${list(missing)}`,
        })
      }
    }
  }

  return {
    init: () => ({ ends: {}, yes: {}, reported: {} }),
    clone: (g) => ({ ...g }),
    digest: (g) => ({ ...g }),
    check(g, at, id, beforeState, afterState) {
      if (afterState === null) return []
      const after = contextOf(afterState)
      if (after.kind !== 'participant') return []
      const before = beforeState === null ? null : contextOf(beforeState)
      if (before !== null && before.kind === 'participant' && before.txns === after.txns) return []
      found = []
      const was = before?.kind === 'participant' ? before.txns : []
      for (const t of after.txns) {
        if (was.includes(t)) continue
        voted(g, id, t)
        if (t.state === 'committed' || t.state === 'aborted') ended(g, at, id, t)
      }
      return found
    },
  }
}
