/**
 * What one node's slot says about transactions: the ones it knows (to find rows and their
 * participants), and where it stands on one of them. A crashed node is read from what it
 * kept on disk: a participant's records, the coordinator's decision log.
 */

import type { CommitContext, Decision, Durable } from '../types'
import type { CoordinatorState, SlotLike, Status } from './txn-model'

/** What the node keeps, live or on disk. */
type Known = CommitContext | Durable

export interface KnownTxn {
  readonly id: string
  /** Empty when this node does not know them (a decision from the log alone). */
  readonly participants: readonly string[]
  readonly keys: readonly string[]
}

export function knownOf(slot: SlotLike): Known | null {
  if (slot.up) return ((slot.state as { context?: CommitContext } | null)?.context ?? null) as Known
  return (slot.durable ?? null) as Durable | null
}

export function isCoordinator(slot: SlotLike): boolean {
  return knownOf(slot)?.kind === 'coordinator'
}

/** Every transaction the node has a record of. */
export function knownTxns(k: Known): KnownTxn[] {
  if (k.kind === 'participant') {
    return k.txns.map((x) => ({
      id: x.id,
      participants: x.participants,
      keys: Object.keys(x.writes),
    }))
  }
  const running = 'active' in k ? k.active : []
  const txns = running.map((x) => ({
    id: x.id,
    participants: x.participants,
    keys: Object.keys(x.writes),
  }))
  for (const id of Object.keys(k.log)) txns.push({ id, participants: [], keys: [] })
  return txns
}

/** The coordinator's decision log (empty for a participant). */
export function logOf(k: Known | null): Readonly<Record<string, Decision>> {
  return k?.kind === 'coordinator' ? k.log : {}
}

export function participantStatus(slot: SlotLike, k: Known | null, txn: string): Status {
  const record = k?.kind === 'participant' ? k.txns.find((x) => x.id === txn) : undefined
  const blocked = slot.up && k?.kind === 'participant' && 'blocked' in k && k.blocked.includes(txn)
  return { state: record?.state ?? 'working', blocked, down: !slot.up }
}

export function coordinatorStatus(slot: SlotLike, k: Known | null, txn: string): Status {
  return { state: coordinatorState(k, txn), blocked: false, down: !slot.up }
}

function coordinatorState(k: Known | null, txn: string): CoordinatorState {
  const decided = logOf(k)[txn]
  if (decided !== undefined) return decided === 'commit' ? 'committed' : 'aborted'
  const running = k !== null && 'active' in k ? k.active.find((x) => x.id === txn) : undefined
  if (running === undefined) return 'forgotten'
  return running.phase === 'precommit' ? 'precommitting' : 'voting'
}
