/**
 * The event log's index over a growing trace. Each entry is read once, for its type, the
 * nodes it concerns and what later lines refer back to (sends, invocations, a node's last
 * state); each filter keeps its own rows and extends them as the trace grows, so a frame
 * costs only the entries added since the last one, even a million entries in.
 */

import { IntColumn } from './columns'
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
  private readonly codes = new IntColumn()
  /** Sends by message id; by client operation, the trace index of its invocation. */
  private readonly messages: MessageIndex
  private readonly invokes = new IntColumn(-1)
  /** By state entry, the entry of its node's state before it (-1: none), by trace index. */
  private readonly before = new Map<number, number>()
  private readonly lastState = new Map<string, number>()
  /**
   * The entry `describe` is making a line of, and its number: the trace makes an entry
   * anew each time it is asked, so `stateBefore` knows its entry by this one's identity.
   */
  private describing: { entry: TraceEntry | null; i: number } = { entry: null, i: -1 }
  private readonly nodeBits: ReadonlyMap<string, number>
  private readonly filters = new Map<string, FilteredRows>()
  private trace: TraceView = []
  readonly members: MemberChanges

  constructor(private readonly options: EventIndexOptions) {
    this.members = new MemberChanges(options.nodes, options.inputs)
    this.messages = options.messages ?? new MessageIndex()
    const fits = options.nodes.slice(0, MAX_FILTER_NODES)
    this.nodeBits = new Map(fits.map((id, i) => [id, 1 << (TYPE_BITS + i)]))
  }

  /** Reads the entries added since the last call. */
  update(trace: TraceView): this {
    this.trace = trace
    this.messages.update(trace)
    for (let i = this.codes.length; i < trace.length; i++)
      this.codes.push(this.read(trace.at(i)!, i))
    return this
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
          ? new FilteredRows(filter.types, null, (i) => this.concerns(i, node))
          : new FilteredRows(filter.types, bits)
      if (this.filters.size >= KEPT_FILTERS) this.filters.delete(this.filters.keys().next().value!)
    }
    // Kept in the order of last use: the least recently used goes first.
    this.filters.delete(key)
    this.filters.set(key, rows)
    return rows.extend(this.codes)
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
    const before = e === this.describing.entry ? this.before.get(this.describing.i) : undefined
    if (before === undefined) return undefined
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
        this.before.set(i, this.lastState.get(e.node) ?? -1)
        this.lastState.set(e.node, i)
        break
      case 'invoke':
        this.invokes.set(e.op, i)
        break
    }
    const nodes = this.nodesOf(e)
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
    const nodes = this.nodesOf(this.trace.at(i)!)
    return nodes === EVERY || nodes.includes(node)
  }

  /** The nodes an entry concerns. */
  private nodesOf(e: TraceEntry): readonly string[] | typeof EVERY {
    switch (e.kind) {
      case 'send':
        return [e.from, e.to]
      case 'deliver':
      case 'drop':
      case 'delay':
        return this.messageNodes(e.id)
      case 'timer':
      case 'state':
        return [e.node]
      case 'input':
        return this.inputNodes(this.options.inputs[e.index])
      case 'invoke':
      case 'return':
        return []
      case 'violation':
        return e.nodes
    }
  }

  private messageNodes(id: number): readonly string[] {
    const send = this.sendOf(id)
    return send === undefined ? [] : [send.from, send.to]
  }

  private inputNodes(input: Input | undefined): readonly string[] | typeof EVERY {
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
        return this.messageNodes(input.message)
    }
  }
}
