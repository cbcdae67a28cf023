/**
 * A server's rules (6.824 "pbservice"). Every tick it pings the view service with the view
 * it acknowledges and learns the current view from the answer. As primary it forwards each
 * client request, a get as much as a put, to its backup with the view's number, and
 * answers only once the backup has applied it: a backup refuses a forward from any view
 * but its own, so a primary the view service has replaced cannot answer alone. A new
 * backup first gets the primary's whole state; the primary acknowledges a view only once
 * its backup has it, and serves only in a view the view service says it acknowledged.
 */

import { answer, redirectReply } from '../client-replies'
import { executeCommand } from '../kv-commands'
import { pmapGet } from '../pmap'
import { armTick, send, unchanged, type From, type Outcome } from './outcome'
import type { Effect } from '../../sim/protocol'
import type {
  ClientRequest,
  Command,
  Forward,
  ForwardReply,
  Pending,
  Ping,
  ServerContext,
  Transfer,
  TransferReply,
  View,
  ViewReply,
} from './types'

type Result = Outcome<ServerContext>

/** The role a server holds in `view`. */
export function roleIn(c: ServerContext, view: View): 'primary' | 'backup' | 'idle' {
  if (view.primary === c.id) return 'primary'
  return view.backup === c.id ? 'backup' : 'idle'
}

/** The role a ViewReply leaves the server in: that of its view, if news to this server. */
export function roleAfter(c: ServerContext, e: { readonly type: string }): string {
  const reply = e as ViewReply
  const news = reply.incarnation === c.incarnation && reply.view.num > c.view.num
  return roleIn(c, news ? reply.view : c.view)
}

export const isPrimary = (c: ServerContext) => c.view.primary === c.id
export const isBackup = (c: ServerContext) => c.view.backup === c.id

/** The primary may answer clients: it has the data, its backup has it, the view is acked. */
export function serving(c: ServerContext): boolean {
  return isPrimary(c) && c.hasData && c.backupReady && c.acked && c.ackedNum === c.view.num
}

/**
 * The view a ping acknowledges: a primary's once its backup has the state, a backup's once
 * it has it itself (so the view service knows it may take over), an idle server's at once.
 */
export function pingedView(c: ServerContext): number {
  if (isPrimary(c)) return c.ackedNum
  if (isBackup(c)) return c.synced ? c.view.num : 0
  return c.view.num
}

function ping(c: ServerContext): Effect {
  const msg: Ping = { type: 'Ping', view: pingedView(c), incarnation: c.incarnation }
  return send(c.service, msg)
}

function transfer(c: ServerContext): Effect {
  const msg: Transfer = {
    type: 'StateTransfer',
    view: c.view.num,
    store: c.store,
    sessions: c.sessions,
    versions: c.versions,
    applied: c.applied,
  }
  return send(c.view.backup!, msg)
}

function forward(c: ServerContext, n: number, command: Command): Effect {
  const msg: Forward = { type: 'ForwardOp', view: c.view.num, n, command }
  return send(c.view.backup!, msg)
}

/** Applies one command in order, counting the key's writes; returns the client's answer. */
export function applyCommand(c: ServerContext, command: Command) {
  const { context, output } = executeCommand(c, command)
  const wrote = context !== c && command.op === 'put'
  const versions = wrote
    ? { ...context.versions, [command.key]: (context.versions[command.key] ?? 0) + 1 }
    : context.versions
  return { context: { ...context, versions, applied: c.applied + 1 }, output }
}

export function startPinging(c: ServerContext): Result {
  return { context: c, effects: [ping(c), armTick(c.pingMs)] }
}

/**
 * Each tick: ping, and as primary resend what the backup has not confirmed, unless it
 * went out since the last tick and its answer may still be on its way.
 */
export function onTick(c: ServerContext): Result {
  const effects: Effect[] = [ping(c), armTick(c.pingMs)]
  if (c.fresh) return { context: { ...c, fresh: false }, effects }
  if (isPrimary(c) && c.hasData && c.view.backup !== null) {
    if (!c.backupReady) effects.push(transfer(c))
    else if (c.inflight !== null) effects.push(forward(c, c.inflight.n, c.inflight.command))
  }
  return { context: c, effects }
}

/**
 * Whether a server that learns it is primary holds every acknowledged write: it was the
 * primary with the data or the backup with the state transfer, or no view was ever
 * acknowledged, so no write either. A restarted primary lost them, and does not serve.
 */
function holdsData(c: ServerContext, everAcked: boolean): boolean {
  if (isPrimary(c) && c.hasData) return true
  if (isBackup(c) && c.synced) return true
  return !everAcked
}

function adopt(c: ServerContext, view: View, acked: boolean, everAcked: boolean): Result {
  const primary = view.primary === c.id
  const hasData = primary && holdsData(c, everAcked)
  const next: ServerContext = {
    ...c,
    view,
    acked,
    hasData,
    synced: false,
    backupReady: view.backup === null,
    ackedNum: hasData && view.backup === null ? view.num : primary ? c.ackedNum : 0,
    queue: [],
    inflight: null,
  }
  if (!primary) {
    // Requests this server took as primary go to the new one.
    const effects = [...(c.inflight === null ? [] : [c.inflight]), ...c.queue].map((p) =>
      send(p.client, redirectReply(request(p), view.primary)),
    )
    return { context: next, effects }
  }
  // Still primary: the forward in flight was not applied here, so it goes again first.
  const queue = c.inflight === null ? c.queue : [c.inflight, ...c.queue]
  const kept = {
    ...next,
    queue: queue.map(({ client, seq, command }) => ({ client, seq, command })),
  }
  const transfers = hasData && view.backup !== null
  const effects = transfers ? [transfer(kept)] : []
  const pumped = pump({ ...kept, fresh: transfers })
  return { context: pumped.context, effects: [...effects, ...pumped.effects] }
}

export function onViewReply(c: ServerContext, e: From<ViewReply>): Result {
  // An answer to an earlier life of this server, or older than what it knows.
  if (e.incarnation !== c.incarnation || e.view.num < c.view.num) return unchanged(c)
  if (e.view.num > c.view.num) return adopt(c, e.view, e.acked, e.everAcked)
  if (!e.acked || c.acked) return unchanged(c)
  return pump({ ...c, acked: true })
}

export function onTransfer(c: ServerContext, e: From<Transfer>): Result {
  const mine = e.view === c.view.num && isBackup(c)
  const reply: TransferReply = { type: 'StateTransferReply', view: e.view, ok: mine }
  // A transfer older than what the backup applied since (a duplicate) changes nothing.
  if (!mine || (c.synced && e.applied <= c.applied)) {
    return { context: c, effects: [send(e.from, reply)] }
  }
  const next: ServerContext = {
    ...c,
    store: e.store,
    sessions: e.sessions,
    versions: e.versions,
    applied: e.applied,
    synced: true,
  }
  return { context: next, effects: [send(e.from, reply)] }
}

export function onTransferReply(c: ServerContext, e: From<TransferReply>): Result {
  if (!isPrimary(c) || !c.hasData || e.view !== c.view.num || !e.ok || c.backupReady) {
    return unchanged(c)
  }
  const resends = c.inflight !== null
  const ready: ServerContext = { ...c, backupReady: true, ackedNum: c.view.num, fresh: resends }
  const resend = resends ? [forward(ready, ready.inflight!.n, ready.inflight!.command)] : []
  const pumped = pump(ready)
  return { context: pumped.context, effects: [...resend, ...pumped.effects] }
}

export function onForward(c: ServerContext, e: From<Forward>): Result {
  const refuse = (reason: 'view' | 'sync'): Result => ({
    context: c,
    effects: [send(e.from, forwardReply(e, false, reason))],
  })
  if (e.view !== c.view.num || !isBackup(c)) return refuse('view')
  if (!c.synced || e.n > c.applied + 1) return refuse('sync')
  const next = e.n === c.applied + 1 ? applyCommand(c, e.command).context : c
  return { context: next, effects: [send(e.from, forwardReply(e, true, null))] }
}

function forwardReply(e: Forward, ok: boolean, reason: 'view' | 'sync' | null): ForwardReply {
  return { type: 'ForwardOpReply', view: e.view, n: e.n, ok, reason }
}

export function onForwardReply(c: ServerContext, e: From<ForwardReply>): Result {
  if (!isPrimary(c) || e.view !== c.view.num) return unchanged(c)
  if (!e.ok) {
    // The backup lost its state (it restarted): it gets the whole state again.
    if (e.reason !== 'sync' || !c.backupReady) return unchanged(c)
    const again = { ...c, backupReady: false, fresh: true }
    return { context: again, effects: [transfer(again)] }
  }
  const inflight = c.inflight
  if (inflight === null || inflight.n !== e.n) return unchanged(c)
  const applied = applyCommand(c, inflight.command)
  const done = answered({ ...applied.context, inflight: null }, inflight, applied.output)
  const pumped = pump(done.context)
  return { context: pumped.context, effects: [...done.effects, ...pumped.effects] }
}

function request(p: Pending): ClientRequest {
  const { command } = p
  return {
    type: 'ClientRequest',
    client: p.client,
    seq: p.seq,
    op: command.op as 'get' | 'put',
    key: command.key,
    value: command.value,
  }
}

function answered(c: ServerContext, p: Pending, output: string | null): Result {
  const next = { ...c, served: c.served + 1, servedView: c.view.num }
  return { context: next, effects: [send(p.client, answer(p.client, p.seq, output))] }
}

/** Serves the queue: one forward at a time, each answered once the backup has it. */
export function pump(c: ServerContext): Result {
  let context = c
  const effects: Effect[] = []
  while (serving(context) && context.inflight === null && context.queue.length > 0) {
    const [head, ...rest] = context.queue
    const p = head!
    context = { ...context, queue: rest }
    const session = pmapGet(context.sessions, p.client)
    const done =
      session !== undefined && session.seq >= p.seq
        ? answered(context, p, session.output)
        : serve(context, p)
    context = done.context
    effects.push(...done.effects)
  }
  return { context, effects }
}

function serve(c: ServerContext, p: Pending): Result {
  const { command } = p
  if (c.view.backup === null) {
    // No backup: the primary is the only copy, and answers alone.
    const applied = applyCommand(c, command)
    return answered(applied.context, p, applied.output)
  }
  if (c.variant === 'stale-primary' && command.op === 'get') {
    return answered(c, p, c.store[command.key] ?? null)
  }
  const n = c.applied + 1
  if (c.variant === 'no-forward') {
    const applied = applyCommand(c, command)
    const done = answered(applied.context, p, applied.output)
    return { context: done.context, effects: [...done.effects, forward(c, n, command)] }
  }
  return {
    context: { ...c, inflight: { ...p, n }, fresh: true },
    effects: [forward(c, n, command)],
  }
}

const sameRequest = (p: Pending, e: ClientRequest) => p.client === e.client && p.seq === e.seq

export function onClientRequest(c: ServerContext, e: From<ClientRequest>): Result {
  if (!isPrimary(c))
    return { context: c, effects: [send(e.from, redirectReply(e, c.view.primary))] }
  // A primary without the data must not serve; the client tries elsewhere.
  if (!c.hasData) return { context: c, effects: [send(e.from, redirectReply(e, null))] }
  const taken =
    (c.inflight !== null && sameRequest(c.inflight, e)) || c.queue.some((p) => sameRequest(p, e))
  if (taken) return unchanged(c)
  const command: Command = { op: e.op, key: e.key, value: e.value, client: e.client, seq: e.seq }
  return pump({ ...c, queue: [...c.queue, { client: e.client, seq: e.seq, command }] })
}
