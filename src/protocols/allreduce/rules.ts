/**
 * A node's rules as pure functions: an event in, the new context and effects out. Each
 * event may make sends due (topology.ts); those go out at once, and every retry period
 * again until acknowledged. A node finishes a step when it holds the whole sum and its
 * sends of the step are acknowledged: it applies the sum, checkpoints now and then, and
 * computes its next gradient. Restarted in an elastic run, it tells its peers, which
 * resend what it lost, or hand it their model when they are further on.
 */

import { send } from '../rule-actions'
import { answer } from '../client-replies'
import { addInto, chunkRange, gradient } from './vector'
import { addWhole, dueSends, isComplete, joinParts, sourcesOf, splitParts } from './topology'
import type { Effect } from '../../sim/protocol'
import type { RuleOut } from '../rule-actions'
import type { ChunkMsg, Part, ReduceContext, ReduceEvent, StateMsg } from './types'

export const COMPUTE = 'compute'
export const RETRY = 'retry'

type Out = RuleOut<ReduceContext>

const idOf = (k: number) => `n${k + 1}`
const indexOf = (id: string) => Number(id.slice(1)) - 1

const isServer = (c: ReduceContext) => c.opts.mode === 'server' && c.index === 0

/** This step's own gradient, cut into chunks (the server has none). */
function ownParts(c: ReduceContext): (Part | null)[] {
  if (isServer(c)) return Array.from({ length: c.size }, () => null)
  const g = gradient(c.opts.seed, c.index, c.step, c.opts.vectorLength)
  return Array.from({ length: c.size }, (_, j) => {
    const [a, b] = chunkRange(c.opts.vectorLength, c.size, j)
    return { from: [c.index], values: g.slice(a, b) }
  })
}

/** A new step: the gradient is computed for `computeMs` before anything is sent. */
function beginStep(c: ReduceContext, effects: Effect[]): ReduceContext {
  const fresh = { ...c, heard: [], sent: [], acked: [] }
  if (c.step >= c.opts.steps) return { ...fresh, computing: false }
  const server = isServer(c)
  if (!server) effects.push({ type: 'setTimer', name: COMPUTE, ms: c.opts.computeMs })
  return { ...fresh, computing: !server, held: ownParts(fresh) }
}

function sendMsg(c: ReduceContext, to: number, msg: ChunkMsg, effects: Effect[]): ReduceContext {
  effects.push(send(idOf(to), msg))
  return { ...c, bytesSent: c.bytesSent + msg.values.length * c.opts.elementBytes }
}

/** Sends what has become due and was never sent. */
function flush(c0: ReduceContext, effects: Effect[]): ReduceContext {
  let c = c0
  const sent = [...c.sent]
  for (const d of dueSends(c)) {
    if (sent.includes(d.key)) continue
    c = sendMsg(c, d.to, d.msg, effects)
    sent.push(d.key)
  }
  if (sent.length === c.sent.length) return c
  // The retry period starts again with each new send, so that none is resent too early.
  effects.push({ type: 'setTimer', name: RETRY, ms: c.opts.retryMs })
  return { ...c, sent }
}

/** Finishes steps while the whole sum is in and every send of the step is acknowledged. */
function settle(c0: ReduceContext, effects: Effect[]): ReduceContext {
  let c = flush(c0, effects)
  while (
    !c.computing &&
    c.step < c.opts.steps &&
    isComplete(c) &&
    dueSends(c).every((d) => c.acked.includes(d.key))
  ) {
    const values = joinParts(c)
    const next = c.step + 1
    const params = addInto(c.params, values)
    const checkpoint = next % c.opts.checkpointEvery === 0 ? { step: next, params } : c.checkpoint
    c = { ...c, step: next, params, checkpoint, applied: { step: c.step, values } }
    c = flush(beginStep(c, effects), effects)
  }
  return c
}

const ackOf = (m: ChunkMsg) => ({ type: 'ChunkAck', step: m.step, phase: m.phase, chunk: m.chunk })

const stateOf = (c: ReduceContext): StateMsg => ({ type: 'State', step: c.step, params: c.params })

/** Adds (or, in the all-gather, stores) a chunk of the current step. */
function take(c: ReduceContext, sender: number, m: ChunkMsg): ReduceContext {
  if (m.phase === 'ag') {
    if (isComplete(c)) return c
    if (m.chunk >= 0) {
      const held = c.held.slice()
      held[m.chunk] = { from: m.contributors, values: m.values }
      return { ...c, held }
    }
    return { ...c, held: splitParts(c, m.contributors, m.values) }
  }
  if (m.contributors.includes(c.index) && !c.opts.noDedup) return c
  if (m.chunk >= 0) {
    const p = c.held[m.chunk] ?? null
    // A partial sum arrives once in the ring; a second copy is a retransmission.
    if (p !== null && p.from.length > 1 && !c.opts.noDedup) return c
    const held = c.held.slice()
    held[m.chunk] =
      p === null
        ? { from: m.contributors, values: m.values }
        : { from: [...p.from, ...m.contributors], values: addInto(p.values, m.values) }
    return { ...c, held }
  }
  if (c.heard.includes(sender) && !c.opts.noDedup) return c
  const heard = c.heard.includes(sender) ? c.heard : [...c.heard, sender]
  return { ...c, heard, held: addWhole(c, m.contributors, m.values) }
}

function onChunk(c: ReduceContext, from: string, m: ChunkMsg): Out {
  const effects: Effect[] = []
  const sender = indexOf(from)
  // Not yet there: no ack, so that the sender tries again once this node has caught up.
  if (m.step > c.step) return { context: c, effects }
  effects.push(send(from, ackOf(m)))
  if (m.step < c.step) {
    // The sender lags behind; in an elastic run it may lag for good (it lost its state).
    if (c.opts.elastic) effects.push(send(from, stateOf(c)))
    return { context: c, effects }
  }
  return { context: settle(take(c, sender, m), effects), effects }
}

function onAck(c: ReduceContext, from: string, m: Extract<ReduceEvent, { type: 'ChunkAck' }>): Out {
  const key = `${m.phase}:${m.chunk}@${from}`
  if (m.step !== c.step || c.acked.includes(key)) return { context: c, effects: [] }
  const effects: Effect[] = []
  return { context: settle({ ...c, acked: [...c.acked, key] }, effects), effects }
}

/** A restarted peer lost what it was sent: send it again, or hand it the model when ahead. */
function onRejoin(c: ReduceContext, from: string, theirs: number): Out {
  const effects: Effect[] = []
  if (!c.opts.elastic) return { context: c, effects }
  const suffix = `@${from}`
  const keep = (k: string) => !k.endsWith(suffix)
  if (c.step > theirs) effects.push(send(from, stateOf(c)))
  const context = flush({ ...c, sent: c.sent.filter(keep), acked: c.acked.filter(keep) }, effects)
  return { context, effects }
}

/** A peer further on handed over its model: skip to its step. */
function onState(c: ReduceContext, m: StateMsg): Out {
  const effects: Effect[] = []
  if (!c.opts.elastic || m.step <= c.step) return { context: c, effects }
  effects.push({ type: 'cancelTimer', name: COMPUTE })
  const adopted = c.adopted + m.step - c.step
  const checkpoint = { step: m.step, params: m.params }
  const next = { ...c, step: m.step, params: m.params, checkpoint, adopted }
  return { context: settle(beginStep(next, effects), effects), effects }
}

/** Every retry period: resend what is not acknowledged; in an elastic run, ask when idle. */
function onRetry(c: ReduceContext): Out {
  const effects: Effect[] = []
  if (c.step >= c.opts.steps) return { context: c, effects }
  effects.push({ type: 'setTimer', name: RETRY, ms: c.opts.retryMs })
  let context = c
  const unacked = dueSends(c).filter((d) => !c.acked.includes(d.key))
  for (const d of unacked) context = sendMsg(context, d.to, d.msg, effects)
  if (c.opts.elastic && unacked.length === 0 && !c.computing && !isComplete(c)) {
    for (const k of sourcesOf(c)) effects.push(send(idOf(k), { type: 'Poll', step: c.step }))
  }
  return { context, effects }
}

export function start(c0: ReduceContext): Out {
  const effects: Effect[] = [{ type: 'setTimer', name: RETRY, ms: c0.opts.retryMs }]
  if (c0.restarted && c0.opts.elastic) {
    for (let k = 0; k < c0.size; k++) {
      if (k !== c0.index) effects.push(send(idOf(k), { type: 'Rejoin', step: c0.step }))
    }
  }
  const c = settle(beginStep(c0, effects), effects)
  return { context: c, effects }
}

function status(c: ReduceContext): string {
  if (c.step >= c.opts.steps) return `done after ${c.opts.steps} steps`
  return c.computing ? `step ${c.step}, computing` : `step ${c.step}, reducing`
}

export function step(c: ReduceContext, e: ReduceEvent): Out {
  switch (e.type) {
    case 'Chunk':
      return onChunk(c, e.from, e)
    case 'ChunkAck':
      return onAck(c, e.from, e)
    case 'Rejoin':
      return onRejoin(c, e.from, e.step)
    case 'State':
      return onState(c, e)
    case 'Poll':
      return c.opts.elastic && c.step > e.step
        ? { context: c, effects: [send(e.from, stateOf(c))] }
        : { context: c, effects: [] }
    case 'ClientRequest':
      return { context: c, effects: [send(e.client, answer(e.client, e.seq, status(c)))] }
    case `timer.${COMPUTE}`: {
      const effects: Effect[] = []
      return { context: settle({ ...c, computing: false }, effects), effects }
    }
    case `timer.${RETRY}`:
      return onRetry(c)
    default:
      return { context: c, effects: [] }
  }
}
