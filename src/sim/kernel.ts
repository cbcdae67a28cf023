/**
 * The kernel's step loop. One event at a time, in (time, seq) order; scenario inputs at
 * time t are applied after every queued event at t, so that an input added at the
 * cursor's time never changes what had already happened at that time.
 */

import { clientReply, clientTimer } from './clients'
import { applyInput } from './inputs'
import { resolveParams, KERNEL_PARAMS } from './params'
import { createRng } from './prng'
import { heapPop } from './queue'
import { withoutEntry } from './records'
import { startNode, stepNode } from './nodes'
import { Recorder } from './trace'
import { isCut } from './network'
import type { SimContext } from './context'
import type { Protocol } from './protocol'
import type { QueueEvent, World } from './world'
import { scenarioNodeIds, type Scenario } from '../scenario/types'

export interface Simulation<S = unknown, G = unknown> {
  readonly ctx: SimContext<S, G>
  readonly world: World<S, G>
}

export function createContext<S, G>(
  scenario: Scenario,
  protocol: Protocol<S, G>,
  recorder: Recorder | null,
): SimContext<S, G> {
  // Every node the run ever has: those that join later wait in slots of their own.
  const ids = scenarioNodeIds(scenario)
  return {
    scenario,
    protocol,
    params: resolveParams({ ...KERNEL_PARAMS, ...protocol.spec.params }, scenario.params),
    ids,
    nodeLookup: new Map(ids.map((id, i) => [id, i])),
    recorder,
  }
}

export function createSimulation<S, G>(
  scenario: Scenario,
  protocol: Protocol<S, G>,
  options: { keepTrace: boolean } = { keepTrace: true },
): Simulation<S, G> {
  const ctx = createContext(scenario, protocol, new Recorder(options.keepTrace))
  const world: World<S, G> = {
    time: 0,
    seq: 0,
    events: 0,
    nextMsgId: 1,
    timerGen: 0,
    rng: createRng(scenario.seed),
    queue: [],
    nodes: ctx.ids.map((id, i) => ({
      id,
      up: false,
      state: null,
      durable: null,
      timers: {},
      ...(i < scenario.nodes ? {} : { absent: true as const }),
    })),
    groupOf: null,
    links: {},
    clients: [],
    nextInput: 0,
    nextJoin: scenario.nodes,
    ghost: protocol.invariants.init(ctx.ids.length),
  }
  for (let i = 0; i < scenario.nodes; i++) startNode(ctx as SimContext, world as World, i)
  return { ctx, world }
}

/** The time of the next event, or Infinity when nothing is left to happen. */
export function nextEventTime(ctx: SimContext, w: World): number {
  const queued = w.queue[0]?.t ?? Infinity
  const input = ctx.scenario.inputs[w.nextInput]?.at ?? Infinity
  return Math.min(queued, input)
}

/** Handles the next event; returns false when there was none. */
export function stepEvent(ctx: SimContext, w: World): boolean {
  const top = w.queue[0]
  const input = ctx.scenario.inputs[w.nextInput]
  if (top !== undefined && (input === undefined || top.t <= input.at)) {
    heapPop(w.queue)
    w.time = top.t
    w.events++
    handle(ctx, w, top)
    return true
  }
  if (input === undefined) return false
  w.time = input.at
  w.events++
  applyInput(ctx, w, input, w.nextInput++)
  return true
}

/** Handles every event up to and including time t, then moves the clock to t. */
export function runUntil(ctx: SimContext, w: World, t: number): void {
  while (nextEventTime(ctx, w) <= t) stepEvent(ctx, w)
  if (t > w.time) w.time = t
}

function handle(ctx: SimContext, w: World, e: QueueEvent): void {
  switch (e.k) {
    case 'deliver':
      return deliver(ctx, w, e.msg)
    case 'timer': {
      const slot = w.nodes[e.node]!
      // A re-armed or cancelled timer leaves its old entry behind; only the latest fires.
      if (slot.timers[e.name] !== e.gen) return
      slot.timers = withoutEntry(slot.timers, e.name)
      ctx.recorder?.record({ t: w.time, kind: 'timer', node: slot.id, name: e.name })
      return stepNode(ctx, w, e.node, { type: 'timer', name: e.name, now: w.time })
    }
    case 'client':
      return clientTimer(ctx, w, e.op, e.gen)
  }
}

function deliver(ctx: SimContext, w: World, msg: Extract<QueueEvent, { k: 'deliver' }>['msg']) {
  const target = ctx.nodeLookup.get(msg.to)
  if (target === undefined) {
    ctx.recorder?.record({ t: w.time, kind: 'deliver', id: msg.id })
    return clientReply(ctx, w, msg.from, msg.to, msg.payload)
  }
  const source = ctx.nodeLookup.get(msg.from)
  const reason =
    msg.doomed ??
    (source !== undefined && isCut(w, source, target) ? 'partition' : null) ??
    (w.nodes[target]!.up ? null : 'crashed')
  if (reason !== null) {
    ctx.recorder?.record({ t: w.time, kind: 'drop', id: msg.id, reason })
    return
  }
  ctx.recorder?.record({ t: w.time, kind: 'deliver', id: msg.id })
  stepNode(ctx, w, target, { type: 'message', from: msg.from, msg: msg.payload, now: w.time })
}
