/** What every rule returns, and the effects many rules make. */

import type { Effect, Payload } from '../../sim/protocol'

export interface Outcome<C> {
  readonly context: C
  readonly effects: readonly Effect[]
}

export type From<M> = M & { readonly from: string }

export const send = <M extends Payload>(to: string, msg: M): Effect => ({ type: 'send', to, msg })

/** Every node's one timer: a server pings on it, the view service counts a tick. */
export const armTick = (ms: number): Effect => ({ type: 'setTimer', name: 'tick', ms })

export const unchanged = <C>(context: C): Outcome<C> => ({ context, effects: [] })
