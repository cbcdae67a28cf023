/**
 * A ShiViz log as a space-time diagram. A log has no time, only order, so each event is
 * placed at its Lamport position (one more than the latest event it directly follows,
 * on its host or by a message), scaled to synthetic milliseconds: lanes per host, an
 * arrow per inferred message, a mark per event.
 */

import { StaticSpacetime, type Arrow, type Mark } from '../timeline/spacetime'
import type { ShivizLog } from './shiviz'

export interface ShivizLayoutOptions {
  /** Synthetic milliseconds per Lamport step, so a time axis can zoom it like a run. */
  readonly stepMs?: number
}

/** Each event's Lamport position: 1 for events that follow nothing. */
export function lamportPositions(log: ShivizLog): number[] {
  const position = log.events.map(() => 0)
  const before = new Map<number, number[]>()
  const follows = (e: number, p: number) => before.set(e, [...(before.get(e) ?? []), p])
  for (const m of log.messages) follows(m.receive, m.send)
  for (const list of log.byHost.values()) {
    for (let k = 1; k < list.length; k++) follows(list[k]!, list[k - 1]!)
  }
  // If a happens before b, a's clock sums to less than b's: an order to fill positions in.
  const sum = log.events.map((e) => Object.values(e.clock).reduce((s, v) => s + v, 0))
  const order = log.events.map((_, i) => i).sort((a, b) => sum[a]! - sum[b]! || a - b)
  for (const e of order) {
    position[e] = 1 + Math.max(0, ...(before.get(e) ?? []).map((p) => position[p]!))
  }
  return position
}

export function shivizLayout(log: ShivizLog, options: ShivizLayoutOptions = {}): StaticSpacetime {
  const stepMs = options.stepMs ?? 10
  const at = lamportPositions(log).map((p) => p * stepMs)
  const marks: Mark[] = log.events.map((e, i) => ({
    node: e.host,
    at: at[i]!,
    kind: 'event',
    label: e.text,
    eventIndex: i,
  }))
  const arrows: Arrow[] = log.messages.map((m, k) => ({
    id: k + 1,
    from: m.from,
    to: m.to,
    sentAt: at[m.send]!,
    arrivedAt: at[m.receive]!,
    dueAt: at[m.receive]!,
    fate: 'delivered',
    duplicate: false,
    copyOf: null,
    delayed: false,
    dropReason: null,
    kind: 'message',
    sendIndex: m.send,
    endIndex: m.receive,
  }))
  return new StaticSpacetime(log.hosts, arrows, marks)
}
