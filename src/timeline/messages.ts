/** Looking up messages by id in a trace: where each was sent, and what became of it. */

import type { TraceEntry } from '../sim/trace'

export type SendEntry = Extract<TraceEntry, { kind: 'send' }>

/**
 * An index of sends by message id, grown as the trace grows (message ids follow send
 * order, so the index is an array).
 */
export class MessageIndex {
  private readonly sends: SendEntry[] = []
  private scanned = 0

  sendOf(trace: readonly TraceEntry[], id: number): SendEntry | undefined {
    for (; this.scanned < trace.length; this.scanned++) {
      const e = trace[this.scanned]!
      if (e.kind === 'send') this.sends[e.id] = e
    }
    return this.sends[id]
  }
}
