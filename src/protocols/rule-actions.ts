/**
 * The XState actions a machine driven by pure rules shares: `start` and `step` run a rule
 * and keep its new context, with the effects it made in `outbox`; `effects` hands the
 * outbox to the stepper (xstate-stepper.ts), which carries it to the kernel as data.
 */

import { assign, type EventObject } from 'xstate'
import type { Effect, Payload } from '../sim/protocol'

/** A node's context inside its machine: its state, plus the effects of the rule that ran last. */
export type WithOutbox<C> = C & { readonly outbox: readonly Effect[] }

export interface RuleOut<C> {
  readonly context: C
  readonly effects: readonly Effect[]
}

export interface Rules<C, E> {
  start(c: C): RuleOut<C>
  step(c: C, e: E): RuleOut<C>
}

/** The action that emits the outbox: list it after `start` or `step`. */
export const emitOutbox = {
  type: 'effects',
  params: ({ context }: { context: { readonly outbox: readonly Effect[] } }) => context.outbox,
} as const

export function ruleActions<C extends object, E extends EventObject>(rules: Rules<C, E>) {
  // A rule gets the context with last step's outbox still in it (it never reads it), which
  // saves a copy per step; `keep` replaces it.
  const keep = (out: RuleOut<C>) => ({ ...out.context, outbox: out.effects }) as WithOutbox<C>
  return {
    effects: (_args: unknown, _effects: readonly Effect[]) => {},
    start: assign<WithOutbox<C>, E, undefined, E, never>(({ context }) =>
      keep(rules.start(context)),
    ),
    step: assign<WithOutbox<C>, E, undefined, E, never>(({ context, event }) =>
      keep(rules.step(context, event)),
    ),
  }
}

/** An effect that sends `msg` to `to` (a node or a client). */
export const send = <M extends Payload>(to: string, msg: M): Effect => ({ type: 'send', to, msg })

/** Applies `f` to each item in turn, threading the context and gathering the effects. */
export function foldOut<C, T>(
  c: C,
  items: Iterable<T>,
  f: (c: C, item: T) => RuleOut<C>,
  first: readonly Effect[] = [],
): RuleOut<C> {
  let context = c
  const effects = [...first]
  for (const item of items) {
    const out = f(context, item)
    context = out.context
    effects.push(...out.effects)
  }
  return { context, effects }
}
