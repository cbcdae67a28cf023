/**
 * The learner: it records which command was chosen in each slot, applies them to the
 * key-value store strictly in slot order, and catches up when it finds it is behind.
 * A leader answers its waiting clients here, once their command's slot is applied.
 */

import { send, unchanged, type From, type Outcome } from './outcome'
import { setSlot, slotAt } from './slots'
import type { Effect } from '../../sim/protocol'
import type { CatchUp, Command, Decide, PaxosContext } from './types'
import { executeCommand } from '../kv-commands'
import { answer } from '../client-replies'

/** Most decisions one Decide carries; a learner far behind catches up in batches. */
export const MAX_DECISIONS_PER_MESSAGE = 64

/** Records that `command` was chosen in `slot`; what was learned first stays. */
export function learn(c: PaxosContext, slot: number, command: Command): PaxosContext {
  if (slotAt(c.chosen, slot) !== undefined) return c
  const chosen = setSlot(c.chosen, slot, command)
  let chosenUpTo = c.chosenUpTo
  while (slotAt(chosen, chosenUpTo + 1) !== undefined) chosenUpTo++
  // A chosen slot needs no more proposing, and a new command must go past it.
  const pending = Object.hasOwn(c.pending, slot) ? withoutSlot(c.pending, slot) : c.pending
  return { ...c, chosen, chosenUpTo, pending, nextSlot: Math.max(c.nextSlot, slot + 1) }
}

export function withoutSlot<T>(record: Readonly<Record<number, T>>, slot: number) {
  const { [slot]: _, ...rest } = record
  return rest
}

/** Applies chosen slots in order, stopping at the first gap; answers waiting clients. */
export function apply(c: PaxosContext): Outcome {
  let ctx = c
  const effects: Effect[] = []
  while (ctx.applied < ctx.chosenUpTo) {
    const slot = ctx.applied + 1
    const cmd = slotAt(ctx.chosen, slot)!
    const done = executeCommand(ctx, cmd)
    ctx = { ...done.context, applied: slot }
    for (const w of ctx.waiting) {
      // A client whose command lost its slot to another one is not answered: it retries.
      if (w.slot !== slot || w.client !== cmd.client || w.seq !== cmd.seq) continue
      effects.push(send(w.client, answer(w.client, w.seq, done.output)))
    }
  }
  if (ctx.applied > c.applied && ctx.waiting.length > 0) {
    ctx = { ...ctx, waiting: ctx.waiting.filter((w) => w.slot > ctx.applied) }
  }
  return { context: ctx, effects }
}

export function onDecide(c: PaxosContext, e: From<Decide>): Outcome {
  let ctx = c
  for (const d of e.decisions) ctx = learn(ctx, d.slot, d.command)
  return ctx === c ? unchanged(c) : apply(ctx)
}

/** Answers a learner that is behind with the chosen slots it asks for, as far as known. */
export function onCatchUp(c: PaxosContext, e: From<CatchUp>): Outcome {
  const decisions: { slot: number; command: Command }[] = []
  const last = Math.min(c.chosen.length, e.fromSlot + MAX_DECISIONS_PER_MESSAGE - 1)
  for (let slot = e.fromSlot; slot <= last; slot++) {
    const command = slotAt(c.chosen, slot)
    if (command !== undefined) decisions.push({ slot, command })
  }
  if (decisions.length === 0) return unchanged(c)
  return { context: c, effects: [send(e.from, { type: 'Decide', decisions } satisfies Decide)] }
}
