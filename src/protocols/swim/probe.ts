/**
 * SWIM's failure detector: each protocol period a member pings the next member of its
 * shuffled round; when no ack comes within the ping timeout it asks k others to ping the
 * target for it (ping-req); when no ack, direct or relayed, has come by the end of the
 * period, it suspects the target. Lifeguard's local health scales both waits when this
 * member itself seems slow (its probes fail, or it has to refute suspicions of itself).
 */

import { pmapGet } from '../pmap'
import { send } from '../rule-actions'
import { hear, suspectHere, takeUpdates, type Out } from './members'
import { pick, shuffle } from './random'
import type { Effect } from '../../sim/protocol'
import type { Ack, Ping, PingReq, SwimContext, Update } from './types'

export const PERIOD = 'period'
export const PROBE = 'probe'

const scaled = (c: SwimContext, ms: number) => (c.opts.localHealth ? ms * (c.health + 1) : ms)

const healthy = (c: SwimContext, delta: number): SwimContext =>
  c.opts.localHealth ? { ...c, health: Math.max(0, Math.min(8, c.health + delta)) } : c

/** Takes in every update a message carried, in order. */
export function hearAll(c: SwimContext, updates: readonly Update[]): Out {
  let context = c
  const effects: Effect[] = []
  for (const u of updates) {
    const out = hear(context, u)
    context = out.context
    effects.push(...out.effects)
  }
  return { context, effects }
}

/** The next member to probe: the next one in the round not known dead; a new round when done. */
function nextTarget(c: SwimContext): [SwimContext, string | null] {
  let { order, next, rng } = c
  for (let pass = 0; pass < 2; pass++) {
    while (next < order.length) {
      const id = order[next++]!
      const entry = pmapGet(c.members, id)
      if (entry !== undefined && entry.status !== 'dead') return [{ ...c, order, next, rng }, id]
    }
    // A round is over: shuffle every member into the next (the dead are skipped as they
    // come, and probed again once they refute).
    ;[order, rng] = shuffle(order, rng)
    next = 0
  }
  return [{ ...c, order, next, rng }, null]
}

/** The protocol period ends: judge the last probe, then start the next. */
export function onPeriod(c: SwimContext): Out {
  let context = c
  const effects: Effect[] = []
  const last = c.probe
  if (last !== null && !last.acked) {
    const out = suspectHere(healthy(context, 1), last.target)
    context = out.context
    effects.push(...out.effects)
  } else if (last !== null) {
    context = healthy(context, -1)
  }
  const [picked, target] = nextTarget({ ...context, probe: null })
  context = picked
  effects.push({ type: 'setTimer', name: PERIOD, ms: scaled(context, context.opts.periodMs) })
  if (target === null) return { context, effects }
  const seq = context.seq + 1
  const entry = pmapGet(context.members, target)!
  // The buddy system: a suspected target hears of it first, so that it can refute at once.
  const buddy: Update | undefined =
    context.opts.buddy && entry.status === 'suspect'
      ? { id: target, status: 'suspect', inc: entry.inc, by: context.id }
      : undefined
  const [taken, updates] = takeUpdates(context, buddy)
  context = { ...taken, seq, probe: { target, seq, acked: false, indirect: false } }
  effects.push(send<Ping>(target, { type: 'Ping', seq, updates }))
  effects.push({ type: 'setTimer', name: PROBE, ms: scaled(context, context.opts.pingTimeoutMs) })
  return { context, effects }
}

/** The direct ping went unanswered: ask k others to ping the target. */
export function onProbeTimer(c: SwimContext): Out {
  const probe = c.probe
  if (probe === null || probe.acked || probe.indirect) return { context: c, effects: [] }
  const helpers: string[] = []
  for (const id of c.order) {
    if (id !== probe.target && pmapGet(c.members, id)?.status === 'alive') helpers.push(id)
  }
  const [chosen, rng] = pick(helpers, c.opts.indirectK, c.rng)
  let context: SwimContext = { ...c, rng, probe: { ...probe, indirect: true } }
  const effects: Effect[] = []
  for (const helper of chosen) {
    const [taken, updates] = takeUpdates(context)
    context = taken
    effects.push(
      send<PingReq>(helper, { type: 'PingReq', seq: probe.seq, target: probe.target, updates }),
    )
  }
  return { context, effects }
}

/**
 * A member that hears from one it holds dead tells it so first, so that it refutes (with a
 * higher incarnation) and both sides of a healed partition take each other back; without
 * it, neither would ever probe the other again.
 */
function noticeFor(c: SwimContext, from: string): Update | undefined {
  const entry = pmapGet(c.members, from)
  return entry?.status === 'dead'
    ? { id: from, status: 'dead', inc: entry.inc, by: c.id }
    : undefined
}

export function onPing(c: SwimContext, from: string, m: Ping): Out {
  const heard = hearAll(c, m.updates)
  const [context, updates] = takeUpdates(heard.context, noticeFor(heard.context, from))
  const ack: Ack = {
    type: 'Ack',
    seq: m.seq,
    updates,
    ...(m.relay === undefined ? {} : { relay: m.relay }),
  }
  return { context, effects: [...heard.effects, send(from, ack)] }
}

export function onPingReq(c: SwimContext, from: string, m: PingReq): Out {
  const heard = hearAll(c, m.updates)
  const [context, updates] = takeUpdates(heard.context, noticeFor(heard.context, from))
  const ping: Ping = { type: 'Ping', seq: m.seq, updates, relay: from }
  return { context, effects: [...heard.effects, send(m.target, ping)] }
}

export function onAck(c: SwimContext, m: Ack): Out {
  const heard = hearAll(c, m.updates)
  let context = heard.context
  const effects = [...heard.effects]
  if (m.relay !== undefined && m.relay !== c.id) {
    // An ack for a ping sent on another member's behalf: pass it back.
    const [taken, updates] = takeUpdates(context)
    context = taken
    effects.push(send<Ack>(m.relay, { type: 'Ack', seq: m.seq, updates }))
    return { context, effects }
  }
  const probe = context.probe
  if (probe !== null && probe.seq === m.seq && !probe.acked) {
    context = { ...context, probe: { ...probe, acked: true } }
    effects.push({ type: 'cancelTimer', name: PROBE })
  }
  return { context, effects }
}
