/** What every rule returns, and the few effects that many rules make. */

import type { Effect, Payload } from '../../sim/protocol'
import type { ChainContext } from './types'

export interface Outcome<C extends ChainContext = ChainContext> {
  readonly context: C
  readonly effects: readonly Effect[]
}

export type From<M> = M & { readonly from: string }

export const send = <M extends Payload>(to: string, msg: M): Effect => ({ type: 'send', to, msg })

export const unchanged = <C extends ChainContext>(c: C): Outcome<C> => ({ context: c, effects: [] })
