/**
 * The trace kept in columns: a 1-hour run is over a million entries, and as objects they
 * held 155 MB (118 bytes each, most of it in sends and deliveries and their payloads).
 * Here an entry is a time, a one-byte code and one number (a message id, a node and timer
 * name, a row of a side table); a send adds a row by message id (its route and payload,
 * interned, and how long after it it is due, each in a byte or two). Entries are made again as objects when asked for (`at`),
 * equal field for field, in the same field order, to what was recorded. Entries of rare
 * kinds (inputs, client operations, violations), and any entry that does not fit a column,
 * are kept as they came.
 */

import { ByteColumn, FloatColumn, IntColumn, SmallColumn, TimeColumn } from './trace-columns'
import { PayloadTable, RouteTable, StringTable } from './trace-intern'
import type { Payload } from './protocol'
import type { DropReason, TraceEntry, TraceKind } from './trace'

/** What the indexes read entries from (by `length` and `at`): a recorded trace, or a plain array. */
export type TraceView = Trace | readonly TraceEntry[]

const OBJECT = 0
const SEND = 1
const DELIVER = 2
const DROP = 3 // 3 to 6: one code per drop reason
const DELAY = 7
const TIMER = 8
const STATE = 9

const REASONS: readonly DropReason[] = ['loss', 'partition', 'crashed', 'fault']
const KINDS: readonly (TraceKind | null)[] = [
  null,
  'send',
  'deliver',
  'drop',
  'drop',
  'drop',
  'drop',
  'delay',
  'timer',
  'state',
]

/** Names past this many (node ids, timer names, roles) are not columned: 16 bits each. */
const NAMES_MAX = 1 << 16
/** How far past the highest message id so far a send's id may jump and still be columned. */
const ID_JUMP_MAX = 1 << 16

/**
 * The field order of each kind kept in columns, as the kernel records it; an entry with
 * other fields, or these in another order, is kept as an object (its hash depends on it).
 */
export const COLUMN_SHAPES: Readonly<Record<string, readonly string[]>> = {
  send: ['t', 'kind', 'id', 'from', 'to', 'deliverAt', 'payload', 'copyOf'],
  deliver: ['t', 'kind', 'id'],
  drop: ['t', 'kind', 'id', 'reason'],
  delay: ['t', 'kind', 'id', 'deliverAt'],
  timer: ['t', 'kind', 'node', 'name'],
  state: ['t', 'kind', 'node', 'role', 'term', 'commit'],
}

type Send = Extract<TraceEntry, { kind: 'send' }>
type State = Extract<TraceEntry, { kind: 'state' }>

/** The message tables, by message id: shared by a trace and its copies' prefixes. */
class Sends {
  entry = new IntColumn(-1)
  /** Its route's number in the trace's RouteTable. */
  route = new SmallColumn()
  /** When each is due, after its send: a few ms, in a byte or two. */
  due = new SmallColumn()
  /** When those are due that `due` cannot say exactly (not whole ms after the send). */
  readonly dueOdd = new Map<number, number>()
  payload = new SmallColumn()
  readonly copies = new Map<number, number>()
}

export class Trace implements Iterable<TraceEntry> {
  private time = new TimeColumn()
  private code = new ByteColumn()
  /** A message id, a timer's node and name, a state row or an object's number. */
  private ref = new IntColumn()
  private sends = new Sends()
  private readonly delays = new Map<number, number>()
  private stateNames = new IntColumn()
  private stateTerms = new FloatColumn()
  private stateCommits = new FloatColumn()
  private objects: TraceEntry[] = []
  private names = new StringTable()
  private routes = new RouteTable()
  private payloads = new PayloadTable<Payload>()

  get length(): number {
    return this.code.length
  }

  /**
   * Appends an entry. `fits`: its fields are its kind's column shape, in order (the
   * recorder checks as it hashes); `payloadHash`: a send's payload's structural hash.
   */
  append(e: TraceEntry, fits: boolean, payloadHash: number): void {
    const i = this.length
    if (!fits || !this.columned(e, i, payloadHash)) {
      this.code.set(i, OBJECT)
      this.ref.set(i, this.objects.length)
      this.objects.push(e)
    }
    this.time.set(i, e.t)
  }

  at(i: number): TraceEntry | undefined {
    if (i < 0) i += this.length
    if (i < 0 || i >= this.length) return undefined
    const t = this.time.get(i)
    const ref = this.ref.get(i)
    const code = this.code.get(i)
    switch (code) {
      case OBJECT:
        return this.objects[ref]!
      case SEND:
        return this.send(t, ref)
      case DELIVER:
        return { t, kind: 'deliver', id: ref }
      case DELAY:
        return { t, kind: 'delay', id: ref, deliverAt: this.delays.get(i)! }
      case TIMER:
        return { t, kind: 'timer', node: this.name(ref & 0xffff), name: this.name(ref >>> 16) }
      case STATE:
        return this.state(t, ref)
      default:
        return { t, kind: 'drop', id: ref, reason: REASONS[code - DROP]! }
    }
  }

  /** Entry i's time, without making the entry. */
  timeAt(i: number): number {
    return this.time.get(i)
  }

  /** Entry i's kind, without making the entry. */
  kindAt(i: number): TraceKind {
    const code = this.code.get(i)
    return KINDS[code] ?? this.objects[this.ref.get(i)]!.kind
  }

  /** The id of the message entry i is about (a send, delivery, drop or delay), or -1. */
  messageAt(i: number): number {
    const code = this.code.get(i)
    if (code !== OBJECT) return code <= DELAY ? this.ref.get(i) : -1
    const e = this.objects[this.ref.get(i)]!
    return e.kind === 'send' || e.kind === 'deliver' || e.kind === 'drop' || e.kind === 'delay'
      ? e.id
      : -1
  }

  /** The entry number of the send of message `id`, or -1 (unknown, or kept as an object). */
  sendEntry(id: number): number {
    return this.sends.entry.get(id)
  }

  *[Symbol.iterator](): Iterator<TraceEntry> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!
  }

  /** The entries of one kind, as objects, in order. */
  ofKind<K extends TraceKind>(kind: K): Extract<TraceEntry, { kind: K }>[] {
    const out: Extract<TraceEntry, { kind: K }>[] = []
    for (let i = 0; i < this.length; i++) {
      if (this.kindAt(i) === kind) out.push(this.at(i) as Extract<TraceEntry, { kind: K }>)
    }
    return out
  }

  /** Entries [start, end) as an array of objects. */
  slice(start = 0, end = this.length): TraceEntry[] {
    const out: TraceEntry[] = []
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) out.push(this.at(i)!)
    return out
  }

  /**
   * The first `n` entries, to record a branch onward from. The tables of names, routes
   * and payloads are only ever added to, so the copy shares them.
   */
  prefix(n: number): Trace {
    const copy = new Trace()
    copy.time = this.time.copy(n)
    copy.code = this.code.copy(n)
    copy.ref = this.ref.copy(n)
    // Later sends of this trace fill rows the copy may fill differently: its own tables.
    const sends = new Sends()
    // Ids are given in send order and each send is recorded as it is made, so the messages
    // sent in the first n entries are ids 0 to `ids` - 1 (past them: sent later, or not yet
    // again in a branch, whose cells read -1).
    let ids = this.sends.entry.length
    while (ids > 0 && (this.sends.entry.get(ids - 1) >= n || this.sends.entry.get(ids - 1) < 0))
      ids--
    sends.entry = this.sends.entry.copy(ids)
    sends.route = this.sends.route.copy(ids)
    sends.due = this.sends.due.copy(ids)
    sends.payload = this.sends.payload.copy(ids)
    for (const [id, of] of this.sends.copies) if (sends.entry.get(id) >= 0) sends.copies.set(id, of)
    for (const [id, at] of this.sends.dueOdd) if (sends.entry.get(id) >= 0) sends.dueOdd.set(id, at)
    copy.sends = sends
    for (const [i, at] of this.delays) if (i < n) copy.delays.set(i, at)
    copy.stateNames = this.stateNames
    copy.stateTerms = this.stateTerms
    copy.stateCommits = this.stateCommits
    copy.objects = this.objects
    copy.names = this.names
    copy.routes = this.routes
    copy.payloads = this.payloads
    return copy
  }

  private columned(e: TraceEntry, i: number, payloadHash: number): boolean {
    switch (e.kind) {
      case 'send':
        return this.columnSend(e, i, payloadHash)
      case 'deliver':
        return this.columnMessage(i, e.id, DELIVER)
      case 'drop': {
        const reason = REASONS.indexOf(e.reason)
        return reason >= 0 && this.columnMessage(i, e.id, DROP + reason)
      }
      case 'delay':
        if (!this.columnMessage(i, e.id, DELAY)) return false
        this.delays.set(i, e.deliverAt)
        return true
      case 'timer': {
        const node = this.names.intern(e.node)
        const name = this.names.intern(e.name)
        if (node >= NAMES_MAX || name >= NAMES_MAX) return false
        this.code.set(i, TIMER)
        this.ref.set(i, node | (name << 16))
        return true
      }
      case 'state':
        return this.columnState(e, i)
      default:
        return false
    }
  }

  private columnMessage(i: number, id: number, code: number): boolean {
    if ((id | 0) !== id) return false
    this.code.set(i, code)
    this.ref.set(i, id)
    return true
  }

  private columnSend(e: Send, i: number, payloadHash: number): boolean {
    const { id, copyOf } = e
    const s = this.sends
    const fresh = id >= 0 && id <= s.entry.length + ID_JUMP_MAX && s.entry.get(id) < 0
    if (!fresh || (id | 0) !== id || typeof e.payload !== 'object' || e.payload === null) {
      return false
    }
    const from = this.names.intern(e.from)
    const to = this.names.intern(e.to)
    if (from >= NAMES_MAX || to >= NAMES_MAX) return false
    if (copyOf !== undefined) s.copies.set(id, copyOf)
    s.entry.set(id, i)
    s.route.set(id, this.routes.intern(from, to))
    const after = e.deliverAt - e.t
    if (after >>> 0 === after && Object.is(e.t + after, e.deliverAt)) s.due.set(id, after)
    else s.dueOdd.set(id, e.deliverAt)
    s.payload.set(id, this.payloads.intern(e.payload, payloadHash))
    this.code.set(i, SEND)
    this.ref.set(i, id)
    return true
  }

  private columnState(e: State, i: number): boolean {
    const { term, commit } = e
    if (Number.isNaN(term) || Number.isNaN(commit)) return false
    const node = this.names.intern(e.node)
    const role = this.names.intern(e.role)
    if (node >= NAMES_MAX || role >= NAMES_MAX) return false
    const row = this.stateNames.length
    this.stateNames.set(row, node | (role << 16))
    this.stateTerms.set(row, term ?? NaN)
    this.stateCommits.set(row, commit ?? NaN)
    this.code.set(i, STATE)
    this.ref.set(i, row)
    return true
  }

  private send(t: number, id: number): Send {
    const s = this.sends
    const route = s.route.get(id)
    const copyOf = s.copies.get(id)
    const send: Send = {
      t,
      kind: 'send',
      id,
      from: this.name(this.routes.from(route)),
      to: this.name(this.routes.to(route)),
      deliverAt: s.dueOdd.size === 0 ? t + s.due.get(id) : (s.dueOdd.get(id) ?? t + s.due.get(id)),
      payload: this.payloads.all[s.payload.get(id)]!,
    }
    return copyOf === undefined ? send : { ...send, copyOf }
  }

  private state(t: number, row: number): State {
    const names = this.stateNames.get(row)
    const term = this.stateTerms.get(row)
    const commit = this.stateCommits.get(row)
    return {
      t,
      kind: 'state',
      node: this.name(names & 0xffff),
      role: this.name(names >>> 16),
      term: Number.isNaN(term) ? null : term,
      commit: Number.isNaN(commit) ? null : commit,
    }
  }

  private name(n: number): string {
    return this.names.all[n]!
  }
}
