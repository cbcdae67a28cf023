/**
 * A chain server's rules (van Renesse & Schneider §3): updates enter at the head, which
 * numbers them; each server applies them in order and forwards them to its successor,
 * keeping them in its Sent list until the tail's acknowledgement comes back up the chain.
 * The tail applies, answers the client, and acknowledges upstream. When the master changes
 * the chain, a server's new successor reports the last update it has and the server
 * resends what it lacks, or, to a server that joins, its whole history.
 */

import { emptyPMap } from '../pmap'
import { executeCommand } from '../kv-commands'
import { answer } from '../client-replies'
import { lastSeq, predecessor, successor } from './chain-order'
import { send, unchanged, type From, type Outcome } from './outcome'
import type { Ack, Config, Forward, Member, Report, ServerContext, Transfer, Update } from './types'
import type { Effect } from '../../sim/protocol'

type Out = Outcome<ServerContext>

/** Applies an update to the store and appends it to the history. */
export function applyUpdate(c: ServerContext, u: Update): ServerContext {
  const { context } = executeCommand(c, u.command)
  return { ...context, hist: [...c.hist, u] }
}

const ack = (c: ServerContext, upTo: number): Ack => ({ type: 'Ack', upTo, version: c.version })

/**
 * Updates up to `upTo` have reached the tail: drop them from Sent, answer the clients
 * waiting on them (every client of them, when this server is the tail that committed
 * them), and pass the acknowledgement up the chain.
 */
export function commit(c: ServerContext, upTo: number, tellClients: boolean): Out {
  if (upTo <= c.acked) return unchanged(c)
  const effects: Effect[] = []
  if (tellClients) {
    for (const u of c.hist) {
      if (u.seq <= c.acked || u.seq > upTo) continue
      effects.push(send(u.command.client, answer(u.command.client, u.command.seq, null)))
    }
  } else {
    for (const w of c.waiting) {
      if (w.update <= upTo) effects.push(send(w.client, answer(w.client, w.seq, null)))
    }
  }
  const pred = predecessor(c)
  if (pred !== null) effects.push(send(pred, ack(c, upTo)))
  return {
    context: {
      ...c,
      acked: upTo,
      sent: c.sent.filter((e) => e.update.seq > upTo),
      waiting: c.waiting.filter((w) => w.update > upTo),
    },
    effects,
  }
}

/** The update before `u` in this server's history: what `u` follows on the link. */
function previousSeq(c: ServerContext, u: Update): number {
  for (let i = c.hist.length - 1; i > 0; i--)
    if (c.hist[i]!.seq === u.seq) return c.hist[i - 1]!.seq
  return 0
}

/** Forwards an update just applied, which follows `prevLast`, and keeps it in Sent. */
export function forwardNew(c: ServerContext, u: Update, prevLast: number): Out {
  const succ = successor(c)!
  const after = c.skipTo ?? prevLast
  return {
    context: { ...c, skipTo: null, sent: [...c.sent, { update: u, age: 0 }] },
    effects: [
      send(succ, { type: 'Forward', update: u, after, version: c.version } satisfies Forward),
    ],
  }
}

const resend = (c: ServerContext, to: string, u: Update): Effect =>
  send(to, {
    type: 'Forward',
    update: u,
    after: previousSeq(c, u),
    version: c.version,
  } satisfies Forward)

export const reportOf = (c: ServerContext): Report => ({
  type: 'Report',
  version: c.version,
  last: lastSeq(c),
  fresh: !c.filled,
})

export function onForward(c: ServerContext, e: From<Forward>): Out {
  if (!c.placed || !c.filled || predecessor(c) !== e.from || e.version < c.predSince) {
    return unchanged(c)
  }
  const last = lastSeq(c)
  // A duplicate or a resend of what it has: say again how far the tail has it.
  if (e.update.seq <= last) {
    return c.acked > 0 ? { context: c, effects: [send(e.from, ack(c, c.acked))] } : unchanged(c)
  }
  // Not the next one on the link (an earlier one was lost or overtaken): wait for the resend.
  if (e.after !== last) return unchanged(c)
  const applied = applyUpdate(c, e.update)
  if (successor(applied) === null) return commit(applied, e.update.seq, true)
  return forwardNew(applied, e.update, last)
}

export function onAck(c: ServerContext, e: From<Ack>): Out {
  if (!c.placed || successor(c) !== e.from || e.version < c.succSince) return unchanged(c)
  return commit(c, Math.min(e.upTo, lastSeq(c)), false)
}

/** The new successor says what it has: resend what it lacks, or everything to a newcomer. */
export function onReport(c: ServerContext, e: From<Report>): Out {
  if (!c.placed || successor(c) !== e.from || e.version > c.version) {
    // The master's news may reach the successor first: keep its report until it reaches us.
    return e.version > c.version
      ? { context: { ...c, pendingReport: e }, effects: [] }
      : unchanged(c)
  }
  return handleReport({ ...c, pendingReport: null }, e)
}

function handleReport(c: ServerContext, r: From<Report>): Out {
  if (!c.filled) return unchanged(c)
  if (r.fresh) {
    const transfer: Transfer = {
      type: 'Transfer',
      hist: c.hist,
      acked: c.acked,
      version: c.version,
    }
    return { context: c, effects: [send(r.from, transfer)] }
  }
  if (c.variant === 'no-resend-on-repair') {
    // Takes what is in flight as delivered, and goes on from where the successor is.
    return { context: { ...c, skipTo: r.last }, effects: [] }
  }
  const missing = c.hist.filter((u) => u.seq > r.last)
  return {
    context: { ...c, sent: c.sent.map((e) => (e.update.seq > r.last ? { ...e, age: 0 } : e)) },
    effects: missing.map((u) => resend(c, r.from, u)),
  }
}

/** A newcomer's state transfer: the predecessor's whole history, replayed into the store. */
export function onTransfer(c: ServerContext, e: From<Transfer>): Out {
  if (!c.placed || c.filled || predecessor(c) !== e.from || e.version < c.predSince) {
    return unchanged(c)
  }
  let kv = {
    store: {} as Readonly<Record<string, string>>,
    sessions: emptyPMap as ServerContext['sessions'],
  }
  for (const u of e.hist) kv = executeCommand(kv, u.command).context
  const filled: ServerContext = {
    ...c,
    hist: e.hist,
    store: kv.store,
    sessions: kv.sessions,
    acked: e.acked,
    filled: true,
  }
  return successor(filled) === null ? commit(filled, lastSeq(filled), true) : unchanged(filled)
}

function isPlacedIn(c: ServerContext, members: readonly Member[]) {
  return members.find((m) => m.id === c.id && m.inc === c.inc)
}

/** Whether a configuration message places this server where it had no place. */
export const placesMe = (c: ServerContext, e: Config) =>
  e.version > c.version && !c.placed && isPlacedIn(c, e.members) !== undefined

/** Whether a configuration message takes this server's place away. */
export const removesMe = (c: ServerContext, e: Config) =>
  e.version > c.version && c.placed && isPlacedIn(c, e.members) === undefined

/** The master's configuration, pushed or in answer to a heartbeat (which renews the lease). */
export function onConfig(c: ServerContext, e: From<Config>): Out {
  const adopted = e.version > c.version ? adopt(c, e.version, e.members) : unchanged(c)
  const s = adopted.context
  if (e.echo === null || e.echo.inc !== c.inc || !s.placed) return adopted
  // The master heard the heartbeat of tick `echo.tick`; it declares a server dead only
  // after `deadPings` ticks of silence, so reads are safe for one tick fewer than that.
  const leaseUntil = Math.max(s.leaseUntil, e.echo.tick + s.deadPings - 1)
  return { context: { ...s, leaseUntil }, effects: adopted.effects }
}

function adopt(c: ServerContext, version: number, members: readonly Member[]): Out {
  const entry = isPlacedIn(c, members)
  const oldPred = predecessor(c)
  const oldSucc = successor(c)
  let next: ServerContext = {
    ...c,
    version,
    members,
    placed: entry !== undefined,
    since: entry?.since ?? 0,
  }
  if (entry === undefined) {
    return {
      context: {
        ...next,
        sent: [],
        waiting: [],
        reads: [],
        skipTo: null,
        pendingReport: null,
        leaseUntil: 0,
      },
      effects: [],
    }
  }
  const fresh = !c.placed || entry.since !== c.since
  if (fresh && entry.kept !== true) {
    // A new place: whatever it had is from another life; it waits for a state transfer.
    next = {
      ...next,
      hist: [],
      store: {},
      sessions: emptyPMap,
      acked: 0,
      filled: false,
      sent: [],
      waiting: [],
      reads: [],
      skipTo: null,
    }
  }
  const effects: Effect[] = []
  const pred = predecessor(next)
  const succ = successor(next)
  if (fresh || pred !== oldPred) next = { ...next, predSince: version, reportTick: c.tick }
  if (pred !== null && (fresh || pred !== oldPred)) effects.push(send(pred, reportOf(next)))
  if (succ !== oldSucc || fresh) {
    next = { ...next, skipTo: null, succSince: version }
    // no-resend-on-repair: what was sent to the failed successor counts as delivered.
    if (next.variant === 'no-resend-on-repair' && !fresh) next = { ...next, sent: [] }
    const pending = next.pendingReport
    if (succ !== null && pending !== null && pending.from === succ && pending.version <= version) {
      const handled = handleReport({ ...next, pendingReport: null }, pending)
      next = handled.context
      effects.push(...handled.effects)
    }
  }
  // The new tail has every update its old successor had: all of its own are committed now.
  if (succ === null && next.filled) {
    const committed = commit(next, lastSeq(next), true)
    return { context: committed.context, effects: [...effects, ...committed.effects] }
  }
  return { context: next, effects }
}

/** Every `pingMs`: a heartbeat to the master, and resends of updates long unacknowledged. */
export function onPing(c: ServerContext): Out {
  const tick = c.tick + 1
  const effects: Effect[] = [
    send(c.master, {
      type: 'Heartbeat',
      tick,
      inc: c.inc,
      since: c.placed ? c.since : 0,
      held: c.placed ? c.since : c.heldSince,
      filled: c.filled,
      last: lastSeq(c),
    }),
    { type: 'setTimer', name: 'ping', ms: c.pingMs },
  ]
  let next: ServerContext = { ...c, tick }
  const succ = successor(c)
  if (succ !== null && c.filled && c.sent.length > 0) {
    const after = Math.max(2, c.members.length)
    const sent = c.sent.map((e) => {
      if (e.age + 1 < after) return { ...e, age: e.age + 1 }
      effects.push(resend(c, succ, e.update))
      return { ...e, age: 0 }
    })
    next = { ...next, sent }
  }
  const pred = predecessor(c)
  // A newcomer asks again, every other tick, until its state transfer arrives.
  if (pred !== null && !c.filled && tick - c.reportTick >= 2) {
    effects.push(send(pred, reportOf(c)))
    next = { ...next, reportTick: tick }
  }
  return { context: next, effects }
}
