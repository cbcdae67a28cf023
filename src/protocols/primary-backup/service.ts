/**
 * The view service's rules (6.824 "viewservice"): it hears every server's pings, counts
 * ticks, and decides the views. It moves from view v to v + 1 only once the primary of v
 * has acknowledged v, since until then that primary may not know of v, and a view it never
 * heard of could leave the data behind. It promotes the backup when the primary fails,
 * fills an empty backup slot from the idle servers (lowest id first), and never makes a
 * view without a primary: when the primary and the backup both fail, it is stuck.
 */

import { armTick, send, unchanged, type From, type Outcome } from './outcome'
import type { Ping, ServerSeen, ServiceContext, View, ViewReply } from './types'

type Result = Outcome<ServiceContext>

export function startTicking(c: ServiceContext): Result {
  return { context: c, effects: [armTick(c.pingMs)] }
}

/** Heard from `seen`'s server within the last `deadPings` ticks (or, before any ping
 * since the view service started, within its first `deadPings` ticks: a grace period). */
export function alive(c: ServiceContext, seen: ServerSeen): boolean {
  return c.ticks - Math.max(seen.lastTick, 0) < c.deadPings
}

const seenOf = (c: ServiceContext, id: string) => c.seen[c.servers.indexOf(id)]!

/** A member of the view failed: it stopped pinging, or restarted and lost its state. */
function failed(c: ServiceContext, id: string, incarnation: number): boolean {
  const seen = seenOf(c, id)
  return !alive(c, seen) || seen.incarnation > incarnation
}

/** The first server, lowest id first, that pings and is in neither slot of the view. */
function idleServer(c: ServiceContext, taken: readonly (string | null)[]): string | null {
  for (const [i, id] of c.servers.entries()) {
    const seen = c.seen[i]!
    if (seen.lastTick >= 0 && alive(c, seen) && !taken.includes(id)) return id
  }
  return null
}

function reply(c: ServiceContext, incarnation: number): ViewReply {
  return { type: 'ViewReply', view: c.view, acked: c.acked, everAcked: c.everAcked, incarnation }
}

export function onPing(c: ServiceContext, e: From<Ping>): Result {
  const i = c.servers.indexOf(e.from)
  const seen = c.seen[i]
  // A ping from an earlier life of a server that has since restarted: nothing to learn.
  if (seen === undefined || e.incarnation < seen.incarnation) return unchanged(c)
  const all = c.seen.slice()
  all[i] = { incarnation: e.incarnation, lastTick: c.ticks, pinged: e.view }
  const acks =
    c.view.num > 0 &&
    e.from === c.view.primary &&
    e.view === c.view.num &&
    e.incarnation === c.primaryInc
  const acked = c.acked || acks
  const next: ServiceContext = { ...c, seen: all, acked, everAcked: c.everAcked || acked }
  return { context: next, effects: [send(e.from, reply(next, e.incarnation))] }
}

/** The incarnation of `id` in the new view: the one that holds the data, if it held it. */
function incarnationOf(c: ServiceContext, id: string): number {
  if (id === c.view.primary) return c.primaryInc
  if (id === c.view.backup) return c.backupInc
  return seenOf(c, id).incarnation
}

function moveTo(c: ServiceContext, primary: string, backup: string | null): ServiceContext {
  const view: View = { num: c.view.num + 1, primary, backup }
  return {
    ...c,
    view,
    acked: false,
    primaryInc: incarnationOf(c, primary),
    backupInc: backup === null ? 0 : incarnationOf(c, backup),
  }
}

/** The first view: the lowest server that pinged, with the next one as its backup. */
function firstView(c: ServiceContext): ServiceContext {
  const first = idleServer(c, [])
  return first === null ? c : moveTo(c, first, idleServer(c, [first]))
}

/**
 * A view its primary has not acknowledged. Before any view was, no client was answered,
 * so a failed member is replaced by starting afresh. After, the primary still holds the
 * data (it was a member of the last acknowledged view), so when only the backup failed
 * another one takes its place. When the primary failed, the backup may take over only if
 * its pings say it has the primary's state transfer for this view (which holds every
 * write acknowledged before it); otherwise nobody may: the view service is stuck.
 */
function unacknowledged(c: ServiceContext, primary: string, backup: string | null) {
  const backupFailed = backup !== null && failed(c, backup, c.backupInc)
  const primaryFailed = failed(c, primary, c.primaryInc)
  if (!c.everAcked) return primaryFailed || backupFailed ? firstView(c) : c
  if (!primaryFailed) {
    return backupFailed ? moveTo(c, primary, idleServer(c, [primary, backup])) : c
  }
  if (backup === null || backupFailed || seenOf(c, backup).pinged !== c.view.num) return c
  return moveTo(c, backup, idleServer(c, [primary, backup]))
}

/** The view that should follow the current one, or the same context when none should. */
export function nextView(c: ServiceContext): ServiceContext {
  const { primary, backup } = c.view
  if (primary === null) return firstView(c)
  if (!c.acked) return unacknowledged(c, primary, backup)
  if (failed(c, primary, c.primaryInc)) {
    if (backup === null || failed(c, backup, c.backupInc)) return c
    return moveTo(c, backup, idleServer(c, [primary, backup]))
  }
  if (backup !== null && failed(c, backup, c.backupInc)) {
    return moveTo(c, primary, idleServer(c, [primary, backup]))
  }
  if (backup === null) {
    const idle = idleServer(c, [primary])
    return idle === null ? c : moveTo(c, primary, idle)
  }
  return c
}

export function onTick(c: ServiceContext): Result {
  const counted = { ...c, ticks: c.ticks + 1 }
  return { context: nextView(counted), effects: [armTick(c.pingMs)] }
}
