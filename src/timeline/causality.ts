/**
 * Happens-before over a trace, from vector clocks. Each event local to a node or a client
 * (a send, a delivery, a timer, a state change, a crash/restart/timeout input, a client's
 * invoke and return) lies on that node's or client's lane; a delivery merges the clock
 * its message was sent with. Dropped messages have no receive event.
 *
 * Clocks have one component per node only. Clients (one per operation, thousands in a
 * long run) pass knowledge along but get no component of their own, or the clocks would
 * grow with the run: what a client event precedes is found through the messages the
 * client sends after it, which is exact, since a client's influence can leave it no
 * other way.
 *
 * An event is named by its index in the trace.
 *
 * Clocks are kept sparse, as a 1-hour run has over a million events (one number per node
 * for each held 28 MB): an event's own component is its position on its lane, and its
 * others change only where a delivery brings news, so a lane keeps a row of them at those
 * deliveries only, and an event's clock is its lane's last row at or before it.
 */

import { ByteColumn, IntColumn, lowerBound, upperBound } from './columns'
import { laneOfEntry, PENDING } from './entry-lane'
import { MessageIndex } from './messages'
import type { TraceEntry, TraceView } from '../sim/trace'

/** A causal past or future: which trace entries it holds. */
export interface CausalCut {
  has(entry: number): boolean
}

const EMPTY_CUT: CausalCut = { has: () => false }
/** A lane code that says: the lane is in `bigLanes` (a byte holds lanes 0 to 253, as 1 to 254). */
const BIG_LANE = 255
const NONE = 0x7fffffff

type Events = IntColumn | number[]

const at = (events: Events, k: number): number =>
  Array.isArray(events) ? events[k]! : events.get(k)

export class CausalIndex {
  private readonly laneIds: string[]
  private readonly laneLookup: Map<string, number>
  /** Clock components: one per node. */
  private readonly width: number
  private readonly messages: MessageIndex
  /** Each entry's lane + 1 (0: no event), or BIG_LANE for a lane past a byte's, kept aside. */
  private readonly laneCodes = new ByteColumn()
  private readonly bigLanes = new Map<number, number>()
  /** Clock rows of `width` components, where a delivery raised its lane's clock. */
  private readonly rows = new IntColumn(0)
  /** The entry of each row. */
  private readonly rowEntry = new IntColumn(-1)
  /** Per lane, its rows, in trace order. */
  private readonly laneRows: Events[]
  /** Per lane, its events, in trace order: an event's position here is its own component. */
  private readonly laneEvents: Events[]
  /** A delivery's merged clock, while it is worked out. */
  private readonly scratch: Int32Array
  /** Per client lane, the entries of its sends. */
  private readonly clientSends: number[][] = []
  private readonly opClients: string[] = []
  private trace: TraceView = []
  private scanned = 0

  constructor(nodes: readonly string[], messages = new MessageIndex()) {
    this.laneIds = nodes.slice()
    this.laneLookup = new Map(nodes.map((id, i) => [id, i]))
    this.width = nodes.length
    this.laneEvents = nodes.map(() => new IntColumn(-1))
    this.laneRows = nodes.map(() => new IntColumn(-1))
    this.scratch = new Int32Array(nodes.length)
    this.messages = messages
  }

  /** Nodes first (in the order given), then clients in order of first appearance. */
  get lanes(): readonly string[] {
    return this.laneIds
  }

  /** Reads the entries added since the last call. */
  update(trace: TraceView): this {
    this.trace = trace
    this.messages.update(trace)
    for (; this.scanned < trace.length; this.scanned++) {
      const lane = this.laneAt(this.scanned)
      if (lane === PENDING) break
      if (lane >= 0) this.record(this.scanned, lane)
    }
    return this
  }

  /** The lane (node or client id) of an event, or null for an entry that is none. */
  laneOf(entry: number): string | null {
    return this.lanes[this.lane(entry)] ?? null
  }

  /** An event's vector clock over the nodes, or null for an entry that is no event. */
  clockOf(entry: number): Record<string, number> | null {
    if (this.lane(entry) < 0) return null
    const clock: Record<string, number> = {}
    for (let k = 0; k < this.width; k++) clock[this.lanes[k]!] = this.clock(entry, k)
    return clock
  }

  happensBefore(a: number, b: number): boolean {
    const la = this.lane(a)
    const lb = this.lane(b)
    if (la < 0 || lb < 0 || a === b) return false
    if (la === lb) return a < b
    if (la < this.width) return this.clock(b, la) >= this.seq(a)
    for (const s of this.clientSends[la - this.width]!) {
      if (s < a) continue
      const d = this.deliveryOf(s)
      if (d >= 0 && (d === b || this.happensBefore(d, b))) return true
    }
    return false
  }

  concurrent(a: number, b: number): boolean {
    if (this.lane(a) < 0 || this.lane(b) < 0 || a === b) return false
    return !this.happensBefore(a, b) && !this.happensBefore(b, a)
  }

  /**
   * The events that happen before `entry`. The past holds a prefix of every lane; a node
   * lane's is read from the clock, a client lane's is worked out when first asked for
   * (a long run has thousands of clients, a view shows a few).
   */
  pastOf(entry: number): CausalCut {
    const le = this.lane(entry)
    if (le < 0) return EMPTY_CUT
    const last = new Map<number, number>([[le, this.seq(entry) - 1]])
    const lastOf = (lane: number): number => {
      let n = last.get(lane)
      if (n === undefined) {
        n = lane < this.width ? this.clock(entry, lane) : this.clientPast(lane, entry)
        last.set(lane, n)
      }
      return n
    }
    return {
      has: (x) => {
        const lane = this.lane(x)
        return lane >= 0 && (lane === le ? x < entry : this.seq(x) <= lastOf(lane))
      },
    }
  }

  /**
   * The events that `entry` happens before: a suffix of every lane, from the first event
   * that knows of the event itself or, for a client's event, of a delivery of a message
   * the client sent at or after it (its only way out).
   */
  futureOf(entry: number): CausalCut {
    const le = this.lane(entry)
    if (le < 0) return EMPTY_CUT
    const origins =
      le < this.width
        ? [entry]
        : this.clientSends[le - this.width]!.filter((s) => s >= entry)
            .map((s) => this.deliveryOf(s))
            .filter((d) => d >= 0)
    // Clients only ever send to nodes; were that to change, fall back on the plain test.
    if (origins.some((d) => this.lane(d) >= this.width)) {
      return { has: (x) => this.happensBefore(entry, x) }
    }
    const first = new Map<number, number>()
    const firstOf = (lane: number): number => {
      let n = first.get(lane)
      if (n === undefined) {
        n = Math.min(NONE, ...origins.map((d) => this.firstKnowing(lane, d)))
        if (lane === le) n = Math.min(n, this.seq(entry) + 1)
        first.set(lane, n)
      }
      return n
    }
    return {
      has: (x) => {
        const lane = this.lane(x)
        return x !== entry && lane >= 0 && this.seq(x) >= firstOf(lane)
      },
    }
  }

  /** The events in [from, to) of the trace that happen before `entry`. */
  causalPast(entry: number, from = 0, to = entry): number[] {
    return this.collect(this.pastOf(entry), from, Math.min(to, entry))
  }

  /** The events in [from, to) of the trace that `entry` happens before. */
  causalFuture(entry: number, from = entry + 1, to = this.scanned): number[] {
    return this.collect(this.futureOf(entry), Math.max(from, entry + 1), to)
  }

  private collect(cut: CausalCut, from: number, to: number): number[] {
    const out: number[] = []
    for (let x = Math.max(0, from); x < Math.min(to, this.scanned); x++) {
      if (cut.has(x)) out.push(x)
    }
    return out
  }

  /** The position of the first event on `lane` that knows of event `d` (at a node), or NONE. */
  private firstKnowing(lane: number, d: number): number {
    const events = this.laneEvents[lane]!
    const n = events.length
    if (n === 0 || at(events, n - 1) < d) return NONE
    const p = this.lane(d)
    const s = this.seq(d)
    // Knowledge of p only grows along a lane: binary search for where it reaches s.
    let lo = 0
    let hi = n
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.clock(at(events, mid), p) < s) lo = mid + 1
      else hi = mid
    }
    return lo < n ? lo + 1 : NONE
  }

  /** The position of the last event of client lane `c` that happens before `entry`, or 0. */
  private clientPast(c: number, entry: number): number {
    let last = 0
    for (const s of this.clientSends[c - this.width]!) {
      if (s >= entry) break
      const d = this.deliveryOf(s)
      if (d >= 0 && (d === entry || this.happensBefore(d, entry))) last = this.seq(s)
    }
    return last
  }

  private lane(entry: number): number {
    if (entry < 0 || entry >= this.scanned) return -1
    const code = this.laneCodes.get(entry)
    return code === BIG_LANE ? this.bigLanes.get(entry)! : code - 1
  }

  /** An event's position on its lane, from 1: a node's own clock component. */
  private seq(entry: number): number {
    const events = this.laneEvents[this.lane(entry)]!
    return lowerBound({ get: (i) => at(events, i) }, 0, events.length, entry) + 1
  }

  /** Component k of an event's clock. */
  private clock(entry: number, k: number): number {
    const lane = this.lane(entry)
    if (k === lane) return this.seq(entry)
    const row = this.rowOf(lane, entry)
    return row < 0 ? 0 : this.rows.get(row * this.width + k)
  }

  /** The last clock row of `lane` at or before `entry`, or -1. */
  private rowOf(lane: number, entry: number): number {
    const rows = this.laneRows[lane]!
    const n = upperBound({ get: (i) => this.rowEntry.get(at(rows, i)) }, 0, rows.length, entry)
    return n === 0 ? -1 : at(rows, n - 1)
  }

  /** The delivery of the message sent at entry `s`, or -1 if it was dropped or is in flight. */
  private deliveryOf(s: number): number {
    const send = this.trace.at(s) as Extract<TraceEntry, { kind: 'send' }>
    const end = this.messages.endIndex(send.id)
    return end >= 0 && end < this.scanned && this.trace.at(end)!.kind === 'deliver' ? end : -1
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
      lane = this.laneIds.length
      this.laneIds.push(id)
      this.laneLookup.set(id, lane)
      this.laneEvents.push([])
      this.laneRows.push([])
      this.clientSends.push([])
    }
    return lane
  }

  private record(i: number, lane: number): void {
    const w = this.width
    const e = this.trace.at(i)!
    if (e.kind === 'deliver') this.merge(i, lane, this.messages.sendIndex(e.id))
    this.laneCodes.set(i, lane + 1 < BIG_LANE ? lane + 1 : BIG_LANE)
    if (lane + 1 >= BIG_LANE) this.bigLanes.set(i, lane)
    this.laneEvents[lane]!.push(i)
    if (lane >= w && e.kind === 'send') this.clientSends[lane - w]!.push(i)
  }

  /** Delivery i on `lane` of the message sent at entry s: a new row if it brings news. */
  private merge(i: number, lane: number, s: number): void {
    const w = this.width
    const from = this.lane(s)
    if (from < 0) return
    const sent = this.rowOf(from, s)
    const rows = this.laneRows[lane]!
    const last = rows.length > 0 ? at(rows, rows.length - 1) : -1
    let news = false
    for (let k = 0; k < w; k++) {
      const known = last < 0 ? 0 : this.rows.get(last * w + k)
      const told = k === from ? this.seq(s) : sent < 0 ? 0 : this.rows.get(sent * w + k)
      this.scratch[k] = Math.max(known, told)
      if (k !== lane && told > known) news = true
    }
    if (!news) return
    const row = this.rowEntry.length
    this.rowEntry.push(i)
    for (let k = 0; k < w; k++) this.rows.set(row * w + k, this.scratch[k]!)
    rows.push(row)
  }
}

/** Vector clocks for a whole trace at once. */
export function computeClocks(trace: TraceView, nodes: readonly string[]): CausalIndex {
  return new CausalIndex(nodes).update(trace)
}
