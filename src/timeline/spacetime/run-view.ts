/**
 * The space-time diagram of a simulated run, laid out from its trace: built once, grown
 * as the run grows (each entry is read once), and asked for windows while the user
 * scrubs. Windows cost a few binary searches plus what they return, so a 1-hour run
 * with a million trace entries answers as fast as a short one.
 */

import { IntColumn, lowerBound, upperBound } from '../columns'
import { ResumePoints, resumeEvery } from '../resume-points'
import { MessageIndex, type SendEntry } from '../messages'
import { IntervalIndex, type Starts } from './intervals'
import { LaneIndex } from './lane-index'
import { MarkReader, type MarkResume } from './marks'
import { SpanReader, type SpanResume } from './spans'
import { MemberChanges } from '../membership'
import type { Arrow, Mark, SpacetimeView, SpacetimeWindow } from './types'
import type { Payload, ProtocolSpec } from '../../sim/protocol'
import { Trace, type TraceView } from '../../sim/trace'
import type { Input } from '../../scenario/types'

export interface RunViewOptions {
  /** Node ids, the diagram's first lanes. */
  readonly nodes: readonly string[]
  /** The scenario's inputs, which partitions are read from. */
  readonly inputs: readonly Input[]
  /** A short kind for a message (the protocol's `messageKind`); default: its type. */
  readonly kindOf?: (payload: Payload) => string
  /** The timer whose firing is a timeout mark (the protocol's `spec.timeoutTimer`). */
  readonly timeoutTimer?: string
  /** The run's protocol, for which roles lead and how its epoch reads in the marks. */
  readonly spec?: ProtocolSpec
  /** A message index over the same trace to share (the timeline's), or a new one. */
  readonly messages?: MessageIndex
}

/** What the layout needs to go on reading from a point of the trace. */
interface Resume {
  readonly slots: number
  readonly clients: number
  readonly marks: MarkResume
  readonly spans: SpanResume
}

/** How many ended arrows an index keeps made: a few windows' worth at 25 nodes. */
const ENDED_CACHED = 8192

export class SpacetimeIndex implements SpacetimeView {
  private readonly nodes: readonly string[]
  private clients: string[] = []
  private readonly kindOf: (payload: Payload) => string
  private readonly messages: MessageIndex
  /** Each message's send time is read from the trace, not kept again. */
  private readonly sendTimes: Starts = {
    get: (slot) => {
      const i = this.messages.sendIndex(this.idOfSlot(slot))
      return this.trace instanceof Trace ? this.trace.timeAt(i) : this.trace.at(i)!.t
    },
  }
  private intervals = new IntervalIndex(this.sendTimes)
  /**
   * Messages and marks by lane: made when a view first asks for some lanes only (a
   * scrolling diagram of a large cluster), then grown; a small cluster's never is.
   */
  private byLane: LaneIndex | null = null
  /**
   * Message id → interval id, and back: null while every message's interval id is its own
   * id (as in a recorded run, whose ids follow send order), which saves 8 bytes a message.
   */
  private slotOf: IntColumn | null = null
  private idOf: IntColumn | null = null
  private marks: Mark[] = []
  private readonly markTimes = { get: (i: number) => this.marks[i]!.at }
  private markReader: MarkReader
  private spanReader: SpanReader
  private readonly members: MemberChanges
  private resumes: ResumePoints<Resume>
  private trace: TraceView = []
  private scanned = 0

  constructor(options: RunViewOptions) {
    this.nodes = options.nodes
    this.kindOf = options.kindOf ?? ((p) => p.type)
    this.messages = options.messages ?? new MessageIndex()
    this.members = new MemberChanges(options.nodes, options.inputs)
    this.markReader = new MarkReader(options.timeoutTimer ?? 'election', options.spec, this.members)
    this.spanReader = new SpanReader(options.nodes, options.inputs, this.members)
    this.resumes = new ResumePoints(resumeEvery(options.nodes.length))
  }

  /**
   * A copy that has read at most the first `count` entries, from the last point kept
   * before them, for a branch: `options` are the branch's (its inputs, its message index).
   */
  forkAt(count: number, options: RunViewOptions): SpacetimeIndex {
    const copy = new SpacetimeIndex(options)
    const from = this.resumes.before(Math.min(count, this.scanned))
    copy.resumes = this.resumes.upTo(from?.at ?? 0)
    if (from === null) return copy
    const { at, state } = from
    copy.trace = this.trace
    copy.scanned = at
    copy.clients = this.clients.slice(0, state.clients)
    copy.marks = this.marks.slice(0, lowerBound(this.markIndexes, 0, this.marks.length, at))
    copy.markReader = MarkReader.resumed(state.marks, this.markReader)
    copy.spanReader = this.spanReader.resumed(state.spans, options.inputs, copy.members)
    // Messages in flight at the point may have ended or been delayed since: their ends then.
    const open = this.intervals.endsAfter(at > 0 ? this.trace.at(at - 1)!.t : 0)
    const endAt = (slot: number) => this.endBefore(this.idOfSlot(slot), at)
    copy.intervals = this.intervals.forkAt(state.slots, open, endAt, copy.sendTimes)
    if (this.slotOf !== null && this.idOf !== null) {
      copy.idOf = this.idOf.copy(state.slots)
      copy.slotOf = this.slotOf.copy(this.messages.lastId + 1)
      // Messages given a slot after the point have none in the copy yet.
      for (let slot = state.slots; slot < this.intervals.count; slot++) {
        const id = this.idOf.get(slot)
        if (id >= 0 && id < copy.slotOf.length) copy.slotOf.set(id, -1)
      }
    }
    copy.byLane = this.byLane?.forkAt(state.slots, copy.marks.length, copy.intervals) ?? null
    // Arrows that ended before the point are the branch's too: the first frame after a
    // client request (a branch at the cursor) need not make every arrow in view again.
    for (const [id, arrow] of this.ended) {
      if (arrow.endIndex !== null && arrow.endIndex < at) copy.ended.set(id, arrow)
    }
    return copy
  }

  private readonly markIndexes = { get: (i: number) => this.marks[i]!.eventIndex }

  /** Where message `id`'s arrow ended after the first `count` entries: its end, or when due. */
  private endBefore(id: number, count: number): number {
    const end = this.messages.endIndex(id)
    if (end >= 0 && end < count) return this.trace.at(end)!.t
    return this.messages.dueBefore(id, count)
  }

  /** Reads the entries added since the last call. */
  update(trace: TraceView): this {
    this.trace = trace
    this.messages.update(trace)
    for (; this.scanned < trace.length; this.scanned++) {
      const i = this.scanned
      if (this.resumes.due(i)) this.resumes.keep(this.resume())
      const e = trace.at(i)!
      switch (e.kind) {
        case 'send': {
          const slot = this.intervals.add(e.t, e.deliverAt)
          this.name(slot, e.id)
          this.byLane?.addMessage(slot, e.from, e.to)
          break
        }
        case 'deliver':
        case 'drop':
          this.moveEnd(e.id, e.t)
          break
        case 'delay':
          this.moveEnd(e.id, e.deliverAt)
          break
        case 'invoke':
          this.clients.push(e.client)
          break
      }
      const marked = this.marks.length
      this.markReader.read(trace, i, this.marks)
      const byLane = this.byLane
      if (byLane !== null) {
        for (let m = marked; m < this.marks.length; m++) byLane.addMark(m, this.marks[m]!.node)
      }
      this.spanReader.read(e)
    }
    return this
  }

  private resume(): Resume {
    return {
      slots: this.intervals.count,
      clients: this.clients.length,
      marks: this.markReader.resume(),
      spans: this.spanReader.resume(),
    }
  }

  /** Interval `slot` is message `id`'s. */
  private name(slot: number, id: number): void {
    if (this.slotOf === null && slot === id) return
    if (this.slotOf === null || this.idOf === null) {
      this.slotOf = new IntColumn(-1)
      this.idOf = new IntColumn(-1)
      for (let s = 0; s < slot; s++) {
        this.slotOf.set(s, s)
        this.idOf.set(s, s)
      }
    }
    this.slotOf.set(id, slot)
    this.idOf.set(slot, id)
  }

  private slotOfId(id: number): number {
    return this.slotOf === null ? (id < this.intervals.count ? id : -1) : this.slotOf.get(id)
  }

  private idOfSlot(slot: number): number {
    return this.idOf === null ? slot : this.idOf.get(slot)
  }

  private moveEnd(id: number, end: number): void {
    const slot = this.slotOfId(id)
    this.intervals.setEnd(slot, end)
    const sendIndex = this.messages.sendIndex(id)
    const send = sendIndex < 0 ? undefined : (this.trace.at(sendIndex) as SendEntry)
    if (send !== undefined) this.byLane?.moved(slot, send.from, send.to)
  }

  /** The index by lane, made from what has been read so far when first asked for. */
  private lanesIndex(): LaneIndex {
    if (this.byLane !== null) return this.byLane
    const byLane = new LaneIndex(this.intervals)
    for (let slot = 0; slot < this.intervals.count; slot++) {
      const send = this.trace.at(this.messages.sendIndex(this.idOfSlot(slot))) as SendEntry
      byLane.addMessage(slot, send.from, send.to)
    }
    this.marks.forEach((mark, m) => byLane.addMark(m, mark.node))
    return (this.byLane = byLane)
  }

  /** Nodes, then clients in the order they appeared. */
  lanes(): readonly string[] {
    return [...this.nodes, ...this.clients]
  }

  extent() {
    return { start: 0, end: this.scanned > 0 ? this.trace.at(this.scanned - 1)!.t : 0 }
  }

  visible(fromMs: number, toMs: number): SpacetimeWindow {
    const arrows = this.intervals
      .query(fromMs, toMs)
      .map((slot) => this.arrow(this.idOfSlot(slot))!)
    const lo = lowerBound(this.markTimes, 0, this.marks.length, fromMs)
    const hi = upperBound(this.markTimes, lo, this.marks.length, toMs)
    return { arrows, marks: this.marks.slice(lo, hi), ...this.spanReader.visible(fromMs, toMs) }
  }

  /** What touches these lanes only: their messages (either end) and their marks. */
  visibleOn(fromMs: number, toMs: number, lanes: readonly string[]): SpacetimeWindow {
    const arrows = this.lanesIndex()
      .messagesIn(lanes, fromMs, toMs)
      .map((slot) => this.arrow(this.idOfSlot(slot))!)
    const marks = this.lanesIndex()
      .marksIn(lanes, fromMs, toMs, (i) => this.marks[i]!.at)
      .map((i) => this.marks[i]!)
    return { arrows, marks, ...this.spanReader.visible(fromMs, toMs) }
  }

  /** How many arrows start in [fromMs, toMs]: two binary searches, to pick a level of detail. */
  sentBetween(fromMs: number, toMs: number): number {
    return this.intervals.startingIn(fromMs, toMs)
  }

  /**
   * Arrows of messages that arrived or were dropped: they no longer change, and the diagram
   * asks for every one in view in every frame of playback. A fork is a new index, with its
   * own; cleared when full.
   */
  private readonly ended = new Map<number, Arrow>()

  /** Message `id` as an arrow, or undefined if it was not sent (yet). */
  arrow(id: number): Arrow | undefined {
    const known = this.ended.get(id)
    if (known !== undefined) return known
    const sendIndex = this.messages.sendIndex(id)
    if (sendIndex < 0 || sendIndex >= this.scanned) return undefined
    const send = this.trace.at(sendIndex) as SendEntry
    const endIndex = this.messages.endIndex(id)
    const end = endIndex >= 0 && endIndex < this.scanned ? this.trace.at(endIndex)! : null
    const arrow: Arrow = {
      id,
      from: send.from,
      to: send.to,
      sentAt: send.t,
      arrivedAt: end === null ? null : end.t,
      dueAt: this.messages.dueAt(id),
      fate: end === null ? 'in-flight' : end.kind === 'deliver' ? 'delivered' : 'dropped',
      duplicate: send.copyOf !== undefined,
      copyOf: send.copyOf ?? null,
      delayed: this.messages.delayed(id),
      dropReason: end?.kind === 'drop' ? end.reason : null,
      kind: this.kindOf(send.payload),
      sendIndex,
      endIndex: end === null ? null : endIndex,
    }
    if (end !== null) {
      if (this.ended.size >= ENDED_CACHED) this.ended.clear()
      this.ended.set(id, arrow)
    }
    return arrow
  }
}
