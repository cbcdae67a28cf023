/**
 * The coordinator's rules. It gives each client transaction an id, asks the participants
 * holding its keys to prepare, and decides: commit when every vote is yes (in three-phase
 * commit, after a pre-commit round), abort on any no or when a vote is late. It writes the
 * decision to its log before anyone hears it, answers the client, and tells the
 * participants until each acknowledges. After a crash, a transaction missing from its log
 * never reached a decision: asked about it, the coordinator answers abort.
 */

import { answer, redirectReply } from '../client-replies'
import { writesByParticipant } from './placement'
import { send, type Out } from './participant'
import type { Effect } from '../../sim/protocol'
import type { ClientRequest, CoordinatorContext, CoordTxn, Decision, StateReply } from './types'

type C = CoordinatorContext

export const txnTimer = (txn: string) => `txn-${txn}`

const wait = (c: C, txn: string): Effect => ({
  type: 'setTimer',
  name: txnTimer(txn),
  ms: c.timeoutMs,
})

const outputOf = (d: Decision) => (d === 'commit' ? 'committed' : 'aborted')

function withTxn(c: C, t: CoordTxn): C {
  return { ...c, active: c.active.map((each) => (each.id === t.id ? t : each)) }
}

export function onClientRequest(c: C, m: ClientRequest): Out<C> {
  const known = c.sessions[m.client]
  if (known !== undefined) {
    // A retry: answer it once the transaction is decided; until then the first attempt runs.
    const decided = c.log[known]
    if (decided !== undefined) {
      return { context: c, effects: [send(m.client, answer(m.client, m.seq, outputOf(decided)))] }
    }
    if (c.active.some((t) => t.id === known)) return { context: c, effects: [] }
    // Begun before a crash and never decided: it is aborted now, as anyone asking is told.
    return {
      context: { ...c, log: { ...c.log, [known]: 'abort' } },
      effects: [send(m.client, answer(m.client, m.seq, 'aborted'))],
    }
  }
  const id = `T${c.counter + 1}`
  const shares = writesByParticipant(m.key, m.value ?? '', c.participants)
  const participants = [...shares.keys()]
  const t: CoordTxn = {
    id,
    client: m.client,
    seq: m.seq,
    writes: Object.assign({}, ...shares.values()) as Record<string, string>,
    participants,
    votes: {},
    phase: 'voting',
    preAcks: [],
    acks: [],
  }
  const next: C = {
    ...c,
    counter: c.counter + 1,
    sessions: { ...c.sessions, [m.client]: id },
    active: [...c.active, t],
  }
  if (participants.length === 0) return decide(next, t, 'abort')
  const prepares = participants.map((p) =>
    send(p, { type: 'VoteRequest', txn: id, writes: shares.get(p)!, participants }),
  )
  return { context: next, effects: [...prepares, wait(c, id)] }
}

/** Decides, logs the decision (first), answers the client and tells the participants. */
function decide(c: C, t: CoordTxn, decision: Decision): Out<C> {
  const log = { ...c.log, [t.id]: decision }
  const next = withTxn({ ...c, log }, { ...t, phase: 'decided' })
  const tell = t.participants.map((p) => send(p, { type: 'Outcome', txn: t.id, decision }))
  const reply = send(t.client, answer(t.client, t.seq, outputOf(decision)))
  return { context: next, effects: [reply, ...tell, wait(c, t.id)] }
}

export function onVote(c: C, from: string, txn: string, yes: boolean): Out<C> {
  const t = c.active.find((each) => each.id === txn)
  if (t === undefined || t.phase !== 'voting' || !t.participants.includes(from)) {
    return { context: c, effects: [] }
  }
  if (!yes) return decide(c, t, 'abort')
  const votes = { ...t.votes, [from]: true }
  const voted = { ...t, votes }
  if (t.participants.some((p) => votes[p] !== true))
    return { context: withTxn(c, voted), effects: [] }
  if (!c.threePhase) return decide(c, voted, 'commit')
  const pre = t.participants.map((p) => send(p, { type: 'PreCommit', txn }))
  return { context: withTxn(c, { ...voted, phase: 'precommit' }), effects: [...pre, wait(c, txn)] }
}

export function onPreAck(c: C, from: string, txn: string): Out<C> {
  const t = c.active.find((each) => each.id === txn)
  if (t === undefined || t.phase !== 'precommit' || t.preAcks.includes(from)) {
    return { context: c, effects: [] }
  }
  const preAcks = [...t.preAcks, from]
  const acked = { ...t, preAcks }
  if (t.participants.some((p) => !preAcks.includes(p)))
    return { context: withTxn(c, acked), effects: [] }
  return decide(c, acked, 'commit')
}

export function onAck(c: C, from: string, txn: string): Out<C> {
  const t = c.active.find((each) => each.id === txn)
  if (t === undefined || t.phase !== 'decided' || t.acks.includes(from))
    return { context: c, effects: [] }
  const acks = [...t.acks, from]
  if (t.participants.some((p) => !acks.includes(p)))
    return { context: withTxn(c, { ...t, acks }), effects: [] }
  // Everyone knows: the transaction is done here (its decision stays in the log).
  const active = c.active.filter((each) => each.id !== txn)
  return { context: { ...c, active }, effects: [{ type: 'cancelTimer', name: txnTimer(txn) }] }
}

/**
 * A transaction's timer: a vote is late (abort); in three-phase commit a pre-commit ack is
 * late (every vote was yes, so commit); or the outcome must be told again.
 */
export function onTxnTimer(c: C, txn: string): Out<C> {
  const t = c.active.find((each) => each.id === txn)
  if (t === undefined) return { context: c, effects: [] }
  if (t.phase === 'voting') return decide(c, t, 'abort')
  if (t.phase === 'precommit') return decide(c, t, 'commit')
  const decision = c.log[txn]!
  const tell = t.participants
    .filter((p) => !t.acks.includes(p))
    .map((p) => send(p, { type: 'Outcome', txn, decision }))
  return { context: c, effects: [...tell, wait(c, txn)] }
}

/** A participant asks: the logged decision, or abort for a transaction it never decided. */
export function onStateQuery(c: C, from: string, txn: string): Out<C> {
  const decided = c.log[txn]
  const running = c.active.some((t) => t.id === txn)
  if (decided === undefined && running) return { context: c, effects: [] }
  const state = decided === 'commit' ? 'committed' : 'aborted'
  const reply: StateReply = { type: 'StateReply', txn, state }
  return { context: c, effects: [send(from, reply)] }
}

/** A participant takes no client requests: it points the client at the coordinator. */
export function redirect(m: ClientRequest, coordinator: string): Effect {
  return send(m.client, redirectReply(m, coordinator))
}
