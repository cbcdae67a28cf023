/**
 * A member's table of the others and the rules that order what it hears: an update wins
 * over an entry when its incarnation is higher, or equal with a graver status (alive <
 * suspect < dead). Every change it accepts it passes on (the dissemination buffer), and a
 * rumour that it is itself suspected or dead it refutes with a higher incarnation.
 */

import { pmapGet, pmapSet } from '../pmap'
import { draw } from './random'
import {
  STATUS_RANK,
  type Cause,
  type Member,
  type Status,
  type SwimContext,
  type Update,
} from './types'
import type { Effect } from '../../sim/protocol'

export interface Out {
  readonly context: SwimContext
  readonly effects: readonly Effect[]
}

/** Whether `u` says something newer than the entry `m` (missing: anything is newer). */
export function isNewer(u: { status: Status; inc: number }, m: Member | undefined): boolean {
  if (m === undefined) return true
  return u.inc > m.inc || (u.inc === m.inc && STATUS_RANK[u.status] > STATUS_RANK[m.status])
}

/** The members that are not dead, this one included: the `n` of the timeouts and limits. */
export const liveCount = (c: SwimContext) => c.counts.alive + c.counts.suspect

/** How many times each update goes out: λ · ⌈log10(n + 1)⌉. */
export const retransmitLimit = (c: SwimContext) =>
  c.opts.retransmitMult * Math.max(1, Math.ceil(Math.log10(liveCount(c) + 1)))

/** The shortest suspicion: suspicionMult · max(1, log10 n) protocol periods. */
export function suspicionMinMs(c: SwimContext): number {
  const periods = c.opts.suspicionMult * Math.max(1, Math.log10(Math.max(1, liveCount(c))))
  return Math.round(periods * c.opts.periodMs)
}

/**
 * How long a suspicion lasts. Lifeguard's dogpile starts it at suspicionMaxMult times the
 * shortest and shortens it with each independent confirmation, down to the shortest at K.
 */
export function suspicionMs(c: SwimContext, confirmations: number): number {
  const min = suspicionMinMs(c)
  if (!c.opts.dogpile) return min
  const max = c.opts.suspicionMaxMult * min
  const k = liveCount(c) - 2 < c.opts.suspicionMult - 2 ? 0 : c.opts.suspicionMult - 2
  if (k < 1) return min
  const frac = Math.log(confirmations + 1) / Math.log(k + 1)
  return Math.max(min, Math.floor(max - (max - min) * frac))
}

export const suspectTimer = (id: string) => `suspect-${id}`

/** Queues an update to piggyback, replacing any older one about the same member. */
export function enqueue(c: SwimContext, u: Update): SwimContext {
  const buffer = c.buffer.filter((p) => p.update.id !== u.id)
  buffer.push({ update: u, sent: 0 })
  return { ...c, buffer }
}

/**
 * The updates that ride on the next message: those sent least often first, at most
 * piggybackMax; each that reached its limit leaves the buffer. `first` (the buddy system's
 * suspicion of the target) goes ahead of them.
 */
export function takeUpdates(c: SwimContext, first?: Update): [SwimContext, Update[]] {
  if (c.buffer.length === 0) return [c, first === undefined ? [] : [first]]
  const limit = retransmitLimit(c)
  const order = c.buffer
    .map((p, i) => i)
    .sort((a, b) => c.buffer[a]!.sent - c.buffer[b]!.sent || a - b)
  const taken = new Set(order.slice(0, c.opts.piggybackMax))
  const updates: Update[] = first === undefined ? [] : [first]
  const buffer = []
  for (let i = 0; i < c.buffer.length; i++) {
    const p = c.buffer[i]!
    if (!taken.has(i)) {
      buffer.push(p)
      continue
    }
    if (first === undefined || p.update.id !== first.id) updates.push(p.update)
    if (p.sent + 1 < limit) buffer.push({ update: p.update, sent: p.sent + 1 })
  }
  return [{ ...c, buffer }, updates]
}

/** Writes an entry, keeping the counts, the probe order and the record of changes. */
export function setEntry(
  c: SwimContext,
  id: string,
  status: Status,
  inc: number,
  cause: Cause,
  suspectedAt?: number,
): SwimContext {
  const was = pmapGet(c.members, id)
  const counts = { ...c.counts, [status]: c.counts[status] + 1 }
  if (was !== undefined) counts[was.status]--
  let { order, rng } = c
  if (was === undefined && id !== c.id) {
    // A newcomer is probed in this round, at a random place after the current one.
    const [x, next] = draw(rng)
    rng = next
    const at = c.next + Math.floor(x * (order.length - c.next + 1))
    order = [...order.slice(0, at), id, ...order.slice(at)]
  }
  const change = {
    id,
    was: was?.status ?? null,
    now: status,
    inc,
    cause,
    ...(suspectedAt === undefined ? {} : { suspectedAt }),
  }
  return {
    ...c,
    members: pmapSet(c.members, id, { status, inc, since: c.now }),
    counts,
    order,
    rng,
    changes: [...c.changes, change],
  }
}

/** Starts (or, with a confirmation, shortens) the timer of a suspicion of `id`. */
function suspect(c: SwimContext, id: string, inc: number, by: string): Out {
  const held = c.suspicions[id]
  if (held !== undefined && held.inc === inc) {
    if (!c.opts.dogpile || by === c.id || held.confirmations.includes(by)) {
      return { context: c, effects: [] }
    }
    const confirmations = [...held.confirmations, by]
    const deadline = Math.max(c.now, held.since + suspicionMs(c, confirmations.length))
    const s = { ...held, confirmations, deadline }
    return {
      context: { ...c, suspicions: { ...c.suspicions, [id]: s } },
      effects: [{ type: 'setTimer', name: suspectTimer(id), ms: deadline - c.now }],
    }
  }
  const deadline = c.now + suspicionMs(c, 0)
  const s = { inc, since: c.now, deadline, confirmations: [] }
  return {
    context: { ...c, suspicions: { ...c.suspicions, [id]: s } },
    effects: [{ type: 'setTimer', name: suspectTimer(id), ms: deadline - c.now }],
  }
}

/** Forgets a suspicion of `id` (refuted, or settled as dead). */
export function unsuspect(c: SwimContext, id: string): Out {
  if (c.suspicions[id] === undefined) return { context: c, effects: [] }
  const { [id]: _, ...suspicions } = c.suspicions
  return {
    context: { ...c, suspicions },
    effects: [{ type: 'cancelTimer', name: suspectTimer(id) }],
  }
}

/** A rumour about this member itself: a suspicion or a death it refutes by a new incarnation. */
function aboutSelf(c: SwimContext, u: Update): Out {
  if (u.status === 'alive' || u.inc < c.incarnation) return { context: c, effects: [] }
  const incarnation = u.inc + 1
  let next = setEntry({ ...c, incarnation }, c.id, 'alive', incarnation, 'refute')
  next = enqueue(next, { id: c.id, status: 'alive', inc: incarnation, by: c.id })
  if (c.opts.localHealth) next = { ...next, health: Math.min(8, next.health + 1) }
  return { context: next, effects: [] }
}

/**
 * Takes in one update heard from another member (or made here): applies it when it is
 * newer, passes it on, and starts or stops the suspicion timer it calls for.
 */
export function hear(c: SwimContext, u: Update, cause: Cause = 'gossip', spread = true): Out {
  if (u.id === c.id) return aboutSelf(c, u)
  const entry = pmapGet(c.members, u.id)
  if (!isNewer(u, entry)) {
    // The same suspicion from someone else: a Lifeguard confirmation.
    if (u.status === 'suspect' && entry?.status === 'suspect' && entry.inc === u.inc) {
      return suspect(c, u.id, u.inc, u.by)
    }
    return { context: c, effects: [] }
  }
  let next = setEntry(c, u.id, u.status, u.inc, cause)
  if (spread) next = enqueue(next, u)
  if (u.status === 'suspect') return suspect(next, u.id, u.inc, u.by)
  return unsuspect(next, u.id)
}

/** This member's own suspicion of `id`, after a probe that no ack answered. */
export function suspectHere(c: SwimContext, id: string): Out {
  const entry = pmapGet(c.members, id)
  if (entry === undefined || entry.status !== 'alive') return { context: c, effects: [] }
  if (c.opts.noSuspicion) return declareDead(c, id, entry.inc, undefined, 'probe')
  return hear(c, { id, status: 'suspect', inc: entry.inc, by: c.id }, 'probe')
}

/** Declares `id` dead here and passes it on. */
export function declareDead(
  c: SwimContext,
  id: string,
  inc: number,
  suspectedAt: number | undefined,
  cause: Cause,
): Out {
  let next = setEntry(c, id, 'dead', inc, cause, suspectedAt)
  next = enqueue(next, { id, status: 'dead', inc, by: c.id })
  return unsuspect(next, id)
}

/** A suspicion's timer ran out with no refutation: the member is dead. */
export function onSuspicionTimer(c: SwimContext, id: string): Out {
  const s = c.suspicions[id]
  const entry = pmapGet(c.members, id)
  if (s === undefined || entry === undefined || entry.status !== 'suspect' || entry.inc !== s.inc) {
    return unsuspect(c, id)
  }
  return declareDead(c, id, s.inc, s.since, 'timeout')
}
