/**
 * The messages of a ShiViz log, inferred from its vector clocks as ShiViz does: an event
 * on host h receives from host g when its clock's entry for g rises above what h's
 * previous event knew of g; the send is g's event with exactly that own entry. Of the
 * candidates for one event, those already known to another candidate are dropped, so
 * only direct messages remain, not knowledge passed along.
 */

import { entryOf, type Clock } from './shiviz-clocks'

export interface ShivizMessage {
  readonly from: string
  readonly to: string
  /** Indexes into the log's events. */
  readonly send: number
  readonly receive: number
}

export function inferMessages(
  events: readonly { readonly clock: Clock }[],
  byHost: ReadonlyMap<string, readonly number[]>,
): ShivizMessage[] {
  const messages: ShivizMessage[] = []
  for (const [host, list] of byHost) {
    let known: Clock = {}
    for (const receive of list) {
      const clock = events[receive]!.clock
      const candidates: { host: string; time: number; send: number }[] = []
      for (const [other, time] of Object.entries(clock)) {
        if (other === host || time <= entryOf(known, other)) continue
        candidates.push({ host: other, time, send: byHost.get(other)![time - 1]! })
      }
      for (const c of candidates) {
        const implied = candidates.some(
          (d) => d !== c && entryOf(events[d.send]!.clock, c.host) >= c.time,
        )
        if (!implied) messages.push({ from: c.host, to: host, send: c.send, receive })
      }
      known = clock
    }
  }
  // In the order of the receiving events in the log, then of the sends.
  return messages.sort((a, b) => a.receive - b.receive || a.send - b.send)
}
