/**
 * Which lane (a node or a client) a trace entry is an event on, for the causality indexes
 * (causality.ts, with vector clocks; causal-sweep.ts, by sweeping): a send is on its
 * sender, a delivery on its receiver, an operation on its client, and an input on the node
 * whose next entry records its effect.
 */

import type { MessageIndex } from './messages'
import type { TraceView } from '../sim/trace'

/** The entry is an event on no lane. */
export const NO_LANE = -1
/** The entry's lane is the next entry's, which is not in the trace yet. */
export const PENDING = -2

/** An input whose effect is recorded in the very next entry, on the node it acts on. */
const NODE_INPUTS = new Set(['crash', 'restart', 'timeout'])

/**
 * The lane of entry i, by `laneFor` (which numbers lanes as the index likes), NO_LANE or
 * PENDING. `opClients` remembers each invoked operation's client, for its return.
 */
export function laneOfEntry(
  trace: TraceView,
  i: number,
  messages: MessageIndex,
  opClients: string[],
  laneFor: (id: string) => number,
): number {
  const e = trace.at(i)!
  switch (e.kind) {
    case 'send':
      return laneFor(e.from)
    case 'deliver': {
      const s = messages.sendIndex(e.id)
      return s < 0 ? NO_LANE : laneFor((trace.at(s) as { to: string }).to)
    }
    case 'timer':
    case 'state':
      return laneFor(e.node)
    case 'invoke':
      opClients[e.op] = e.client
      return laneFor(e.client)
    case 'return': {
      const client = opClients[e.op]
      return client === undefined ? NO_LANE : laneFor(client)
    }
    case 'input': {
      if (!NODE_INPUTS.has(e.type) || e.ignored !== undefined) return NO_LANE
      const next = trace.at(i + 1)
      if (next === undefined) return PENDING
      return next.kind === 'state' || next.kind === 'timer' ? laneFor(next.node) : NO_LANE
    }
    default:
      return NO_LANE
  }
}
