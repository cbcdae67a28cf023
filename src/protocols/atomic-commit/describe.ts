/**
 * An atomic-commit node as the CLI's JSON and the accessible names see it: its role (a
 * participant with the state of its latest transaction, or blocked), its transactions as
 * `[{ id, state }]` and its store.
 */

import type { CommitContext, Durable, PartTxn } from './types'

export function roleOf(c: CommitContext): string {
  if (c.kind === 'coordinator') return 'coordinator'
  if (c.blocked.length > 0) return 'participant, blocked'
  const latest = c.txns.at(-1)
  return latest === undefined ? 'participant' : `participant, ${latest.state}`
}

const byId = (a: { id: string }, b: { id: string }) =>
  Number(a.id.slice(1)) - Number(b.id.slice(1)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const txnsOf = (txns: readonly PartTxn[]) =>
  [...txns].sort(byId).map((t) => ({ id: t.id, state: t.state }))

export function describeNode(c: CommitContext) {
  if (c.kind === 'coordinator') {
    const ids = new Set([...Object.keys(c.log), ...c.active.map((t) => t.id)])
    const txns = [...ids].map((id) => ({ id, state: stateAtCoordinator(c, id) })).sort(byId)
    return { txns, store: {} }
  }
  return { txns: txnsOf(c.txns), store: c.store }
}

/** The coordinator's word for a transaction: its decision, or the phase it is in. */
export function stateAtCoordinator(c: Extract<CommitContext, { kind: 'coordinator' }>, id: string) {
  const decided = c.log[id]
  if (decided !== undefined) return decided === 'commit' ? 'committed' : 'aborted'
  const t = c.active.find((each) => each.id === id)
  return t?.phase === 'precommit' ? 'precommitting' : 'voting'
}

export function describeCrashed(d: Durable | null) {
  if (d === null) return { txns: [], store: {} }
  if (d.kind === 'coordinator') {
    const txns = Object.entries(d.log)
      .map(([id, decision]) => ({ id, state: decision === 'commit' ? 'committed' : 'aborted' }))
      .sort(byId)
    return { txns, store: {} }
  }
  return { txns: txnsOf(d.txns), store: d.store }
}

/** The cluster view's strip: one cell per transaction, done once decided here. */
export function txnView(c: CommitContext) {
  if (c.kind === 'coordinator') {
    const ids = Object.keys(c.log)
    return { terms: ids.map(() => 1), committed: ids.length }
  }
  const txns = [...c.txns].sort(byId)
  return {
    terms: txns.map(() => 1),
    committed: 0,
    done: txns.map((t) => t.state === 'committed' || t.state === 'aborted'),
  }
}
