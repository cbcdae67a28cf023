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
import type { SendEntry } from './messages'
import type { StateEntry } from './roles'
import type { Payload, ProtocolSpec } from '../sim/protocol'
import type { TraceEntry } from '../sim/trace'
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
}

/** Which entries to list: those of one node (null: any) whose type is in the mask. */
export interface EventFilter {
  readonly node: string | null
  readonly types: number
}

/** The nodes that fit in an entry's code; protocols allow 25 or fewer. Further nodes match no filter. */
export const MAX_FILTER_NODES = 32 - TYPE_BITS
/** The code bits of an event that concerns every node (a partition, a heal). */
const EVERY_NODE = ~((1 << TYPE_BITS) - 1)
/** Filters kept with their rows, so that switching back and forth costs nothing. */
const KEPT_FILTERS = 8

export class EventIndex implements EntryLookup {
  private readonly codes = new IntColumn()
  /** By message id, the trace index of its send; by client operation, of its invocation. */
  private readonly sends = new IntColumn(-1)
  private readonly invokes = new IntColumn(-1)
  private readonly before = new Map<StateEntry, StateEntry | null>()
  private readonly lastState = new Map<string, StateEntry>()
  private readonly nodeBits: ReadonlyMap<string, number>
  private readonly filters = new Map<string, FilteredRows>()
  private trace: readonly TraceEntry[] = []
  readonly members: MemberChanges

  constructor(private readonly options: EventIndexOptions) {
    this.members = new MemberChanges(options.nodes, options.inputs)
    const fits = options.nodes.slice(0, MAX_FILTER_NODES)
    this.nodeBits = new Map(fits.map((id, i) => [id, 1 << (TYPE_BITS + i)]))
  }

  /** Reads the entries added since the last call. */
  update(trace: readonly TraceEntry[]): this {
    this.trace = trace
    for (let i = this.codes.length; i < trace.length; i++) this.codes.push(this.read(trace[i]!, i))
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
      const bits = filter.node === null ? null : (this.nodeBits.get(filter.node) ?? 0)
      rows = new FilteredRows(filter.types, bits)
      if (this.filters.size >= KEPT_FILTERS) this.filters.delete(this.filters.keys().next().value!)
    }
    // Kept in the order of last use: the least recently used goes first.
    this.filters.delete(key)
    this.filters.set(key, rows)
    return rows.extend(this.codes)
  }

  entry(i: number): TraceEntry {
    return this.trace[i]!
  }

  describe(i: number): string {
    return describeEntry(this.trace[i]!, this)
  }

  sendOf(id: number): SendEntry | undefined {
    const i = this.sends.get(id)
    return i < 0 ? undefined : (this.trace[i] as SendEntry)
  }

  invokeOf(op: number): InvokeEntry | undefined {
    const i = this.invokes.get(op)
    return i < 0 ? undefined : (this.trace[i] as InvokeEntry)
  }

  stateBefore(e: StateEntry): StateEntry | null | undefined {
    return this.before.get(e)
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
    return typeCode(e.kind) | this.nodesOf(e, i)
  }

  private bit(node: string): number {
    return this.nodeBits.get(node) ?? 0
  }

  /** The code bits of the nodes an entry concerns; also notes what later entries refer to. */
  private nodesOf(e: TraceEntry, i: number): number {
    switch (e.kind) {
      case 'send':
        this.sends.set(e.id, i)
        return this.bit(e.from) | this.bit(e.to)
      case 'deliver':
      case 'drop':
      case 'delay':
        return this.messageNodes(e.id)
      case 'timer':
        return this.bit(e.node)
      case 'state':
        this.before.set(e, this.lastState.get(e.node) ?? null)
        this.lastState.set(e.node, e)
        return this.bit(e.node)
      case 'input':
        return this.inputNodes(this.options.inputs[e.index])
      case 'invoke':
        this.invokes.set(e.op, i)
        return 0
      case 'return':
        return 0
      case 'violation':
        return e.nodes.reduce((bits, node) => bits | this.bit(node), 0)
    }
  }

  private messageNodes(id: number): number {
    const send = this.sendOf(id)
    return send === undefined ? 0 : this.bit(send.from) | this.bit(send.to)
  }

  private inputNodes(input: Input | undefined): number {
    switch (input?.type) {
      case undefined:
        return 0
      case 'crash':
      case 'restart':
      case 'timeout':
      case 'vote':
        return this.bit(input.node)
      // Every member hears of a join or a leave.
      case 'join':
      case 'leave':
        return EVERY_NODE
      case 'client':
        return input.node === undefined ? 0 : this.bit(input.node)
      // Nodes a partition leaves out form a group of their own: every link may change.
      case 'partition':
      case 'heal':
        return EVERY_NODE
      case 'link':
        return this.bit(input.from) | this.bit(input.to)
      case 'drop':
      case 'duplicate':
      case 'delay':
        return this.messageNodes(input.message)
    }
  }
}
