/**
 * The event log's index over a growing trace. Each entry is read once, for its type, the
 * nodes it concerns and what later lines refer back to (sends, invocations, a node's last
 * state); each filter keeps its own rows and extends them as the trace grows, so a frame
 * costs only the entries added since the last one, even a million entries in.
 */

import { entriesBefore, IntColumn, lowerBound, SmallColumn } from './columns'
import { ResumePoints, resumeEvery } from './resume-points'
import { ALL_TYPES, typeCode } from './event-types'
import { describeEntry, type EntryLookup, type InvokeEntry } from './event-text'
import { AllRows, FilteredRows, TYPE_BITS, type Rows } from './event-rows'
import { MessageIndex, type SendEntry } from './messages'
import type { StateEntry } from './roles'
import type { Payload, ProtocolSpec } from '../sim/protocol'
import type { TraceEntry, TraceView } from '../sim/trace'
import type { Input } from '../scenario/types'
import { MemberChanges } from './membership'

export interface EventIndexOptions {
  readonly nodes: readonly string[]
  readonly inputs: readonly Input[]
  readonly kindOf: (payload: Payload) => string
  /** The run's protocol, for how its epoch reads; left out, a term. */
  readonly spec?: ProtocolSpec
  /** What a message says in words (`Protocol.describeMessage`), when the protocol tells. */
  readonly describeMessage?: (from: string, to: string, payload: Payload) => string | null
  /** A message index over the same trace to share (the timeline's), or a new one. */
  readonly messages?: MessageIndex
}

/** Which entries to list: those of one node (null: any) whose type is in the mask. */
export interface EventFilter {
  readonly node: string | null
  readonly types: number
}

/**
 * The nodes that have a bit in an entry's code; a filter for a node past them (a large
 * cluster) reads each entry instead, which costs more but only for that filter.
 */
export const MAX_FILTER_NODES = 32 - TYPE_BITS
/** The code bits of an event that concerns every node (a partition, a heal). */
const EVERY_NODE = ~((1 << TYPE_BITS) - 1)
/** What an entry that concerns every node concerns. */
const EVERY = 'every'
/** Filters kept with their rows, so that switching back and forth costs nothing. */
const KEPT_FILTERS = 8

export class EventIndex implements EntryLookup {
  /**
   * Each entry's code (its type, and a bit per node it concerns), unsigned, in as few bytes
   * as the largest needs: one for up to 5 nodes, two for up to 13, else four.
   */
  private codes = new SmallColumn()
  /** Sends by message id; by client operation, the trace index of its invocation. */
  private readonly messages: MessageIndex
  private invokes = new IntColumn(-1)
  /**
   * The state entries, ascending, and for each the entry of its node's state before it
   * (-1: none): two columns, 8 bytes a state, where a map by entry held over 40.
   */
  private states = new IntColumn()
  private statesBefore = new IntColumn()
  private lastState = new Map<string, number>()
  /** Each node's last state, kept every so many entries for a branch's copy to start from. */
  private resumes: ResumePoints<ReadonlyMap<string, number>>
  /**
   * The entry `describe` is making a line of, and its number: the trace makes an entry
   * anew each time it is asked, so `stateBefore` knows its entry by this one's identity.
   */
  private describing: { entry: TraceEntry | null; i: number } = { entry: null, i: -1 }
  private readonly nodeBits: ReadonlyMap<string, number>
  private filters = new Map<string, FilteredRows>()
  private trace: TraceView = []
  readonly members: MemberChanges

  constructor(private readonly options: EventIndexOptions) {
    this.members = new MemberChanges(options.nodes, options.inputs)
    this.messages = options.messages ?? new MessageIndex()
    const fits = options.nodes.slice(0, MAX_FILTER_NODES)
    this.nodeBits = new Map(fits.map((id, i) => [id, 1 << (TYPE_BITS + i)]))
    this.resumes = new ResumePoints(resumeEvery(options.nodes.length))
  }

  /** Reads the entries added since the last call. */
  update(trace: TraceView): this {
    this.trace = trace
    this.messages.update(trace)
    for (let i = this.codes.length; i < trace.length; i++) {
      if (this.resumes.due(i)) this.resumes.keep(new Map(this.lastState))
      this.codes.push(this.read(trace.at(i)!, i) >>> 0)
    }
    return this
  }

  /**
   * A copy that has read at most the first `count` entries, from the last point kept
   * before them, for a branch: `options` are the branch's (its inputs, its message index).
   */
  forkAt(count: number, options: EventIndexOptions): EventIndex {
    const copy = new EventIndex(options)
    const from = this.resumes.before(Math.min(count, this.length))
    copy.resumes = this.resumes.upTo(from?.at ?? 0)
    if (from === null) return copy
    const n = from.at
    copy.trace = this.trace
    copy.codes = this.codes.copy(n)
    copy.invokes = entriesBefore(this.invokes, this.invokes.length, n)
    const states = lowerBound(this.states, 0, this.states.length, n)
    copy.states = this.states.copy(states)
    copy.statesBefore = this.statesBefore.copy(states)
    copy.lastState = new Map(from.state)
    for (const [key, rows] of this.filters) {
      const keep = rows.byCode ? null : copy.keepFor(key.slice(0, key.lastIndexOf(':')))
      copy.filters.set(key, rows.forkAt(n, keep))
    }
    return copy
  }

  get length(): number {
    return this.codes.length
  }

  /** The rows of a filter, over every entry read so far. */
  rows(filter: EventFilter): Rows {
    if (filter.node === null && filter.types === ALL_TYPES) return new AllRows(this.length)
    const key = `${filter.node ?? ''}:${filter.types}`
    let rows = this.filters.get(key)
    if (rows === undefined) {
      const node = filter.node
      const bits = node === null ? null : (this.nodeBits.get(node) ?? null)
      rows =
        node !== null && bits === null
          ? new FilteredRows(filter.types, null, this.keepFor(node))
          : new FilteredRows(filter.types, bits)
      if (this.filters.size >= KEPT_FILTERS) this.filters.delete(this.filters.keys().next().value!)
    }
    // Kept in the order of last use: the least recently used goes first.
    this.filters.delete(key)
    this.filters.set(key, rows)
    return rows.extend(this.codes)
  }

  /** The further test of a filter for a node that has no bit in the codes. */
  private keepFor(node: string): (entry: number) => boolean {
    return (i) => this.concerns(i, node)
  }

  entry(i: number): TraceEntry {
    return this.trace.at(i)!
  }

  describe(i: number): string {
    const entry = this.trace.at(i)!
    this.describing = { entry, i }
    return describeEntry(entry, this)
  }

  sendOf(id: number): SendEntry | undefined {
    const i = this.messages.sendIndex(id)
    return i < 0 ? undefined : (this.trace.at(i) as SendEntry)
  }

  invokeOf(op: number): InvokeEntry | undefined {
    const i = this.invokes.get(op)
    return i < 0 ? undefined : (this.trace.at(i) as InvokeEntry)
  }

  stateBefore(e: StateEntry): StateEntry | null | undefined {
    if (e !== this.describing.entry) return undefined
    const i = this.describing.i
    const k = lowerBound(this.states, 0, this.states.length, i)
    if (k >= this.states.length || this.states.get(k) !== i) return undefined
    const before = this.statesBefore.get(k)
    return before < 0 ? null : (this.trace.at(before) as StateEntry)
  }

  inputAt(index: number): Input | undefined {
    return this.options.inputs[index]
  }

  kindOf(payload: Payload): string {
    return this.options.kindOf(payload)
  }

  get spec(): ProtocolSpec | undefined {
    return this.options.spec
  }

  describeMessage(from: string, to: string, payload: Payload): string | null {
    return this.options.describeMessage?.(from, to, payload) ?? null
  }

  private read(e: TraceEntry, i: number): number {
    // What later entries refer back to.
    switch (e.kind) {
      case 'state':
        this.states.push(i)
        this.statesBefore.push(this.lastState.get(e.node) ?? -1)
        this.lastState.set(e.node, i)
        break
      case 'invoke':
        this.invokes.set(e.op, i)
        break
    }
    const nodes = this.nodesOf(e, i)
    if (nodes === EVERY) return typeCode(e.kind) | EVERY_NODE
    let bits = 0
    for (const node of nodes) bits |= this.nodeBits.get(node) ?? 0
    return typeCode(e.kind) | bits
  }

  /**
   * Whether entry i concerns `node`, read from the entry itself: for the nodes past the
   * first MAX_FILTER_NODES, which have no bit in the codes (a 1,000-node run).
   */
  private concerns(i: number, node: string): boolean {
    const nodes = this.nodesOf(this.trace.at(i)!, i)
    return nodes === EVERY || nodes.includes(node)
  }

  /** The nodes an entry concerns. */
  private nodesOf(e: TraceEntry, i: number): readonly string[] | typeof EVERY {
    switch (e.kind) {
      case 'send':
        return [e.from, e.to]
      case 'deliver':
      case 'drop':
      case 'delay':
        return this.messageNodes(e.id, i)
      case 'timer':
      case 'state':
        return [e.node]
      case 'input':
        return this.inputNodes(this.options.inputs[e.index], i)
      case 'invoke':
      case 'return':
        return []
      case 'violation':
        return e.nodes
    }
  }

  /**
   * The ends of message `id` if it was sent before entry i: an input may name a message
   * not sent yet, whose ends are the future's (and a branch's future differs).
   */
  private messageNodes(id: number, i: number): readonly string[] {
    const sent = this.messages.sendIndex(id)
    if (sent < 0 || sent >= i) return []
    const send = this.trace.at(sent) as SendEntry
    return [send.from, send.to]
  }

  private inputNodes(input: Input | undefined, i: number): readonly string[] | typeof EVERY {
    switch (input?.type) {
      case undefined:
        return []
      case 'crash':
      case 'restart':
      case 'timeout':
      case 'vote':
        return [input.node]
      // Every member hears of a join or a leave.
      case 'join':
      case 'leave':
        return EVERY
      case 'client':
        return input.node === undefined ? [] : [input.node]
      // Nodes a partition leaves out form a group of their own: every link may change.
      case 'partition':
      case 'heal':
        return EVERY
      case 'link':
        return [input.from, input.to]
      case 'drop':
      case 'duplicate':
      case 'delay':
        return this.messageNodes(input.message, i)
    }
  }
}
