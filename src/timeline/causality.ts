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
 * for each held 28 MB): an event's own component is its position on its lane, counted
 * from the lanes of the entries before it (lane-codes.ts), and its others change only
 * where a delivery brings news, so a lane keeps a row of them at those deliveries only
 * (clock-rows.ts), and an event's clock is its lane's last row at or before it.
 */

import { laneOfEntry, PENDING } from './entry-lane'
import { keptOnBranch } from './entry-prefix'
import { LaneCodes } from './lane-codes'
import { PackedClockRows, type ClockRows } from './clock-rows'
import { ClientLanes } from './client-lanes'
import { MessageIndex } from './messages'
import type { TraceEntry, TraceView } from '../sim/trace'

/** A causal past or future: which trace entries it holds. */
export interface CausalCut {
  has(entry: number): boolean
}

const EMPTY_CUT: CausalCut = { has: () => false }
const NONE = Number.MAX_SAFE_INTEGER

export class CausalIndex {
  private readonly laneIds: string[]
  private readonly laneLookup: Map<string, number>
  /** Clock components: one per node. */
  private readonly width: number
  private readonly messages: MessageIndex
  private codes: LaneCodes
  private nodeRows: PackedClockRows[]
  private clients: ClientLanes
  /** A sender's clock and a delivery's merged clock, while a delivery is read. */
  private readonly told: Int32Array
  private readonly merged: Int32Array
  /** A clock while one of its components is asked for. */
  private readonly asked: Int32Array
  private opClients: string[] = []
  private trace: TraceView = []

  constructor(nodes: readonly string[], messages = new MessageIndex()) {
    this.laneIds = nodes.slice()
    this.laneLookup = new Map(nodes.map((id, i) => [id, i]))
    this.width = nodes.length
    this.codes = new LaneCodes(nodes.length)
    this.nodeRows = nodes.map(() => new PackedClockRows(nodes.length))
    this.clients = new ClientLanes(nodes.length)
    this.told = new Int32Array(nodes.length)
    this.merged = new Int32Array(nodes.length)
    this.asked = new Int32Array(nodes.length)
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
    for (let i = this.scanned; i < trace.length; i++) {
      const lane = this.laneAt(i)
      if (lane === PENDING) break
      if (lane >= 0) this.record(i, lane)
      this.codes.push(lane)
    }
    return this
  }

  /**
   * A copy that has read the first `count` entries of the trace only, to go on reading a
   * branch that shares them (after `update` with the branch's trace, which it must be
   * given before it is asked anything). `messages`: the branch's message index.
   */
  prefix(count: number, messages = new MessageIndex()): CausalIndex {
    const n = keptOnBranch(this.trace, count, this.scanned)
    const copy = new CausalIndex(this.laneIds.slice(0, this.width), messages)
    copy.trace = this.trace
    copy.codes = this.codes.prefix(n)
    copy.nodeRows = this.nodeRows.map((rows) => rows.prefix(n))
    copy.clients = this.clients.prefix(n)
    // Clients take lanes as they first appear, so those seen before entry n come first.
    for (let c = 0; c < copy.clients.length; c++) {
      const id = this.laneIds[this.width + c]!
      copy.laneIds.push(id)
      copy.laneLookup.set(id, this.width + c)
    }
    copy.opClients = this.opClients.slice()
    return copy
  }

  /** The lane (node or client id) of an event, or null for an entry that is none. */
  laneOf(entry: number): string | null {
    return this.lanes[this.lane(entry)] ?? null
  }

  /** An event's vector clock over the nodes, or null for an entry that is no event. */
  clockOf(entry: number): Record<string, number> | null {
    const lane = this.lane(entry)
    if (lane < 0) return null
    const row = this.rowOf(entry, lane)
    const clock: Record<string, number> = {}
    for (let k = 0; k < this.width; k++) clock[this.lanes[k]!] = row[k]!
    return clock
  }

  happensBefore(a: number, b: number): boolean {
    const la = this.lane(a)
    const lb = this.lane(b)
    if (la < 0 || lb < 0 || a === b) return false
    if (la === lb) return a < b
    if (la < this.width) return this.clock(b, la) >= this.seq(a)
    for (const s of this.clients.sendsOf(la - this.width)) {
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
   * The events that happen before `entry`. The past holds a prefix of every lane, up to an
   * entry worked out when first asked for: a node lane's from the clock, a client lane's
   * from its sends (a long run has thousands of clients, a view shows a few).
   */
  pastOf(entry: number): CausalCut {
    const le = this.lane(entry)
    if (le < 0) return EMPTY_CUT
    const clock = this.rowOf(entry, le)
    const last = new Map<number, number>([[le, entry - 1]])
    const lastOf = (lane: number): number => {
      let n = last.get(lane)
      if (n === undefined) {
        n = lane < this.width ? this.entryOf(lane, clock[lane]!) : this.clientPast(lane, entry)
        last.set(lane, n)
      }
      return n
    }
    return {
      has: (x) => {
        const lane = this.lane(x)
        return lane >= 0 && x <= lastOf(lane)
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
        : this.clients
            .sendsOf(le - this.width)
            .filter((s) => s >= entry)
            .map((s) => this.deliveryOf(s))
            .filter((d) => d >= 0)
    // Clients only ever send to nodes; were that to change, fall back on the plain test.
    if (origins.some((d) => this.lane(d) >= this.width)) {
      return { has: (x) => this.happensBefore(entry, x) }
    }
    const first = new Map<number, number>([[le, entry + 1]])
    const firstOf = (lane: number): number => {
      let n = first.get(lane)
      if (n === undefined) {
        n = Math.min(NONE, ...origins.map((d) => this.firstKnowing(lane, d)))
        first.set(lane, n)
      }
      return n
    }
    return {
      has: (x) => {
        const lane = this.lane(x)
        return x !== entry && lane >= 0 && x >= firstOf(lane)
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

  /** How many entries have been read. */
  private get scanned(): number {
    return this.codes.length
  }

  private collect(cut: CausalCut, from: number, to: number): number[] {
    const out: number[] = []
    for (let x = Math.max(0, from); x < Math.min(to, this.scanned); x++) {
      if (cut.has(x)) out.push(x)
    }
    return out
  }

  /** The first event on `lane` that knows of event `d` (at a node), or NONE. */
  private firstKnowing(lane: number, d: number): number {
    const p = this.lane(d)
    if (lane === p) return d
    const e = this.rowsOf(lane).firstReaching(p, this.seq(d))
    return e < 0 ? NONE : e
  }

  /** The last send of client lane `c` before `entry` that happens before it, or -1. */
  private clientPast(c: number, entry: number): number {
    let last = -1
    for (const s of this.clients.sendsOf(c - this.width)) {
      if (s >= entry) break
      const d = this.deliveryOf(s)
      if (d >= 0 && (d === entry || this.happensBefore(d, entry))) last = s
    }
    return last
  }

  private lane(entry: number): number {
    return this.codes.lane(entry)
  }

  /** A node's event's position on its lane, from 1: its own clock component. */
  private seq(entry: number): number {
    return this.codes.seq(entry, this.lane(entry))
  }

  /** The event at `position` (from 1) on a node's lane, or -1 for none (position 0). */
  private entryOf(lane: number, position: number): number {
    return position < 1 ? -1 : this.codes.entryAt(lane, position)
  }

  /** Component k of an event's clock. */
  private clock(entry: number, k: number): number {
    const lane = this.lane(entry)
    if (k === lane) return this.seq(entry)
    this.rowsOf(lane).rowAt(entry, this.asked)
    return this.asked[k]!
  }

  /** An event's clock, own component included, in a new row. */
  private rowOf(entry: number, lane: number): Int32Array {
    const row = new Int32Array(this.width)
    this.rowsOf(lane).rowAt(entry, row)
    if (lane < this.width) row[lane] = this.seq(entry)
    return row
  }

  private rowsOf(lane: number): ClockRows {
    return lane < this.width ? this.nodeRows[lane]! : this.clients.rowsOf(lane - this.width)
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
      this.clients.add(this.scanned)
    }
    return lane
  }

  private record(i: number, lane: number): void {
    const e = this.trace.at(i)!
    if (e.kind === 'deliver') this.merge(i, lane, this.messages.sendIndex(e.id))
    else if (e.kind === 'send' && lane >= this.width) this.clients.addSend(lane - this.width, i)
  }

  /** Delivery i on `lane` of the message sent at entry s: a new row if it brings news. */
  private merge(i: number, lane: number, s: number): void {
    const from = this.lane(s)
    if (from < 0) return
    const { told, merged } = this
    this.rowsOf(from).rowAt(s, told)
    if (from < this.width) told[from] = this.codes.seq(s, from)
    const rows = this.rowsOf(lane)
    let news = false
    for (let k = 0; k < this.width; k++) {
      const known = rows.last(k)
      // A node's own component is its position on its lane, not kept in its rows.
      merged[k] = k === lane ? 0 : Math.max(known, told[k]!)
      if (k !== lane && told[k]! > known) news = true
    }
    if (news) rows.push(i, merged)
  }
}

/** Vector clocks for a whole trace at once. */
export function computeClocks(trace: TraceView, nodes: readonly string[]): CausalIndex {
  return new CausalIndex(nodes).update(trace)
}
