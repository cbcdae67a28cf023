/**
 * A replica's side of the protocol: answering a coordinator's reads and writes, keeping
 * hints for nodes that did not answer, and taking versions handed over to it.
 */

import { mergeVersions } from './versions'
import { foldOut, send, type RuleOut } from '../rule-actions'
import type {
  Handoff,
  HandoffAck,
  Hint,
  Read,
  ReadReply,
  ReplicaContext,
  StoredVersion,
  Versions,
  Write,
  WriteAck,
} from './types'

export type Out = RuleOut<ReplicaContext>

export { foldOut, send }

/** What this node holds of `key`: its own versions and any hints for others, reconciled. */
export function heldVersions(c: ReplicaContext, key: string): Versions {
  const own = c.store[key] ?? []
  let held = own
  for (const h of c.hints) if (h.key === key) held = mergeVersions(held, [h.version], c.resolution)
  return held
}

/** Stores `versions` of `key`, and notes each write as seen. */
export function storeVersions(c: ReplicaContext, key: string, versions: Versions): ReplicaContext {
  if (versions.length === 0) return c
  const held = c.store[key] ?? []
  const merged = mergeVersions(held, versions, c.resolution)
  let seen = c.seen
  for (const v of versions) {
    const before = seen[v.op]
    if (before === undefined || before.ts < v.ts) seen = { ...seen, [v.op]: v }
  }
  const store = merged === held ? c.store : { ...c.store, [key]: merged }
  return store === c.store && seen === c.seen ? c : { ...c, store, seen }
}

/** Keeps `version` for `owner`, to hand back when it answers again. */
export function keepHint(c: ReplicaContext, key: string, version: StoredVersion, owner: string) {
  const same = (h: Hint) => h.key === key && h.for === owner && h.version.op === version.op
  const old = c.hints.find(same)
  if (old !== undefined && old.version.ts >= version.ts) return c
  const hints = [...c.hints.filter((h) => !same(h)), { key, version, for: owner }]
  const seen = { ...c.seen, [version.op]: c.seen[version.op] ?? version }
  return { ...c, hints, seen }
}

export function onRead(c: ReplicaContext, from: string, m: Read): Out {
  const reply: ReadReply = {
    type: 'ReadReply',
    id: m.id,
    key: m.key,
    versions: heldVersions(c, m.key),
    seen: m.op === null ? null : (c.seen[m.op] ?? null),
  }
  return { context: c, effects: [send(from, reply)] }
}

export function onWrite(c: ReplicaContext, from: string, m: Write): Out {
  let next = c
  if (m.hintFor !== null && m.hintFor !== c.id) {
    for (const v of m.versions) next = keepHint(next, m.key, v, m.hintFor)
  } else {
    next = storeVersions(c, m.key, m.versions)
  }
  if (m.id < 0) return { context: next, effects: [] }
  const ack: WriteAck = { type: 'WriteAck', id: m.id, key: m.key }
  return { context: next, effects: [send(from, ack)] }
}

export function onHandoff(c: ReplicaContext, from: string, m: Handoff): Out {
  let next = c
  for (const e of m.entries) next = storeVersions(next, e.key, e.versions)
  const keys = m.entries.map((e) => e.key)
  const ack: HandoffAck = { type: 'HandoffAck', seq: m.seq, keys }
  return { context: next, effects: [send(from, ack)] }
}
