/**
 * Versions handed from one node to another: hints returned to the node they were kept for
 * (hinted handoff, DeCandia et al. 2007, §4.6), and keys a join or a leave gave to a node
 * that was not a replica of them before (§4.9). The sender drops what it handed over only
 * once the receiver acknowledges it, and only what has not changed since.
 */

import { createRing, preferenceList } from './ring'
import { foldOut, send, storeVersions, type Out } from './replica'
import type { Handoff, HandoffAck, ReplicaContext, SentHandoff, Versions } from './types'

type Entry = { readonly key: string; readonly versions: Versions }

/** Sends `entries` to `to`, noting them so the acknowledgement can drop them here. */
function handOver(c: ReplicaContext, to: string, kind: SentHandoff['kind'], entries: Entry[]): Out {
  const seq = c.nextId
  const keys = entries.map((e) => ({ key: e.key, ops: e.versions.map((v) => v.op) }))
  // An older handoff of the same kind to the same node that was never acknowledged is
  // superseded by this one.
  const sent: Record<number, SentHandoff> = {}
  for (const [s, h] of Object.entries(c.sent)) if (h.to !== to || h.kind !== kind) sent[+s] = h
  sent[seq] = { to, kind, keys }
  const msg: Handoff = { type: 'Handoff', seq, entries }
  return { context: { ...c, nextId: seq + 1, sent }, effects: [send(to, msg)] }
}

function each(c: ReplicaContext, batches: Map<string, Entry[]>, kind: SentHandoff['kind']): Out {
  return foldOut(c, batches, (next, [to, entries]) => handOver(next, to, kind, entries))
}

/** Returns every hint to the member it was kept for (it may not be up: then it is sent again). */
export function deliverHints(c: ReplicaContext): Out {
  const batches = new Map<string, Entry[]>()
  for (const h of c.hints) {
    if (!c.members.includes(h.for)) continue
    const list = batches.get(h.for) ?? []
    const at = list.findIndex((e) => e.key === h.key)
    if (at === -1) list.push({ key: h.key, versions: [h.version] })
    else list[at] = { key: h.key, versions: [...list[at]!.versions, h.version] }
    batches.set(h.for, list)
  }
  return each(c, batches, 'hint')
}

export function onHandoffAck(c: ReplicaContext, from: string, m: HandoffAck): Out {
  const record = c.sent[m.seq]
  if (record === undefined || record.to !== from) return { context: c, effects: [] }
  const { [m.seq]: _, ...sent } = c.sent
  const ops = new Map(record.keys.map((k) => [k.key, k.ops]))
  if (record.kind === 'hint') {
    const delivered = (key: string, op: string) => ops.get(key)?.includes(op) === true
    const hints = c.hints.filter((h) => h.for !== from || !delivered(h.key, h.version.op))
    return { context: { ...c, sent, hints }, effects: [] }
  }
  // A transfer: keys this node is no longer a replica of go, unless they changed since.
  const store = { ...c.store }
  for (const [key, sentOps] of ops) {
    const held = store[key]
    if (held === undefined || preferenceList(c.ring, key, c.n).includes(c.id)) continue
    if (held.every((v) => sentOps.includes(v.op))) delete store[key]
  }
  return { context: { ...c, sent, store }, effects: [] }
}

/**
 * The members changed: the ring is rebuilt, hints for nodes that left become this node's
 * own versions, and every key goes to the nodes that became its replicas.
 */
export function onMembers(c: ReplicaContext, members: readonly string[]): Out {
  const ring = createRing(members, c.vnodes)
  let next: ReplicaContext = { ...c, members: [...members], ring }
  for (const h of c.hints) {
    if (!members.includes(h.for)) next = storeVersions(next, h.key, [h.version])
  }
  next = { ...next, hints: next.hints.filter((h) => members.includes(h.for)) }
  const batches = new Map<string, Entry[]>()
  for (const [key, versions] of Object.entries(next.store)) {
    const before = preferenceList(c.ring, key, c.n)
    for (const node of preferenceList(ring, key, c.n)) {
      if (node === c.id || before.includes(node)) continue
      batches.set(node, [...(batches.get(node) ?? []), { key, versions }])
    }
  }
  return each(next, batches, 'transfer')
}
