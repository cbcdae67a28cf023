/** What every rule returns, and the few effects that many rules make. */

import type { Effect, Payload } from '../../sim/protocol'
import type { PaxosContext } from './types'

export interface Outcome {
  readonly context: PaxosContext
  readonly effects: readonly Effect[]
}

export type From<M> = M & { readonly from: string }

export const send = <M extends Payload>(to: string, msg: M): Effect => ({ type: 'send', to, msg })

export const toPeers = <M extends Payload>(c: PaxosContext, msg: M): Effect[] =>
  c.peers.map((p) => send(p, msg))

/** Waiting for a leader: when it runs out, this node tries to become one. */
export const armElection = (c: PaxosContext): Effect => ({
  type: 'setTimer',
  name: 'election',
  ms: c.electionTimeoutMs,
})

export const unchanged = (c: PaxosContext): Outcome => ({ context: c, effects: [] })

export function majority(c: PaxosContext): number {
  return Math.floor((c.peers.length + 1) / 2) + 1
}
