/**
 * A SWIM member's rules as pure functions: an event in, the new context and effects out.
 * The failure detector is in probe.ts, the membership table in members.ts; this file
 * routes events to them, runs the join through a seed, and answers clients (`status nK`:
 * what this member thinks of nK). Each step starts with an empty record of changes.
 */

import { pmapForEach, pmapGet } from '../pmap'
import { send } from '../rule-actions'
import { answer } from '../client-replies'
import { atTime } from './context'
import { enqueue, hear, onSuspicionTimer, setEntry, type Out } from './members'
import { onAck, onPeriod, onPing, onPingReq, onProbeTimer, PERIOD, PROBE } from './probe'
import type { Effect } from '../../sim/protocol'
import type { Join, JoinReply, Status, SwimContext, SwimEvent } from './types'

export const JOIN = 'join'

/** A member that has not joined tries the next seed after this many periods. */
const JOIN_RETRY_PERIODS = 2

export function start(c: SwimContext): Out {
  // Members start their periods at random offsets, as real ones do.
  const effects: Effect[] = [{ type: 'setTimer', name: PERIOD, ms: [1, c.opts.periodMs] }]
  if (c.joined) return { context: c, effects }
  const announced = enqueue(c, { id: c.id, status: 'alive', inc: c.incarnation, by: c.id })
  return askToJoin(announced, 0, effects)
}

function askToJoin(c: SwimContext, attempt: number, effects: Effect[]): Out {
  const seed = c.seeds[attempt % Math.max(1, c.seeds.length)]
  if (seed === undefined) return { context: { ...c, joined: true }, effects }
  effects.push(send<Join>(seed, { type: 'Join', incarnation: c.incarnation }))
  effects.push({
    type: 'setTimer',
    name: `${JOIN}-${attempt + 1}`,
    ms: JOIN_RETRY_PERIODS * c.opts.periodMs,
  })
  return { context: c, effects }
}

/** A seed takes in a newcomer and sends it the whole table. */
function onJoin(c: SwimContext, from: string, m: Join): Out {
  const out = hear(c, { id: from, status: 'alive', inc: m.incarnation, by: from }, 'join')
  const members: [string, Status, number][] = []
  pmapForEach(out.context.members, (id, e) => members.push([id, e.status, e.inc]))
  return {
    context: out.context,
    effects: [...out.effects, send<JoinReply>(from, { type: 'JoinReply', members })],
  }
}

/** The newcomer takes the seed's table as its own (without passing every entry on). */
function onJoinReply(c: SwimContext, m: JoinReply): Out {
  if (c.joined) return { context: c, effects: [] }
  let context: SwimContext = { ...c, joined: true }
  const effects: Effect[] = []
  for (const [id, status, inc] of m.members) {
    if (id === c.id) continue
    if (status === 'suspect') {
      const out = hear(context, { id, status, inc, by: c.id }, 'join', false)
      context = out.context
      effects.push(...out.effects)
    } else if (pmapGet(context.members, id) === undefined) {
      context = setEntry(context, id, status, inc, 'join')
    }
  }
  return { context, effects }
}

function onClient(c: SwimContext, e: Extract<SwimEvent, { type: 'ClientRequest' }>): Out {
  const entry = pmapGet(c.members, e.key)
  const output = e.key === c.id ? 'alive' : (entry?.status ?? 'unknown')
  return { context: c, effects: [send(e.client, answer(e.client, e.seq, output))] }
}

export function step(c0: SwimContext, e: SwimEvent): Out {
  const c = atTime(c0, e.now)
  switch (e.type) {
    case 'Ping':
      return onPing(c, e.from, e)
    case 'Ack':
      return onAck(c, e)
    case 'PingReq':
      return onPingReq(c, e.from, e)
    case 'Join':
      return onJoin(c, e.from, e)
    case 'JoinReply':
      return onJoinReply(c, e)
    case 'ClientRequest':
      return onClient(c, e)
    case `timer.${PERIOD}`:
      return onPeriod(c)
    case `timer.${PROBE}`:
      return onProbeTimer(c)
    default:
      if (e.type.startsWith('timer.suspect-')) {
        return onSuspicionTimer(c, e.type.slice('timer.suspect-'.length))
      }
      if (e.type.startsWith(`timer.${JOIN}-`) && !c.joined) {
        return askToJoin(c, Number(e.type.slice(`timer.${JOIN}-`.length)), [])
      }
      return { context: c, effects: [] }
  }
}
