/**
 * Client requests. Writes go to the head, which numbers them and starts them down the
 * chain; reads go to the tail, which holds exactly the committed writes. Any other server
 * points the client at the head or the tail it knows. With CRAQ (Terrace & Freedman 2009)
 * any server answers a read of a key with no uncommitted write; for a dirty key it asks
 * the tail which version is committed and answers that one.
 */

import { pmapGet } from '../pmap'
import { answer, redirectReply } from '../client-replies'
import { head, isHead, isTail, lastSeq, leased, successor, tail } from './chain-order'
import { applyUpdate, commit, forwardNew } from './server'
import { send, unchanged, type From, type Outcome } from './outcome'
import type { ClientReply } from '../../sim/protocol'
import type {
  ClientRequest,
  MasterContext,
  ServerContext,
  Update,
  VersionQuery,
  VersionReply,
} from './types'

type Out = Outcome<ServerContext>

/** Points the client at `target`, or at nobody when that is this node or none is known. */
function redirect<C extends ServerContext | MasterContext>(
  c: C,
  e: From<ClientRequest>,
  target: string | null,
): Outcome<C> {
  const to = target === c.id ? null : target
  return { context: c, effects: [send(e.from, redirectReply(e, to))] }
}

const reply = (c: ServerContext, to: string, seq: number, output: string | null): Out => ({
  context: c,
  effects: [send(to, answer(to, seq, output))],
})

/** The master knows the chain: it points writes at the head and reads at the tail. */
export function masterClientRequest(m: MasterContext, e: From<ClientRequest>) {
  return redirect(m, e, e.op === 'put' ? head(m.members) : tail(m.members))
}

function findUpdate(c: ServerContext, client: string, seq: number): Update | undefined {
  for (let i = c.hist.length - 1; i >= 0 && c.hist[i]!.seq > c.acked; i--) {
    const u = c.hist[i]!
    if (u.command.client === client && u.command.seq === seq) return u
  }
  return undefined
}

function put(c: ServerContext, e: From<ClientRequest>): Out {
  if (!isHead(c) || !c.filled) return redirect(c, e, isHead(c) ? null : head(c.members))
  const session = pmapGet(c.sessions, e.client)
  if (session !== undefined && session.seq >= e.seq) {
    // A retry of a write already in the history: answer once it is committed, not twice.
    const u = findUpdate(c, e.client, e.seq)
    if (u === undefined)
      return { context: c, effects: [send(e.from, answer(e.client, e.seq, session.output))] }
    const waiting = [...c.waiting, { client: e.client, seq: e.seq, update: u.seq }]
    return unchanged({ ...c, waiting })
  }
  const last = lastSeq(c)
  const update: Update = {
    seq: last + 1,
    version: c.version,
    command: { op: 'put', key: e.key, value: e.value, client: e.client, seq: e.seq },
  }
  const applied = applyUpdate(c, update)
  return successor(applied) === null
    ? commit(applied, update.seq, true)
    : forwardNew(applied, update, last)
}

/** The update that last wrote `key` and is committed here (the tail: all of them). */
function lastWrite(c: ServerContext, key: string): number {
  for (let i = c.hist.length - 1; i >= 0; i--) {
    const u = c.hist[i]!
    if (u.command.key === key && u.command.op === 'put') return u.seq
  }
  return 0
}

/** A key is clean at a server when no write to it is newer than what the tail has. */
function clean(c: ServerContext, key: string): boolean {
  for (let i = c.hist.length - 1; i >= 0 && c.hist[i]!.seq > c.acked; i--) {
    if (c.hist[i]!.command.key === key) return false
  }
  return true
}

function get(c: ServerContext, e: From<ClientRequest>): Out {
  if (c.variant === 'read-any-node') return reply(c, e.from, e.seq, c.store[e.key] ?? null)
  if (c.craq && leased(c)) {
    if (isTail(c) || clean(c, e.key)) return reply(c, e.from, e.seq, c.store[e.key] ?? null)
    const query: VersionQuery = { type: 'VersionQuery', key: e.key, client: e.client, seq: e.seq }
    const reads = [...c.reads, { client: e.client, seq: e.seq, key: e.key }]
    return { context: { ...c, reads }, effects: [send(tail(c.members)!, query)] }
  }
  if (isTail(c) && leased(c)) return reply(c, e.from, e.seq, c.store[e.key] ?? null)
  return redirect(c, e, isTail(c) ? null : tail(c.members))
}

export function onClientRequest(c: ServerContext, e: From<ClientRequest>): Out {
  return e.op === 'put' ? put(c, e) : get(c, e)
}

/** CRAQ: the tail answers with the update that last wrote the key, if it may serve. */
export function onVersionQuery(c: ServerContext, e: From<VersionQuery>): Out {
  const version = isTail(c) && leased(c) ? lastWrite(c, e.key) : null
  const r: VersionReply = {
    type: 'VersionReply',
    key: e.key,
    client: e.client,
    seq: e.seq,
    version,
  }
  return { context: c, effects: [send(e.from, r)] }
}

function valueAt(c: ServerContext, version: number): string | null | undefined {
  if (version === 0) return null
  return c.hist.find((u) => u.seq === version)?.command.value
}

export function onVersionReply(c: ServerContext, e: From<VersionReply>): Out {
  const i = c.reads.findIndex((r) => r.client === e.client && r.seq === e.seq)
  if (i < 0) return unchanged(c)
  const reads = c.reads.filter((_, j) => j !== i)
  const value = e.version === null ? undefined : valueAt(c, e.version)
  if (value === undefined) {
    const refuse: ClientReply = {
      type: 'ClientReply',
      client: e.client,
      seq: e.seq,
      ok: false,
      leader: null,
    }
    return { context: { ...c, reads }, effects: [send(e.client, refuse)] }
  }
  return reply({ ...c, reads }, e.client, e.seq, value)
}
