/**
 * A participant's rules. It votes on a prepare (no when a key is locked by another
 * prepared transaction, when forced, or by the no-vote rate), keeps its prepared record on
 * disk, applies the outcome, and, when the outcome is late, asks: in two-phase commit the
 * coordinator (and, cooperatively, the other participants), blocked until someone knows;
 * in three-phase commit the other participants, deciding from their states on its own.
 */

import { votesNo } from './placement'
import { send as sendAny, type RuleOut } from '../rule-actions'
import type { ClientReply, Effect } from '../../sim/protocol'
import type {
  CommitMessage,
  Outcome,
  ParticipantContext,
  PartTxn,
  VoteRequest,
  StateReply,
  TxnState,
} from './types'

export type Out<C> = RuleOut<C>

type P = ParticipantContext

/** Sends one of the protocol's messages, or a client reply. */
export const send = (to: string, msg: CommitMessage | ClientReply): Effect => sendAny(to, msg)

export const waitTimer = (txn: string) => `wait-${txn}`

const wait = (c: P, txn: string): Effect => ({
  type: 'setTimer',
  name: waitTimer(txn),
  ms: c.timeoutMs,
})

const recordOf = (c: P, txn: string) => c.txns.find((t) => t.id === txn)

function withRecord(c: P, record: PartTxn): P {
  const others = c.txns.filter((t) => t.id !== record.id)
  return { ...c, txns: [...others, record] }
}

/** The keys held by a transaction that voted yes and has not finished. */
function locked(c: P): Set<string> {
  const keys = new Set<string>()
  for (const t of c.txns) {
    if (t.state === 'prepared' || t.state === 'precommitted') {
      for (const key of Object.keys(t.writes)) keys.add(key)
    }
  }
  return keys
}

export function onPrepare(c: P, from: string, m: VoteRequest): Out<P> {
  const known = recordOf(c, m.txn)
  if (known !== undefined) {
    // Asked again: the same vote again (an outcome it already has answers for itself).
    return {
      context: c,
      effects: [send(from, { type: 'Vote', txn: m.txn, yes: known.vote === 'yes' })],
    }
  }
  const held = locked(c)
  const conflict = Object.keys(m.writes).some((key) => held.has(key))
  const no =
    c.forced === 'no' || (c.forced === null && (conflict || votesNo(m.txn, c.id, c.noVoteRate)))
  const record: PartTxn = {
    id: m.txn,
    writes: m.writes,
    participants: m.participants,
    state: no ? 'aborted' : 'prepared',
    vote: no ? 'no' : 'yes',
  }
  const next = { ...withRecord(c, record), forced: null }
  const vote = send(from, { type: 'Vote', txn: m.txn, yes: !no })
  return { context: next, effects: no ? [vote] : [vote, wait(c, m.txn)] }
}

/** The transaction ends here: committed (its writes applied) or aborted. */
export function finish(c: P, txn: string, decision: 'commit' | 'abort'): Out<P> {
  const record = recordOf(c, txn)
  if (record === undefined || record.state === 'committed' || record.state === 'aborted') {
    return { context: c, effects: [] }
  }
  const state: TxnState = decision === 'commit' ? 'committed' : 'aborted'
  const store = decision === 'commit' ? { ...c.store, ...record.writes } : c.store
  const next = {
    ...withRecord(c, { ...record, state }),
    store,
    blocked: c.blocked.filter((id) => id !== txn),
  }
  return { context: next, effects: [{ type: 'cancelTimer', name: waitTimer(txn) }] }
}

export function onOutcome(c: P, from: string, m: Outcome): Out<P> {
  const out = finish(c, m.txn, m.decision)
  return {
    context: out.context,
    effects: [...out.effects, send(from, { type: 'OutcomeAck', txn: m.txn })],
  }
}

export function onPreCommit(c: P, from: string, txn: string): Out<P> {
  const record = recordOf(c, txn)
  const ack = send(from, { type: 'PreAck', txn })
  if (record === undefined || record.state !== 'prepared') return { context: c, effects: [ack] }
  return {
    context: withRecord(c, { ...record, state: 'precommitted' }),
    effects: [ack, wait(c, txn)],
  }
}

/**
 * The outcome is late. Two-phase: blocked; ask the coordinator again (and the others, if
 * cooperative). Three-phase: decide from what the others said since the last timeout, or
 * ask them first. The broken variant commits on its own.
 */
export function onWaitTimer(c: P, txn: string): Out<P> {
  const record = recordOf(c, txn)
  if (record === undefined || (record.state !== 'prepared' && record.state !== 'precommitted')) {
    return { context: c, effects: [] }
  }
  if (c.variant === 'presume-commit-on-timeout') return finish(c, txn, 'commit')
  const others = record.participants.filter((p) => p !== c.id)
  if (c.threePhase) {
    const heard = c.heard[txn]
    if (heard !== undefined) return terminate(c, record, heard)
    const asks = others.map((p) => send(p, { type: 'StateQuery', txn }))
    return { context: { ...c, heard: { ...c.heard, [txn]: {} } }, effects: [...asks, wait(c, txn)] }
  }
  const ask = [c.coordinator, ...(c.cooperative ? others : [])]
  const blocked = c.blocked.includes(txn) ? c.blocked : [...c.blocked, txn]
  return {
    context: { ...c, blocked },
    effects: [...ask.map((p) => send(p, { type: 'StateQuery', txn })), wait(c, txn)],
  }
}

/**
 * Three-phase termination (Skeen 1981): anyone committed or pre-committed (itself
 * included) means every vote was yes and the coordinator chose commit; otherwise nobody
 * can have committed, so abort. Sound only while every participant it did not hear from
 * is down: across a partition, two sides can decide differently.
 */
function terminate(c: P, record: PartTxn, heard: Readonly<Record<string, TxnState | 'unknown'>>) {
  const states = [record.state, ...Object.values(heard)]
  const decision = states.includes('aborted')
    ? 'abort'
    : states.includes('committed') || states.includes('precommitted')
      ? 'commit'
      : 'abort'
  const { [record.id]: _, ...rest } = c.heard
  const out = finish({ ...c, heard: rest }, record.id, decision)
  const tell = record.participants
    .filter((p) => p !== c.id)
    .map((p) => send(p, { type: 'Outcome', txn: record.id, decision }))
  return { context: out.context, effects: [...out.effects, ...tell] }
}

export function onStateQuery(c: P, from: string, txn: string): Out<P> {
  const record = recordOf(c, txn)
  if (record === undefined && (c.cooperative || c.threePhase)) {
    // It has not voted, so it may still refuse: it aborts, and says so.
    const aborted: PartTxn = { id: txn, writes: {}, participants: [], state: 'aborted', vote: 'no' }
    const reply: StateReply = { type: 'StateReply', txn, state: 'aborted' }
    return { context: withRecord(c, aborted), effects: [send(from, reply)] }
  }
  const reply: StateReply = { type: 'StateReply', txn, state: record?.state ?? 'unknown' }
  return { context: c, effects: [send(from, reply)] }
}

export function onStateReply(c: P, from: string, m: StateReply): Out<P> {
  if (m.state === 'committed') return finish(c, m.txn, 'commit')
  if (m.state === 'aborted') return finish(c, m.txn, 'abort')
  const heard = c.heard[m.txn]
  if (!c.threePhase || heard === undefined) return { context: c, effects: [] }
  return {
    context: { ...c, heard: { ...c.heard, [m.txn]: { ...heard, [from]: m.state } } },
    effects: [],
  }
}
