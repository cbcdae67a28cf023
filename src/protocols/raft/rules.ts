/**
 * Raft's rules as pure functions: context and event in, new context and effects out.
 * The machine (machine.ts) decides which rule runs in which role; these decide what it
 * does. Section numbers refer to the extended Raft paper.
 */

import { pmapGet } from '../pmap'
import {
  append,
  appendPastEnd,
  entriesFrom,
  entryAt,
  isUpToDate,
  lastIndex,
  lastTerm,
  mergeEntries,
  termAt,
} from './log'
import type { Effect, Payload } from '../../sim/protocol'
import { executeCommand, type KvState } from '../kv-commands'
import { withEntry } from '../../sim/records'
import type {
  AppendEntries,
  AppendEntriesReply,
  ClientRequest,
  Command,
  Durable,
  RaftContext,
  RequestVote,
  RequestVoteReply,
} from './types'
import { answer, redirectReply } from '../client-replies'

export interface Outcome {
  readonly context: RaftContext
  readonly effects: readonly Effect[]
}

/** Most entries one AppendEntries carries; a follower far behind catches up in batches. */
export const MAX_ENTRIES_PER_APPEND = 64

type From<M> = M & { readonly from: string }

const send = <M extends Payload>(to: string, msg: M): Effect => ({ type: 'send', to, msg })
const armElection = (c: RaftContext): Effect => ({
  type: 'setTimer',
  name: 'election',
  ms: c.electionTimeoutMs,
})

export function majority(c: RaftContext): number {
  return Math.floor((c.peers.length + 1) / 2) + 1
}

/** All servers: a message with a newer term makes this node a follower of that term. */
export function adoptTerm(c: RaftContext, term: number): RaftContext {
  return { ...c, currentTerm: term, votedFor: null, leaderId: null, votes: [] }
}

/** Figure 2: what a node keeps on stable storage, so that it survives a crash. */
export function durableOf(c: RaftContext): Durable {
  // volatile-vote: term and vote are kept in memory only; a restarted node starts at term 0.
  if (c.variant === 'volatile-vote') return { currentTerm: 0, votedFor: null, log: c.log }
  return { currentTerm: c.currentTerm, votedFor: c.votedFor, log: c.log }
}

export function onRequestVote(c: RaftContext, e: From<RequestVote>): Outcome {
  // vote-twice: any candidate of the current term gets the vote, not only the first.
  const free = c.votedFor === null || c.votedFor === e.candidateId || c.variant === 'vote-twice'
  // no-up-to-date-check: a candidate missing committed entries may win (§5.4.1).
  const upToDate =
    c.variant === 'no-up-to-date-check' || isUpToDate(c.log, e.lastLogTerm, e.lastLogIndex)
  const grant = e.term === c.currentTerm && free && upToDate
  const reply = send(e.from, { type: 'RequestVoteReply', term: c.currentTerm, voteGranted: grant })
  if (!grant) return { context: c, effects: [reply] }
  // Granting a vote resets the election timer; refusing one does not (§5.2, Figure 2).
  return { context: { ...c, votedFor: e.candidateId }, effects: [reply, armElection(c)] }
}

export function startElection(c: RaftContext): Outcome {
  const term = c.currentTerm + 1
  const ask: RequestVote = {
    type: 'RequestVote',
    term,
    candidateId: c.id,
    lastLogIndex: lastIndex(c.log),
    lastLogTerm: lastTerm(c.log),
  }
  return {
    context: { ...c, currentTerm: term, votedFor: c.id, votes: [c.id], leaderId: null },
    effects: [armElection(c), ...c.peers.map((p) => send(p, ask))],
  }
}

export function onVoteReply(c: RaftContext, e: From<RequestVoteReply>): Outcome {
  if (e.term !== c.currentTerm || !e.voteGranted || c.votes.includes(e.from)) {
    return { context: c, effects: [] }
  }
  return { context: { ...c, votes: [...c.votes, e.from] }, effects: [] }
}

/** Whether this vote reply, once counted, gives the candidate a majority. */
export function winsElection(c: RaftContext, e: From<RequestVoteReply>): boolean {
  return onVoteReply(c, e).context.votes.length >= majority(c)
}

function appendFor(c: RaftContext, peer: string): Effect {
  const next = c.nextIndex[peer] ?? lastIndex(c.log) + 1
  const msg: AppendEntries = {
    type: 'AppendEntries',
    term: c.currentTerm,
    leaderId: c.id,
    prevLogIndex: next - 1,
    prevLogTerm: termAt(c.log, next - 1),
    entries: entriesFrom(c.log, next, MAX_ENTRIES_PER_APPEND),
    leaderCommit: c.commitIndex,
  }
  return send(peer, msg)
}

/** AppendEntries to every peer: heartbeats that also carry what each one is missing. */
export function replicate(c: RaftContext): Outcome {
  return {
    context: c,
    effects: [
      ...c.peers.map((p) => appendFor(c, p)),
      { type: 'setTimer', name: 'heartbeat', ms: c.heartbeatMs },
    ],
  }
}

/** The blank entry that lets a new leader commit, and so learn, what earlier terms left. */
const NOOP: Command = {
  op: 'noop',
  key: '',
  value: null,
  client: '',
  seq: 0,
}

export function becomeLeader(c: RaftContext): Outcome {
  // Without the no-op, entries of earlier terms wait for the first client write of this
  // term to commit them, and until then may still be overwritten (Figure 8).
  const log = c.leaderNoop ? append(c.log, { term: c.currentTerm, command: NOOP }) : c.log
  const next = lastIndex(c.log) + 1
  const led: RaftContext = {
    ...c,
    log,
    leaderId: c.id,
    nextIndex: Object.fromEntries(c.peers.map((p) => [p, next])),
    matchIndex: Object.fromEntries(c.peers.map((p) => [p, 0])),
    waiting: [],
  }
  // A one-node cluster commits its no-op at once.
  const committed = advanceCommit(led)
  const out = replicate(committed.context)
  return {
    context: committed.context,
    effects: [{ type: 'cancelTimer', name: 'election' }, ...committed.effects, ...out.effects],
  }
}

/** Leaving leadership: stop heartbeats, start listening for a leader again. */
export function resign(c: RaftContext): Outcome {
  return {
    context: { ...c, waiting: [], nextIndex: {}, matchIndex: {} },
    effects: [{ type: 'cancelTimer', name: 'heartbeat' }, armElection(c)],
  }
}

export function onAppendEntries(c: RaftContext, e: From<AppendEntries>): Outcome {
  const reply = (success: boolean, matchIndex: number): Effect =>
    send(e.from, { type: 'AppendEntriesReply', term: c.currentTerm, success, matchIndex })
  if (e.term < c.currentTerm) return { context: c, effects: [reply(false, 0)] }
  const consistent =
    e.prevLogIndex <= lastIndex(c.log) && termAt(c.log, e.prevLogIndex) === e.prevLogTerm
  if (!consistent) {
    const heard = c.leaderId === e.leaderId ? c : { ...c, leaderId: e.leaderId }
    return { context: heard, effects: [reply(false, 0), armElection(c)] }
  }
  // no-truncate: entries that conflict with the leader's stay; only what lies past the end of
  // the log is appended, and the reply still claims a match up to the last new entry.
  const log =
    c.variant === 'no-truncate'
      ? appendPastEnd(c.log, e.prevLogIndex, e.entries)
      : mergeEntries(c.log, e.prevLogIndex, e.entries)
  const lastNew = e.prevLogIndex + e.entries.length
  const commitIndex = Math.max(c.commitIndex, Math.min(e.leaderCommit, lastNew))
  // A heartbeat that changes nothing leaves the context as it was, uncopied.
  const same = c.leaderId === e.leaderId && log === c.log && commitIndex === c.commitIndex
  const applied = apply(same ? c : { ...c, leaderId: e.leaderId, log, commitIndex })
  const effects = [reply(true, lastNew), armElection(c)]
  for (const effect of applied.effects) effects.push(effect)
  return { context: applied.context, effects }
}

export function onAppendReply(c: RaftContext, e: From<AppendEntriesReply>): Outcome {
  if (e.term !== c.currentTerm) return { context: c, effects: [] }
  if (!e.success) {
    // Figure 2: decrement nextIndex and retry at once.
    const next = Math.max(1, (c.nextIndex[e.from] ?? 1) - 1)
    const retried = { ...c, nextIndex: withEntry(c.nextIndex, e.from, next) }
    return { context: retried, effects: [appendFor(retried, e.from)] }
  }
  const match = Math.max(c.matchIndex[e.from] ?? 0, e.matchIndex)
  const next = Math.max(c.nextIndex[e.from] ?? 1, match + 1)
  // A reply to a heartbeat usually changes neither index: then the context stays as it was.
  const unchanged = c.matchIndex[e.from] === match && c.nextIndex[e.from] === next
  const updated: RaftContext = unchanged
    ? c
    : {
        ...c,
        matchIndex: withEntry(c.matchIndex, e.from, match),
        nextIndex: withEntry(c.nextIndex, e.from, next),
      }
  const committed = advanceCommit(updated)
  // Keep a follower that is behind streaming, rather than waiting for the next heartbeat.
  const more = match < lastIndex(c.log) ? [appendFor(committed.context, e.from)] : []
  return { context: committed.context, effects: [...committed.effects, ...more] }
}

/**
 * §5.3, §5.4.2: the leader commits the highest index stored on a majority, but only an
 * entry of its own term; earlier entries commit with it, by the Log Matching property.
 */
export function advanceCommit(c: RaftContext): Outcome {
  for (let n = lastIndex(c.log); n > c.commitIndex; n--) {
    // commit-old-terms: an entry of an earlier term commits on its own count (Figure 8).
    if (termAt(c.log, n) !== c.currentTerm && c.variant !== 'commit-old-terms') break
    let count = 1
    for (const p of c.peers) if ((c.matchIndex[p] ?? 0) >= n) count++
    if (count >= majority(c)) return apply({ ...c, commitIndex: n })
  }
  return { context: c, effects: [] }
}

/** Applies committed entries to the key-value store; a leader answers its waiting clients. */
export function apply(c: RaftContext): Outcome {
  if (c.lastApplied >= c.commitIndex) return { context: c, effects: [] }
  // The store and sessions go through the commands on their own; the context is copied
  // once, after the last, not twice for each entry applied.
  let kv: KvState = { store: c.store, sessions: c.sessions }
  const effects: Effect[] = []
  for (let index = c.lastApplied + 1; index <= c.commitIndex; index++) {
    const done = executeCommand(kv, entryAt(c.log, index)!.command)
    kv = done.context
    for (const w of c.waiting) {
      if (w.index !== index) continue
      effects.push(send(w.client, answer(w.client, w.seq, done.output)))
    }
  }
  const lastApplied = c.commitIndex
  const waiting = effects.length > 0 ? c.waiting.filter((w) => w.index > lastApplied) : c.waiting
  return {
    context: { ...c, store: kv.store, sessions: kv.sessions, lastApplied, waiting },
    effects,
  }
}

export function onClientRequest(c: RaftContext, e: From<ClientRequest>): Outcome {
  // stale-read: a get is answered from this node's store at once, without confirming that it
  // still leads; a deposed leader that has not heard so yet answers with old values.
  if (c.variant === 'stale-read' && e.op === 'get') {
    return { context: c, effects: [send(e.from, answer(e.client, e.seq, c.store[e.key] ?? null))] }
  }
  const session = pmapGet(c.sessions, e.client)
  if (session !== undefined && session.seq >= e.seq) {
    return { context: c, effects: [send(e.from, answer(e.client, e.seq, session.output))] }
  }
  const waiting = { client: e.client, seq: e.seq }
  // A retry of a request already in the log waits for that entry rather than adding another.
  for (let index = c.commitIndex + 1; index <= lastIndex(c.log); index++) {
    const cmd = entryAt(c.log, index)!.command
    if (cmd.client === e.client && cmd.seq === e.seq) {
      return {
        context: { ...c, waiting: [...c.waiting, { ...waiting, index }] },
        effects: [],
      }
    }
  }
  const command: Command = { op: e.op, key: e.key, value: e.value, client: e.client, seq: e.seq }
  const log = append(c.log, { term: c.currentTerm, command })
  const grown: RaftContext = {
    ...c,
    log,
    waiting: [...c.waiting, { ...waiting, index: lastIndex(log) }],
  }
  // A one-node cluster is its own majority.
  const committed = advanceCommit(grown)
  return {
    context: committed.context,
    effects: [...committed.effects, ...c.peers.map((p) => appendFor(committed.context, p))],
  }
}

/** A node that is not the leader points the client at the leader it knows, if any. */
export function redirect(c: RaftContext, e: From<ClientRequest>): Outcome {
  return { context: c, effects: [send(e.from, redirectReply(e, c.leaderId))] }
}
