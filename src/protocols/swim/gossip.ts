/**
 * Plain push gossip of one rumour (Demers et al., 1987): every interval, a member that
 * knows the rumour pushes it to `fanout` members chosen at random. A client's `put` starts
 * a newer rumour at the member it reaches; `get` reads what a member has heard so far.
 */

import { send } from '../rule-actions'
import { answer } from '../client-replies'
import { pick } from './random'
import type { Effect } from '../../sim/protocol'
import type { GossipContext, Rumor, SwimEvent } from './types'

export const ROUND = 'round'

export interface GossipOut {
  readonly context: GossipContext
  readonly effects: readonly Effect[]
}

const newer = (c: GossipContext, m: Rumor) =>
  m.version > c.version || (m.version === c.version && c.value !== null && m.value > c.value)

export function startRumors(c: GossipContext): GossipOut {
  return { context: c, effects: [{ type: 'setTimer', name: ROUND, ms: [1, c.opts.intervalMs] }] }
}

function onRound(c: GossipContext): GossipOut {
  const effects: Effect[] = [{ type: 'setTimer', name: ROUND, ms: c.opts.intervalMs }]
  if (c.version === 0 || c.key === null || c.value === null) return { context: c, effects }
  const [targets, rng] = pick(c.peers, c.opts.fanout, c.rng)
  const rumor: Rumor = { type: 'Rumor', version: c.version, key: c.key, value: c.value }
  for (const to of targets) effects.push(send(to, rumor))
  return { context: { ...c, rng }, effects }
}

export function stepGossip(c0: GossipContext, e: SwimEvent): GossipOut {
  const c = { ...c0, now: e.now }
  switch (e.type) {
    case 'Rumor':
      if (!newer(c, e)) return { context: c, effects: [] }
      return {
        context: { ...c, version: e.version, key: e.key, value: e.value, informedAt: e.now },
        effects: [],
      }
    case 'ClientRequest': {
      if (e.op === 'put' && e.value !== null) {
        const context = {
          ...c,
          version: c.version + 1,
          key: e.key,
          value: e.value,
          informedAt: e.now,
        }
        return { context, effects: [send(e.client, answer(e.client, e.seq, null))] }
      }
      const value = c.key === e.key ? c.value : null
      return { context: c, effects: [send(e.client, answer(e.client, e.seq, value))] }
    }
    case `timer.${ROUND}`:
      return onRound(c)
    default:
      return { context: c, effects: [] }
  }
}
