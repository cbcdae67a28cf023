/** Applying scenario inputs (faults and client requests) to the world. */

import { invokeClient } from './clients'
import { groupsToIndex } from './network'
import { castVote, crashNode, fireTimerNow, joinNode, leaveNode, startNode } from './nodes'
import { heapRemove } from './queue'
import { enqueue, sendMessage } from './schedule'
import { linkKey, type QueueEvent, type World } from './world'
import type { SimContext } from './context'
import type { Input } from '../scenario/types'

type MessageInput = Extract<Input, { type: 'drop' | 'duplicate' | 'delay' }>

/** Message `id`'s delivery in the queue, while it is in flight. */
export function inFlight(w: World, id: number) {
  const found = w.queue.find((e) => e.k === 'deliver' && e.msg.id === id)
  return found?.k === 'deliver' ? found : undefined
}

/** Why an input would change nothing now, or null when it takes effect. */
function whyIgnored(ctx: SimContext, w: World, input: Input): string | null {
  if ('node' in input && input.type !== 'client' && input.node !== undefined) {
    if (w.nodes[ctx.nodeLookup.get(input.node)!]!.absent === true) {
      return `${input.node} is not in the cluster`
    }
  }
  switch (input.type) {
    case 'crash':
      return w.nodes[ctx.nodeLookup.get(input.node)!]!.up ? null : `${input.node} is already down`
    case 'restart':
      return w.nodes[ctx.nodeLookup.get(input.node)!]!.up ? `${input.node} is already up` : null
    case 'timeout':
    case 'vote':
      return w.nodes[ctx.nodeLookup.get(input.node)!]!.up ? null : `${input.node} is down`
    case 'heal':
      return w.groupOf === null ? 'the network was not partitioned' : null
    case 'drop':
    case 'duplicate':
    case 'delay':
      return inFlight(w, input.message) ? null : `message ${input.message} is not in flight`
    default:
      return null
  }
}

function apply(ctx: SimContext, w: World, input: Input): void {
  switch (input.type) {
    case 'crash':
      return crashNode(ctx, w, ctx.nodeLookup.get(input.node)!)
    case 'restart':
      return startNode(ctx, w, ctx.nodeLookup.get(input.node)!)
    case 'timeout':
      return fireTimerNow(ctx, w, ctx.nodeLookup.get(input.node)!)
    case 'vote':
      return castVote(ctx, w, ctx.nodeLookup.get(input.node)!, input.value)
    case 'join':
      return joinNode(ctx, w)
    case 'leave':
      return leaveNode(ctx, w, ctx.nodeLookup.get(input.node)!)
    case 'partition':
      w.groupOf = groupsToIndex(ctx.ids, input.groups)
      return
    case 'heal':
      w.groupOf = null
      return
    case 'client':
      return invokeClient(ctx, w, input)
    case 'link':
      return setLink(w, input)
    case 'drop':
    case 'duplicate':
    case 'delay':
      return messageFault(ctx, w, input)
  }
}

function setLink(w: World, input: Extract<Input, { type: 'link' }>): void {
  const links = { ...w.links }
  const key = linkKey(input.from, input.to)
  // A link input with neither key restores the link to the scenario's defaults.
  if (input.lossRate === undefined && input.latencyMs === undefined) delete links[key]
  else {
    links[key] = {
      ...(input.lossRate === undefined ? {} : { lossRate: input.lossRate }),
      ...(input.latencyMs === undefined ? {} : { latencyMs: input.latencyMs }),
    }
  }
  w.links = links
}

function messageFault(ctx: SimContext, w: World, input: MessageInput): void {
  const found = inFlight(w, input.message)!
  const msg = found.msg
  if (input.type === 'duplicate') {
    // The copy is a new message on the same link, with a latency of its own.
    sendMessage(ctx, w, msg.from, msg.to, msg.payload, msg.id)
    return
  }
  heapRemove(w.queue, (e: QueueEvent) => e === found)
  if (input.type === 'delay') {
    const deliverAt = found.t + input.byMs
    enqueue(w, { k: 'deliver', t: deliverAt, msg })
    ctx.recorder?.record({ t: w.time, kind: 'delay', id: msg.id, deliverAt })
    return
  }
  ctx.recorder?.record({ t: w.time, kind: 'drop', id: msg.id, reason: 'fault' })
}

export function applyInput(ctx: SimContext, w: World, input: Input, index: number): void {
  const ignored = whyIgnored(ctx, w, input)
  // The input is recorded first, so that what it causes follows it in the trace.
  ctx.recorder?.record({
    t: w.time,
    kind: 'input',
    index,
    type: input.type,
    ...(ignored === null ? {} : { ignored }),
  })
  if (ignored === null) apply(ctx, w, input)
}
