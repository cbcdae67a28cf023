/** A plain, comparable image of a world: for tests that two ways to a moment agree. */

import type { SimContext } from './context'
import type { World } from './world'

export function worldDigest(ctx: SimContext, w: World): unknown {
  return {
    time: w.time,
    seq: w.seq,
    events: w.events,
    nextMsgId: w.nextMsgId,
    timerGen: w.timerGen,
    rng: w.rng.s,
    queue: w.queue.map((e) => ({ ...e })),
    nodes: w.nodes.map((n) => ({
      id: n.id,
      up: n.up,
      state: n.state === null ? null : ctx.protocol.digest(n.state),
      durable: n.durable === null ? null : ctx.protocol.describeDurable(n.durable),
      timers: n.timers,
    })),
    groupOf: w.groupOf,
    links: w.links,
    clients: w.clients,
    nextInput: w.nextInput,
    ghost: ctx.protocol.invariants.digest(w.ghost),
  }
}
