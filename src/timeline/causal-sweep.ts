/**
 * Happens-before without vector clocks, for large clusters. Vector clocks hold one number
 * per node for every event: 1,000 nodes probing each other make 8,000 events a second, so a minute of
 * them would need 2 GB. Here one pass over the trace finds the causal past (backwards from
 * the event) or future (forwards) of the one event the user picked, and only as far as
 * someone asks: the diagram asks about the entries in its window, so a pick costs the
 * entries between the event and the window, once, whatever the cluster size.
 *
 * Each lane's past is a prefix and its future a suffix, as with clocks: a backward sweep
 * keeps, per lane, the latest entry known to precede the event, raised by every delivery
 * in the past to its send; a forward sweep keeps the first entry on each lane that knows
 * of the event, lowered by every delivery of a message sent in the future. The lanes are
 * CausalIndex's (nodes, then clients), and the answers are the same (causal-sweep.test.ts).
 */

import { IntColumn } from './columns'
import { laneOfEntry, NO_LANE, PENDING } from './entry-lane'
import { keptOnBranch } from './entry-prefix'
import { MessageIndex } from './messages'
import type { CausalCut } from './causality'
import type { TraceView } from '../sim/trace'

/** What the space-time diagram asks of causality: the past and future of one event. */
export interface CausalView {
  pastOf(entry: number): CausalCut
  futureOf(entry: number): CausalCut
}

const EMPTY_CUT: CausalCut = { has: () => false }

export class CausalSweep implements CausalView {
  private readonly nodes: readonly string[]
  private readonly laneLookup: Map<string, number>
  /** Where each lane past the nodes' (a client's) begins: the entry of its first event. */
  private readonly laneStarts: number[] = []
  private laneOfEntry = new IntColumn(NO_LANE)
  private opClients: string[] = []
  private readonly messages: MessageIndex
  private trace: TraceView = []
  private scanned = 0
  /** The cuts asked for last, kept while the same event stays picked (every frame). */
  private past: { entry: number; cut: CausalCut } | null = null
  private future: { entry: number; cut: CausalCut } | null = null

  constructor(nodes: readonly string[], messages = new MessageIndex()) {
    this.nodes = nodes.slice()
    this.laneLookup = new Map(nodes.map((id, i) => [id, i]))
    this.messages = messages
  }

  /** Reads the entries added since the last call: each one's lane. */
  update(trace: TraceView): this {
    this.trace = trace
    this.messages.update(trace)
    for (; this.scanned < trace.length; this.scanned++) {
      const lane = this.laneAt(this.scanned)
      if (lane === PENDING) break
      if (lane >= 0) this.laneOfEntry.set(this.scanned, lane)
    }
    return this
  }

  /**
   * A copy that has read the first `count` entries of the trace only, to go on reading a
   * branch that shares them (after `update` with the branch's trace, which it must be
   * given before it is asked anything). `messages`: the branch's message index.
   */
  prefix(count: number, messages = new MessageIndex()): CausalSweep {
    const n = keptOnBranch(this.trace, count, this.scanned)
    const copy = new CausalSweep(this.nodes, messages)
    copy.trace = this.trace
    copy.scanned = n
    copy.laneOfEntry = this.laneOfEntry.copy(n)
    copy.opClients = this.opClients.slice()
    // Clients take lanes as they first appear: those seen before entry n come first.
    for (const [id, lane] of this.laneLookup) {
      if (lane < this.nodes.length) continue
      const start = this.laneStarts[lane - this.nodes.length]!
      if (start >= n) break
      copy.laneLookup.set(id, lane)
      copy.laneStarts.push(start)
    }
    return copy
  }

  /** The lane an entry is an event on, or -1 for an entry that is no event. */
  lane(entry: number): number {
    return entry < this.scanned ? this.laneOfEntry.get(entry) : NO_LANE
  }

  pastOf(entry: number): CausalCut {
    if (this.past?.entry !== entry) this.past = { entry, cut: this.sweepBack(entry) }
    return this.past.cut
  }

  futureOf(entry: number): CausalCut {
    if (this.future?.entry !== entry) this.future = { entry, cut: this.sweepOn(entry) }
    return this.future.cut
  }

  /** The events before `entry` that it depends on, found backwards as far as asked. */
  private sweepBack(entry: number): CausalCut {
    const own = this.lane(entry)
    if (own < 0) return EMPTY_CUT
    /** Per lane, the latest entry in the past (-1: none found yet). */
    const latest: number[] = []
    latest[own] = entry - 1
    this.raise(latest, entry)
    // Every entry above `next` has been read.
    let next = entry - 1
    const readDownTo = (x: number) => {
      for (; next > x; next--) {
        const lane = this.lane(next)
        if (lane < 0 || next > (latest[lane] ?? -1)) continue
        this.raise(latest, next)
      }
    }
    return {
      has: (x) => {
        if (x >= entry || x < 0) return false
        const lane = this.lane(x)
        if (lane < 0) return false
        readDownTo(x)
        return x <= (latest[lane] ?? -1)
      },
    }
  }

  /** A delivery in the past puts its send there too, and so all before it on that lane. */
  private raise(latest: number[], entry: number): void {
    const e = this.trace.at(entry)!
    if (e.kind !== 'deliver') return
    const send = this.messages.sendIndex(e.id)
    const from = this.lane(send)
    if (from >= 0 && send > (latest[from] ?? -1)) latest[from] = send
  }

  /** The events after `entry` that depend on it, found forwards as far as asked. */
  private sweepOn(entry: number): CausalCut {
    const own = this.lane(entry)
    if (own < 0) return EMPTY_CUT
    /** Per lane, the first entry that knows of the event (absent: none yet). */
    const first: number[] = []
    first[own] = entry + 1
    const knows = (x: number, lane: number) => x >= (first[lane] ?? Infinity)
    // Every entry below `next` has been read.
    let next = entry + 1
    const readUpTo = (x: number) => {
      for (; next <= x && next < this.scanned; next++) {
        const lane = this.lane(next)
        if (lane < 0) continue
        const e = this.trace.at(next)!
        if (e.kind !== 'deliver' || knows(next, lane)) continue
        const send = this.messages.sendIndex(e.id)
        const from = this.lane(send)
        if (send === entry || (send > entry && from >= 0 && knows(send, from))) first[lane] = next
      }
    }
    return {
      has: (x) => {
        if (x <= entry) return false
        this.update(this.trace)
        const lane = this.lane(x)
        if (lane < 0) return false
        readUpTo(x)
        return knows(x, lane)
      },
    }
  }

  /** The lane entry i is an event on, NO_LANE if none, PENDING if the next entry must be read. */
  private laneAt(i: number): number {
    return laneOfEntry(this.trace, i, this.messages, this.opClients, this.laneForId)
  }

  /** laneFor, made once: laneAt runs for every entry of the trace. */
  private readonly laneForId = (id: string) => this.laneFor(id)

  private laneFor(id: string): number {
    let lane = this.laneLookup.get(id)
    if (lane === undefined) {
      lane = this.laneLookup.size
      this.laneLookup.set(id, lane)
      this.laneStarts.push(this.scanned)
    }
    return lane
  }
}
