/** Stepping nodes: events in, effects out, carried out by the kernel; crash and restart. */

import { drawMs } from './prng'
import { enqueue, sendMessage } from './schedule'
import type { SimContext } from './context'
import type { Effect, NodeEvent, NodeView } from './protocol'
import type { World } from './world'

function applyEffects(ctx: SimContext, w: World, i: number, effects: readonly Effect[]): void {
  const slot = w.nodes[i]!
  for (const effect of effects) {
    switch (effect.type) {
      case 'send':
        sendMessage(ctx, w, slot.id, effect.to, effect.msg)
        break
      case 'setTimer': {
        const gen = ++w.timerGen
        slot.timers = { ...slot.timers, [effect.name]: gen }
        const t = w.time + drawMs(w.rng, effect.ms)
        enqueue(w, { k: 'timer', t, node: i, name: effect.name, gen })
        break
      }
      case 'cancelTimer':
        if (effect.name in slot.timers) {
          const { [effect.name]: _, ...rest } = slot.timers
          slot.timers = rest
        }
        break
    }
  }
}

function sameView(a: NodeView | null, b: NodeView | null): boolean {
  if (a === null || b === null) return a === b
  return a.role === b.role && a.term === b.term && a.commit === b.commit
}

/** Records a visible change of the node and runs the invariants over the new state. */
function afterChange(ctx: SimContext, w: World, i: number, before: unknown, after: unknown) {
  const { protocol, recorder } = ctx
  const id = w.nodes[i]!.id
  if (recorder !== null) {
    const was = before === null ? null : protocol.view(before)
    const now = after === null ? null : protocol.view(after)
    if (!sameView(was, now)) {
      recorder.record({
        t: w.time,
        kind: 'state',
        node: id,
        role: now?.role ?? 'crashed',
        term: now?.term ?? null,
        commit: now?.commit ?? null,
      })
    }
  }
  const found = protocol.invariants.check(w.ghost, w.time, id, before, after, w.nodes)
  for (const v of found) {
    recorder?.record({
      t: w.time,
      kind: 'violation',
      invariant: v.invariant,
      nodes: v.nodes,
      message: v.message,
    })
  }
}

export function stepNode(ctx: SimContext, w: World, i: number, event: NodeEvent): void {
  const slot = w.nodes[i]!
  const before = slot.state
  if (before === null) return
  const { state, effects } = ctx.protocol.step(before, event)
  slot.state = state
  applyEffects(ctx, w, i, effects)
  afterChange(ctx, w, i, before, state)
}

export function startNode(ctx: SimContext, w: World, i: number): void {
  const slot = w.nodes[i]!
  const { state, effects } = ctx.protocol.init({
    id: slot.id,
    peers: ctx.ids.filter((id) => id !== slot.id),
    params: ctx.params,
    variant: ctx.scenario.variant,
    durable: slot.durable,
  })
  slot.up = true
  slot.state = state
  applyEffects(ctx, w, i, effects)
  afterChange(ctx, w, i, null, state)
}

/** Keeps what the protocol declares durable; drops the rest, timers included. */
export function crashNode(ctx: SimContext, w: World, i: number): void {
  const slot = w.nodes[i]!
  const before = slot.state
  slot.durable = before === null ? slot.durable : ctx.protocol.durable(before)
  slot.up = false
  slot.state = null
  slot.timers = {}
  afterChange(ctx, w, i, before, null)
}

/** A `timeout` input: the protocol's timeout timer fires now instead of when it was due. */
export function fireTimerNow(ctx: SimContext, w: World, i: number): void {
  const slot = w.nodes[i]!
  const name = ctx.protocol.spec.timeoutTimer
  const { [name]: _, ...rest } = slot.timers
  slot.timers = rest
  ctx.recorder?.record({ t: w.time, kind: 'timer', node: slot.id, name })
  stepNode(ctx, w, i, { type: 'timer', name })
}
