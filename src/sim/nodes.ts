/** Stepping nodes: events in, effects out, carried out by the kernel; crash and restart. */

import { drawMs } from './prng'
import { enqueue, sendMessage } from './schedule'
import { withEntry, withoutEntry } from './records'
import type { SimContext } from './context'
import type { Effect, NodeEvent, NodeView, Step } from './protocol'
import { memberIds, type World } from './world'

function applyEffects(ctx: SimContext, w: World, i: number, effects: readonly Effect[]): void {
  const slot = w.nodes[i]!
  for (const effect of effects) {
    switch (effect.type) {
      case 'send':
        sendMessage(ctx, w, slot.id, effect.to, effect.msg)
        break
      case 'setTimer': {
        const gen = ++w.timerGen
        slot.timers = withEntry(slot.timers, effect.name, gen)
        const t = w.time + drawMs(w.rng, effect.ms)
        enqueue(w, { k: 'timer', t, node: i, name: effect.name, gen, setAt: w.time })
        break
      }
      case 'cancelTimer':
        if (effect.name in slot.timers) slot.timers = withoutEntry(slot.timers, effect.name)
        break
    }
  }
}

function sameView(a: NodeView | null, b: NodeView | null): boolean {
  if (a === null || b === null) return a === b
  return a.role === b.role && a.term === b.term && a.commit === b.commit
}

/** The role a node that is down shows: `left` once it left the cluster, else `crashed`. */
function downRole(w: World, i: number): string {
  return w.nodes[i]!.absent === true ? 'left' : 'crashed'
}

/** Records a visible change of the node (role, term, commit) in the trace. */
function recordView(ctx: SimContext, w: World, i: number, before: unknown, after: unknown) {
  const { protocol, recorder } = ctx
  if (recorder === null) return
  const was = before === null ? null : protocol.view(before)
  const now = after === null ? null : protocol.view(after)
  if (sameView(was, now)) return
  recorder.record({
    t: w.time,
    kind: 'state',
    node: w.nodes[i]!.id,
    role: now?.role ?? downRole(w, i),
    term: now?.term ?? null,
    commit: now?.commit ?? null,
  })
}

/** Runs the protocol's invariants over the node's new state. */
function checkInvariants(ctx: SimContext, w: World, i: number, before: unknown, after: unknown) {
  const id = w.nodes[i]!.id
  const found = ctx.protocol.invariants.check(
    w.ghost,
    w.time,
    id,
    before,
    after,
    w.nodes,
    w.clients,
  )
  for (const v of found) {
    ctx.recorder?.record({
      t: w.time,
      kind: 'violation',
      invariant: v.invariant,
      nodes: v.nodes,
      message: v.message,
    })
  }
}

/** A node's new state takes effect: the change is recorded before what it causes. */
function transition(ctx: SimContext, w: World, i: number, before: unknown, step: Step<unknown>) {
  w.nodes[i]!.state = step.state
  recordView(ctx, w, i, before, step.state)
  applyEffects(ctx, w, i, step.effects)
  checkInvariants(ctx, w, i, before, step.state)
}

export function stepNode(ctx: SimContext, w: World, i: number, event: NodeEvent): void {
  const slot = w.nodes[i]!
  const before = slot.state
  if (before === null) return
  transition(ctx, w, i, before, ctx.protocol.step(before, event))
}

export function startNode(ctx: SimContext, w: World, i: number): void {
  const slot = w.nodes[i]!
  const step = ctx.protocol.init({
    id: slot.id,
    peers: memberIds(w).filter((id) => id !== slot.id),
    params: ctx.params,
    variant: ctx.scenario.variant,
    durable: slot.durable,
    now: w.time,
    seed: ctx.scenario.seed,
  })
  slot.up = true
  transition(ctx, w, i, null, step)
}

/** Keeps what the protocol declares durable; drops the rest, timers included. */
export function crashNode(ctx: SimContext, w: World, i: number): void {
  const slot = w.nodes[i]!
  const before = slot.state
  slot.durable = before === null ? slot.durable : ctx.protocol.durable(before)
  slot.up = false
  slot.state = null
  slot.timers = {}
  recordView(ctx, w, i, before, null)
  checkInvariants(ctx, w, i, before, null)
}

/** A `join`: the next waiting slot becomes a member and starts from nothing. */
export function joinNode(ctx: SimContext, w: World): void {
  const i = w.nextJoin++
  const { absent: _, ...slot } = w.nodes[i]!
  w.nodes[i] = slot
  startNode(ctx, w, i)
  tellMembers(ctx, w)
}

/** A `leave`: the node stops for good, keeping nothing, and the others hear of it. */
export function leaveNode(ctx: SimContext, w: World, i: number): void {
  const slot = w.nodes[i]!
  const before = slot.state
  slot.absent = true
  slot.up = false
  slot.state = null
  slot.durable = null
  slot.timers = {}
  recordView(ctx, w, i, before, null)
  checkInvariants(ctx, w, i, before, null)
  tellMembers(ctx, w)
}

/** Every member that is up hears the new list of members, in slot order. */
function tellMembers(ctx: SimContext, w: World): void {
  const members = ctx.protocol.members
  if (members === undefined) return
  const ids = memberIds(w)
  w.nodes.forEach((slot, i) => {
    if (!slot.up || slot.state === null) return
    const before = slot.state
    transition(ctx, w, i, before, members(before, ids))
  })
}

/** A `vote` input: the node casts `value` as its next vote (the spec says it votes). */
export function castVote(ctx: SimContext, w: World, i: number, value: 'yes' | 'no'): void {
  const slot = w.nodes[i]!
  const vote = ctx.protocol.vote
  if (vote === undefined || slot.state === null) return
  transition(ctx, w, i, slot.state, vote(slot.state, value))
}

/** A `timeout` input: the protocol's timeout timer fires now instead of when it was due. */
export function fireTimerNow(ctx: SimContext, w: World, i: number): void {
  const slot = w.nodes[i]!
  const name = ctx.protocol.spec.timeoutTimer
  slot.timers = withoutEntry(slot.timers, name)
  ctx.recorder?.record({ t: w.time, kind: 'timer', node: slot.id, name })
  stepNode(ctx, w, i, { type: 'timer', name, now: w.time })
}
