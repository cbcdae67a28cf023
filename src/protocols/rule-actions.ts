/**
 * The XState actions a machine driven by pure rules shares: `start` and `step` run a rule
 * and keep its new context; `effects` (emitOutbox) hands the effects the rule made to the
 * stepper (xstate-stepper.ts), which carries them to the kernel as data.
 */

import { assign, type EventObject } from 'xstate'
import { wholeContext } from './xstate-fast-step'
import type { Effect, Payload } from '../sim/protocol'

export interface RuleOut<C> {
  readonly context: C
  readonly effects: readonly Effect[]
}

export interface Rules<C, E> {
  start(c: C): RuleOut<C>
  step(c: C, e: E): RuleOut<C>
}

const NONE: readonly Effect[] = []

/**
 * The effects of the rule that ran last, waiting for `emitOutbox`. A step runs its
 * actions in order, so the effects action listed after a rule's assign takes exactly that
 * rule's effects; carrying them here rather than in the context saves a copy of the
 * context per step.
 */
let pending: readonly Effect[] = NONE

/** The action that emits the effects of the rule before it: list it after each rule. */
export const emitOutbox = {
  type: 'effects',
  params: (): readonly Effect[] => {
    const effects = pending
    pending = NONE
    return effects
  },
} as const

/** An assign that runs a pure rule: the rule's context becomes the machine's, whole. */
export function ruleAssign<C extends object, E extends EventObject>(
  rule: (c: C, e: E) => RuleOut<C>,
) {
  return assign<C, E, undefined, E, never>(
    wholeContext(({ context, event }: { context: C; event: E }) => {
      const out = rule(context, event)
      pending = out.effects
      return out.context
    }),
  )
}

export function ruleActions<C extends object, E extends EventObject>(rules: Rules<C, E>) {
  return {
    effects: (_args: unknown, _effects: readonly Effect[]) => {},
    start: ruleAssign<C, E>((c) => rules.start(c)),
    step: ruleAssign<C, E>((c, e) => rules.step(c, e)),
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
