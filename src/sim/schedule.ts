/** Putting things on the queue: messages onto the network, timers onto the clock. */

import { drawLatency, drawLoss, isCut, routeOf } from './network'
import { heapPush } from './queue'
import type { SimContext } from './context'
import type { Payload } from './protocol'
import type { Message, QueueEvent, World } from './world'

type Unqueued<E> = E extends QueueEvent ? Omit<E, 'seq'> : never

export function enqueue(w: World, event: Unqueued<QueueEvent>): void {
  ;(event as { seq?: number }).seq = w.seq++
  heapPush(w.queue, event as QueueEvent)
}

/** Sends from a node or a client to a node or a client; see network.ts for the rules. */
export function sendMessage(
  ctx: SimContext,
  w: World,
  from: string,
  to: string,
  payload: Payload,
  copyOf?: number,
): Message {
  const source = ctx.nodeLookup.get(from)
  const target = ctx.nodeLookup.get(to)
  const route = routeOf(w, ctx.params, from, to)
  const betweenNodes = source !== undefined && target !== undefined
  const latency = drawLatency(w, route)
  const lost = betweenNodes && drawLoss(w, route)
  const doomed = lost ? 'loss' : betweenNodes && isCut(w, source, target) ? 'partition' : null
  const msg: Message = { id: w.nextMsgId++, from, to, sentAt: w.time, payload, doomed }
  const deliverAt = w.time + latency
  enqueue(w, { k: 'deliver', t: deliverAt, msg })
  ctx.recorder?.record({
    t: w.time,
    kind: 'send',
    id: msg.id,
    from,
    to,
    deliverAt,
    payload,
    ...(copyOf === undefined ? {} : { copyOf }),
  })
  return msg
}
