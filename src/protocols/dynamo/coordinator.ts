/**
 * A node coordinating a client's request (DeCandia et al. 2007, §4.5–4.6). A get asks the
 * key's preference list and answers once R replicas have, then repairs those it saw were
 * behind. A put first reads a context (the clocks the new version must descend from; in
 * ABD mode, the highest tag), then writes to the preference list and answers once W
 * replicas stored it. With a sloppy quorum, a replica that does not answer in time gets a
 * stand-in further round the ring, which keeps the version as a hint for it.
 */

import { answer } from '../client-replies'
import { preferenceList } from './ring'
import { context as mergedClock } from './vector-clock'
import { foldOut, heldVersions, keepHint, send, storeVersions, type Out } from './replica'
import { outputOf, reconcile, sameVersions } from './versions'
import type { Effect } from '../../sim/protocol'
import type {
  Acked,
  ClientRequest,
  Coordination,
  ReadReply,
  ReplicaContext,
  Returned,
  StoredVersion,
  Versions,
  Write,
  WriteAck,
} from './types'

/** How many puts the inspector (and the lost-write check) keep after they are answered. */
const KEEP_ACKED = 8

/** The timer that ends a coordination's wait for replicas. */
export const REQUEST_TIMER = 'request-'

const timerOf = (k: Coordination) => `${REQUEST_TIMER}${k.id}`

const wait = (c: ReplicaContext, k: Coordination): Effect => ({
  type: 'setTimer',
  name: timerOf(k),
  ms: c.requestTimeoutMs,
})

function withCoordination(c: ReplicaContext, k: Coordination): ReplicaContext {
  return { ...c, coordinating: c.coordinating.map((each) => (each.id === k.id ? k : each)) }
}

/** Ends a coordination: it is forgotten, and its timer cancelled. */
function finish(c: ReplicaContext, k: Coordination, effects: readonly Effect[]): Out {
  const coordinating = c.coordinating.filter((each) => each.id !== k.id)
  return {
    context: { ...c, coordinating },
    effects: [...effects, { type: 'cancelTimer', name: timerOf(k) }],
  }
}

export function onClientRequest(c: ReplicaContext, m: ClientRequest): Out {
  const asked = preferenceList(c.ring, m.key, c.n)
  if (asked.length === 0) return { context: c, effects: [] }
  const k: Coordination = {
    id: c.nextId,
    client: m.client,
    seq: m.seq,
    op: m.op,
    key: m.key,
    value: m.value,
    phase: 'read',
    asked,
    standIns: {},
    replaced: [],
    answered: [],
    replies: {},
    writing: [],
    result: null,
  }
  const next = { ...c, nextId: c.nextId + 1, coordinating: [...c.coordinating, k] }
  // Last-writer-wins puts are blind: the timestamp orders them, so no context is read.
  if (m.op === 'put' && c.resolution === 'lww') {
    const made = newVersion(next, k, [])
    return startWrite(made.context, k, [made.version])
  }
  return startPhase(next, k)
}

/** The coordination `k` as it stands in `c` now. */
const current = (c: ReplicaContext, k: Coordination) =>
  c.coordinating.find((each) => each.id === k.id)!

/** Asks `nodes` in this phase (rearming its wait), then moves on if that was enough. */
function askAll(c: ReplicaContext, k: Coordination, nodes: readonly string[]): Out {
  const out = foldOut(c, nodes, (next, node) => ask(next, current(next, k), node), [wait(c, k)])
  const moved = advance(out.context, current(out.context, k))
  return { context: moved.context, effects: [...out.effects, ...moved.effects] }
}

/** Sends the phase's message to everyone asked, answering for itself at once. */
function startPhase(c: ReplicaContext, k: Coordination): Out {
  return askAll(withCoordination(c, k), k, k.asked)
}

/** Asks one node (itself: answered here and now). */
function ask(c: ReplicaContext, k: Coordination, node: string): Out {
  const hintFor = k.standIns[node] ?? null
  const reading = k.phase === 'read'
  if (node !== c.id) {
    const msg = reading
      ? { type: 'Read', id: k.id, key: k.key, op: k.op === 'put' ? opOf(k) : null }
      : { type: 'Write', id: k.id, key: k.key, versions: k.writing, hintFor }
    return { context: c, effects: [send(node, msg)] }
  }
  if (reading) {
    const reply = heldVersions(c, k.key)
    const seen = k.op === 'put' ? (c.seen[opOf(k)] ?? null) : null
    return { context: answered(c, k, node, reply, seen), effects: [] }
  }
  let stored = c
  if (hintFor === null) stored = storeVersions(c, k.key, k.writing)
  else for (const v of k.writing) stored = keepHint(stored, k.key, v, hintFor)
  return { context: answered(stored, current(stored, k), node, null, null), effects: [] }
}

const opOf = (k: Coordination) => k.client

/** Notes `node`'s answer (a read's versions, or a write's ack). */
function answered(
  c: ReplicaContext,
  k: Coordination,
  node: string,
  versions: Versions | null,
  seen: StoredVersion | null,
): ReplicaContext {
  if (k.answered.includes(node)) return c
  const replies = versions === null ? k.replies : { ...k.replies, [node]: versions }
  // A put whose write a replica stored before (the client retried) writes that version again.
  const writing = seen !== null && k.writing.length === 0 ? [seen] : k.writing
  return withCoordination(c, { ...k, answered: [...k.answered, node], replies, writing })
}

/** Moves a coordination on once its phase has the answers it needs. */
function advance(c: ReplicaContext, k: Coordination): Out {
  if (k.phase === 'read' && k.answered.length >= c.r) {
    const all = Object.values(k.replies).flat()
    if (k.op === 'put') {
      const again = k.writing[0]
      if (again !== undefined) return startWrite(c, k, [again])
      const made = newVersion(c, k, all)
      return startWrite(made.context, k, [made.version])
    }
    const result = reconcile(all, c.resolution)
    const stale = k.answered.filter((node) => !sameVersions(k.replies[node] ?? [], result))
    // ABD: what a read returns must be on a write quorum first; those that hold it count.
    const holding = k.answered.filter((node) => !stale.includes(node))
    if (c.resolution === 'abd' && c.variant !== 'no-read-repair' && holding.length < c.w) {
      const back = { ...k, phase: 'writeback' as const, writing: result, result }
      const next = withCoordination(c, { ...back, answered: holding })
      const targets = k.asked.filter((node) => !holding.includes(node))
      return askAll(next, k, targets)
    }
    return answerGet(c, { ...k, result }, stale)
  }
  if (k.phase === 'write' && k.answered.length >= c.w) {
    const acked: Acked = { op: opOf(k), key: k.key, version: k.writing[0]!, by: k.answered }
    const next = { ...c, acked: [...c.acked, acked].slice(-KEEP_ACKED) }
    return finish(next, k, [send(k.client, answer(k.client, k.seq, null))])
  }
  if (k.phase === 'writeback' && k.answered.length >= c.w) {
    const reply = send(k.client, answer(k.client, k.seq, outputOf(k.result!)))
    return finish(noteReturned(c, k), k, [reply])
  }
  return { context: c, effects: [] }
}

/** Keeps what a get returned, for the inspector and the ABD check. */
function noteReturned(c: ReplicaContext, k: Coordination): ReplicaContext {
  const got: Returned = { op: opOf(k), key: k.key, versions: k.result! }
  return { ...c, returned: [...c.returned, got].slice(-KEEP_ACKED) }
}

/** Answers a get, repairs the replicas that were behind, and listens a while for late ones. */
function answerGet(c: ReplicaContext, k: Coordination, stale: readonly string[]): Out {
  const result = k.result!
  const effects: Effect[] = [send(k.client, answer(k.client, k.seq, outputOf(result)))]
  const answered = noteReturned(c, k)
  if (c.variant === 'no-read-repair') return finish(answered, k, effects)
  const listening = withCoordination(answered, { ...k, phase: 'repair' })
  return foldOut(listening, stale, (next, node) => repair(next, k, node), effects)
}

function repair(c: ReplicaContext, k: Coordination, node: string): Out {
  const versions = k.result!
  const hintFor = k.standIns[node] ?? null
  if (node === c.id) {
    if (hintFor !== null) return { context: c, effects: [] }
    return { context: storeVersions(c, k.key, versions), effects: [] }
  }
  const write: Write = { type: 'Write', id: -1, key: k.key, versions, hintFor }
  return { context: c, effects: [send(node, write)] }
}

function startWrite(c: ReplicaContext, k: Coordination, writing: Versions): Out {
  const asked = preferenceList(c.ring, k.key, c.n)
  const write: Coordination = {
    ...k,
    phase: 'write',
    asked,
    standIns: {},
    replaced: [],
    answered: [],
    replies: {},
    writing,
  }
  return startPhase(withCoordination(c, write), write)
}

/**
 * The version a put writes: its clock descends from every version the read saw, with this
 * coordinator's own entry above any it gave before; its timestamp is the wall clock (LWW)
 * or one above the highest tag seen (ABD).
 */
function newVersion(c: ReplicaContext, k: Coordination, seen: Versions) {
  const merged = mergedClock(seen)
  const counter = Math.max(merged[c.id] ?? 0, c.counter) + 1
  const clock = Object.fromEntries(
    Object.entries({ ...merged, [c.id]: counter }).sort(([a], [b]) => (a < b ? -1 : 1)),
  )
  const ts =
    c.resolution === 'lww'
      ? Math.max(c.now, c.lastTs + 1)
      : c.resolution === 'abd'
        ? Math.max(0, ...seen.map((v) => v.ts)) + 1
        : 0
  const version: StoredVersion = { value: k.value ?? '', clock, ts, by: c.id, op: opOf(k) }
  return { context: { ...c, counter, lastTs: Math.max(c.lastTs, ts) }, version }
}

export function onReadReply(c: ReplicaContext, from: string, m: ReadReply): Out {
  const k = c.coordinating.find((each) => each.id === m.id)
  if (k === undefined) return { context: c, effects: [] }
  if (k.phase === 'repair') {
    // A late reply: repair it too, if it is behind.
    if (sameVersions(m.versions, k.result!)) return { context: c, effects: [] }
    return repair(c, k, from)
  }
  if (k.phase !== 'read' || !k.asked.includes(from)) return { context: c, effects: [] }
  const next = answered(c, k, from, m.versions, m.seen)
  return advance(next, current(next, k))
}

export function onWriteAck(c: ReplicaContext, from: string, m: WriteAck): Out {
  const k = c.coordinating.find((each) => each.id === m.id)
  if (k === undefined || (k.phase !== 'write' && k.phase !== 'writeback')) {
    return { context: c, effects: [] }
  }
  if (!k.asked.includes(from)) return { context: c, effects: [] }
  const next = answered(c, k, from, null, null)
  return advance(next, current(next, k))
}

/**
 * A coordination's wait ran out: a get that answered stops listening for late replies; a
 * phase short of answers asks stand-ins for the replicas that did not answer (sloppy
 * quorum), or gives up and tells the client so.
 */
export function onRequestTimer(c: ReplicaContext, timer: string): Out {
  const k = c.coordinating.find((each) => timerOf(each) === timer)
  if (k === undefined) return { context: c, effects: [] }
  if (k.phase === 'repair') return finish(c, k, [])
  const silent = k.asked.filter((node) => !k.answered.includes(node) && !k.replaced.includes(node))
  // ABD needs its quorums to meet, so it never lets a stand-in answer for a replica.
  const sloppy = c.sloppy && c.resolution !== 'abd'
  const ring = sloppy ? preferenceList(c.ring, k.key, c.members.length) : []
  const spare = ring.filter((node) => !k.asked.includes(node))
  if (silent.length === 0 || spare.length === 0) {
    const refusal = { type: 'ClientReply', client: k.client, seq: k.seq, ok: false, leader: null }
    return finish(c, k, [send(k.client, refusal)])
  }
  const standIns = { ...k.standIns }
  const added = spare.slice(0, silent.length)
  added.forEach((node, i) => {
    standIns[node] = k.standIns[silent[i]!] ?? silent[i]!
  })
  const replaced = [...k.replaced, ...silent.slice(0, added.length)]
  const widened = { ...k, asked: [...k.asked, ...added], standIns, replaced }
  return askAll(withCoordination(c, widened), k, added)
}

/** Whether this node is coordinating a request (its role shows it). */
export function coordinatingNow(c: ReplicaContext): boolean {
  return c.coordinating.some((k) => k.phase !== 'repair')
}
