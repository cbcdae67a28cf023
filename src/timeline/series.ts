/**
 * The series the charts draw, derived from the trace as it grows: the highest term (or
 * ballot, view: the protocol's epoch) and who led when, each node's commit index, messages
 * sent (and lost) per time bucket, and the latency of each client operation. Each trace
 * entry is read once; the charts read the series, never the trace.
 */

import { arrayColumn, IntColumn, upperBound } from './columns'
import { CRASHED, lookOf, type LookOf } from './roles'
import type { ProtocolSpec } from '../sim/protocol'
import type { TraceEntry, TraceView } from '../sim/trace'
import { ResumePoints, resumeEvery } from './resume-points'

/** A value that changes in steps: (time, value) pairs in time order. NaN is a gap. */
export class StepSeries {
  private readonly times: number[] = []
  private readonly values: number[] = []

  get length(): number {
    return this.times.length
  }

  timeAt(i: number): number {
    return this.times[i]!
  }

  valueAt(i: number): number {
    return this.values[i]!
  }

  /** The value in force at time t (after every change at or before t); NaN before the first. */
  at(t: number): number {
    const n = upperBound(arrayColumn(this.times), 0, this.times.length, t)
    return n === 0 ? NaN : this.values[n - 1]!
  }

  /** Records a change; one at the same time as the last replaces it, a repeat is skipped. */
  push(t: number, value: number): void {
    const last = this.values.length - 1
    if (last >= 0 && Object.is(this.values[last], value)) return
    if (last >= 0 && this.times[last] === t) {
      this.values[last] = value
      // The replacement may have undone the change before it.
      if (last > 0 && Object.is(this.values[last - 1], value)) this.pop()
      return
    }
    this.times.push(t)
    this.values.push(value)
  }

  private pop(): void {
    this.times.pop()
    this.values.pop()
  }

  /** Where it stands: only its last pair may change or go from here on. */
  mark(): StepMark {
    const n = this.times.length
    return { length: n, t: this.times[n - 1]!, value: this.values[n - 1]! }
  }

  /** A copy of it as it stood at `mark`. */
  copyAt(mark: StepMark): StepSeries {
    const copy = new StepSeries()
    copy.copyFrom(this, mark)
    return copy
  }

  /** Becomes `source` as it stood at `mark`. */
  copyFrom(source: StepSeries, mark: StepMark): void {
    const kept = Math.max(0, mark.length - 1)
    this.times.length = 0
    this.values.length = 0
    for (let i = 0; i < kept; i++) {
      this.times.push(source.times[i]!)
      this.values.push(source.values[i]!)
    }
    if (mark.length > 0) {
      this.times.push(mark.t)
      this.values.push(mark.value)
    }
  }
}

interface StepMark {
  readonly length: number
  readonly t: number
  readonly value: number
}

/** What a series needs to go on reading from a point: the parts that may still change. */
interface Resume {
  readonly ms: number
  readonly term: StepMark
  readonly commits: ReadonlyMap<string, StepMark>
  readonly nodes: number
  readonly spans: number
  /** By node, the index in `spans` of its span still open. */
  readonly open: ReadonlyMap<string, number>
  readonly lanes: number
  readonly buckets: number
  readonly lastSent: number
  readonly ids: number
  readonly points: number
  readonly drops: number
  readonly invokedAt: ReadonlyMap<number, number>
}

/** A stretch during which a node held a leading role: `to` is null while it still does. */
export interface LeaderSpan {
  readonly node: string
  readonly term: number | null
  readonly from: number
  readonly to: number | null
  /** Which row it takes when leaders overlap (a stale leader cut off by a partition): 0, 1, … */
  readonly lane: number
}

/** A client operation that returned: when it was invoked, and how long it took or waited. */
export interface LatencyPoint {
  readonly invokedAt: number
  readonly returnedAt: number
  readonly latencyMs: number
  readonly timedOut: boolean
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export const DEFAULT_BUCKET_MS = 100

export class RunSeries {
  /** The highest term (the protocol's epoch, as `NodeView.term` counts it) any node has reached. */
  readonly term = new StepSeries()
  readonly bucketMs: number
  /** The run's protocol: its epoch's name and format, and which roles lead. */
  readonly spec: ProtocolSpec | undefined
  private readonly look: LookOf
  private scannedCount = 0
  private scannedMs = 0
  private laneCount = 0

  private nodeIds: string[] = []
  private spans: LeaderSpan[] = []
  private sentCounts: number[] = []
  private lostCounts: number[] = []
  private points: LatencyPoint[] = []
  private readonly commitLookup = new Map<string, StepSeries>()
  private readonly openSpans = new Map<string, Mutable<LeaderSpan>>()
  private sendBuckets = new IntColumn(-1)
  private invokedAt = new Map<number, number>()
  /** The drops that counted as lost, in trace order: their entries, and their buckets. */
  private dropEntries = new IntColumn()
  private dropBuckets = new IntColumn()
  private resumes: ResumePoints<Resume>
  private readonly givenNodes: number

  /** Without `spec`, roles lead as any registered protocol says and the epoch is a term. */
  constructor(nodes: readonly string[], bucketMs = DEFAULT_BUCKET_MS, spec?: ProtocolSpec) {
    this.bucketMs = bucketMs
    this.spec = spec
    this.look = lookOf(spec)
    this.resumes = new ResumePoints(resumeEvery(nodes.length))
    this.givenNodes = nodes.length
    for (const id of nodes) this.commitOf(id)
  }

  /** Trace entries read so far. */
  get scanned(): number {
    return this.scannedCount
  }

  /** The time of the last entry read. */
  get scannedUntil(): number {
    return this.scannedMs
  }

  /** The most leader spans that overlapped at one time: the rows the leader strip needs. */
  get lanes(): number {
    return this.laneCount
  }

  /** Node ids in the order given, then any others in the order the trace names them. */
  get nodes(): readonly string[] {
    return this.nodeIds
  }

  /** Who led when, in the order they were elected. */
  get leaders(): readonly LeaderSpan[] {
    return this.spans
  }

  /** Messages sent in each bucket of `bucketMs` from time 0. */
  get sent(): readonly number[] {
    return this.sentCounts
  }

  /** Of the messages sent in each bucket, how many were lost (whenever they were). */
  get lost(): readonly number[] {
    return this.lostCounts
  }

  /** Client operations that returned, in the order they returned. */
  get latency(): readonly LatencyPoint[] {
    return this.points
  }

  /** Each node's commit index; NaN while it is crashed (a restart learns it again). */
  commit(node: string): StepSeries {
    return this.commitLookup.get(node) ?? new StepSeries()
  }

  /** Reads the entries added since the last call. */
  update(trace: TraceView): this {
    for (; this.scannedCount < trace.length; this.scannedCount++) {
      if (this.resumes.due(this.scannedCount)) this.resumes.keep(this.resume())
      const e = trace.at(this.scannedCount)!
      this.scannedMs = e.t
      this.read(e)
    }
    return this
  }

  private read(e: TraceEntry): void {
    switch (e.kind) {
      case 'state':
        this.readState(e)
        break
      case 'send': {
        const bucket = Math.floor(e.t / this.bucketMs)
        this.sendBuckets.set(e.id, bucket)
        grow(this.sentCounts, bucket)
        grow(this.lostCounts, bucket)
        this.sentCounts[bucket]!++
        break
      }
      case 'drop': {
        // A loss counts against the moment of sending, so each bar splits into its fates.
        const bucket = this.sendBuckets.get(e.id)
        if (bucket < 0) break
        this.lostCounts[bucket]!++
        this.dropEntries.push(this.scannedCount)
        this.dropBuckets.push(bucket)
        break
      }
      case 'invoke':
        this.invokedAt.set(e.op, e.t)
        break
      case 'return': {
        const invokedAt = this.invokedAt.get(e.op)
        if (invokedAt === undefined) break
        this.invokedAt.delete(e.op)
        const timedOut = e.outcome === 'timeout'
        this.points.push({ invokedAt, returnedAt: e.t, latencyMs: e.t - invokedAt, timedOut })
        break
      }
    }
  }

  /**
   * A copy that has read at most the first `count` entries (this one's), from the last
   * point kept before them: a branch's, which reads on from there.
   */
  forkAt(count: number): RunSeries {
    const from = this.resumes.before(Math.min(count, this.scannedCount))
    const nodes = this.nodeIds.slice(0, from?.state.nodes ?? this.givenNodes)
    const copy = new RunSeries(nodes, this.bucketMs, this.spec)
    copy.resumes = this.resumes.upTo(from?.at ?? 0)
    if (from !== null) this.copyInto(copy, from.at, from.state)
    return copy
  }

  private copyInto(copy: RunSeries, at: number, r: Resume): void {
    copy.scannedCount = at
    copy.scannedMs = r.ms
    copy.term.copyFrom(this.term, r.term)
    for (const [node, mark] of r.commits)
      copy.commitLookup.set(node, this.commit(node).copyAt(mark))
    copy.spans = this.spans.slice(0, r.spans)
    for (const [node, k] of r.open) {
      const span = { ...this.spans[k]!, to: null }
      copy.spans[k] = span
      copy.openSpans.set(node, span)
    }
    copy.laneCount = r.lanes
    copy.sentCounts = this.sentCounts.slice(0, r.buckets)
    if (r.buckets > 0) copy.sentCounts[r.buckets - 1] = r.lastSent
    copy.lostCounts = this.lostCounts.slice(0, r.buckets)
    // Drops read after the point are taken back from the counts they added to.
    for (let k = r.drops; k < this.dropEntries.length; k++) {
      const bucket = this.dropBuckets.get(k)
      if (bucket < r.buckets) copy.lostCounts[bucket]!--
    }
    copy.dropEntries = this.dropEntries.copy(r.drops)
    copy.dropBuckets = this.dropBuckets.copy(r.drops)
    copy.sendBuckets = this.sendBuckets.copy(r.ids)
    copy.points = this.points.slice(0, r.points)
    copy.invokedAt = new Map(r.invokedAt)
  }

  private resume(): Resume {
    const commits = new Map<string, StepMark>()
    for (const [node, series] of this.commitLookup) commits.set(node, series.mark())
    const open = new Map<string, number>()
    for (const [node, span] of this.openSpans) open.set(node, this.spans.lastIndexOf(span))
    return {
      ms: this.scannedMs,
      term: this.term.mark(),
      commits,
      nodes: this.nodeIds.length,
      spans: this.spans.length,
      open,
      lanes: this.laneCount,
      buckets: this.sentCounts.length,
      lastSent: this.sentCounts.at(-1) ?? 0,
      ids: this.sendBuckets.length,
      points: this.points.length,
      drops: this.dropEntries.length,
      invokedAt: new Map(this.invokedAt),
    }
  }

  private readState(e: Extract<TraceEntry, { kind: 'state' }>): void {
    const top = this.term.length === 0 ? -Infinity : this.term.valueAt(this.term.length - 1)
    if (e.term !== null && e.term > top) this.term.push(e.t, e.term)
    const commit = this.commitOf(e.node)
    if (e.role === CRASHED) commit.push(e.t, NaN)
    else if (e.commit !== null) commit.push(e.t, e.commit)

    const open = this.openSpans.get(e.node)
    const leads = e.role !== CRASHED && this.look(e.role) === 'lead'
    if (open !== undefined && (!leads || open.term !== e.term)) {
      open.to = e.t
      this.openSpans.delete(e.node)
    }
    if (leads && !this.openSpans.has(e.node)) this.openLeader(e.node, e.term, e.t)
  }

  private openLeader(node: string, term: number | null, t: number): void {
    const taken = new Set<number>()
    for (const span of this.openSpans.values()) taken.add(span.lane)
    let lane = 0
    while (taken.has(lane)) lane++
    const span: Mutable<LeaderSpan> = { node, term, from: t, to: null, lane }
    this.openSpans.set(node, span)
    this.spans.push(span)
    this.laneCount = Math.max(this.laneCount, lane + 1)
  }

  private commitOf(node: string): StepSeries {
    let series = this.commitLookup.get(node)
    if (series === undefined) {
      series = new StepSeries()
      this.commitLookup.set(node, series)
      this.nodeIds.push(node)
    }
    return series
  }
}

/** Extends a count array with zeros so that index i exists. */
function grow(counts: number[], i: number): void {
  while (counts.length <= i) counts.push(0)
}
