/**
 * The series the charts draw, derived from the trace as it grows: the highest term (or
 * ballot, view: the protocol's epoch) and who led when, each node's commit index, messages
 * sent (and lost) per time bucket, and the latency of each client operation. Each trace
 * entry is read once; the charts read the series, never the trace.
 */

import { IntColumn } from './columns'
import { CRASHED, lookOf, type LookOf } from './roles'
import type { ProtocolSpec } from '../sim/protocol'
import type { TraceEntry, TraceView } from '../sim/trace'
import { upperBound } from './columns'

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
    const n = upperBound({ get: (i) => this.times[i]! }, 0, this.times.length, t)
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

  private readonly nodeIds: string[] = []
  private readonly spans: LeaderSpan[] = []
  private readonly sentCounts: number[] = []
  private readonly lostCounts: number[] = []
  private readonly points: LatencyPoint[] = []
  private readonly commitLookup = new Map<string, StepSeries>()
  private readonly openSpans = new Map<string, Mutable<LeaderSpan>>()
  private readonly sendBuckets = new IntColumn(-1)
  private readonly invokedAt = new Map<number, number>()

  /** Without `spec`, roles lead as any registered protocol says and the epoch is a term. */
  constructor(nodes: readonly string[], bucketMs = DEFAULT_BUCKET_MS, spec?: ProtocolSpec) {
    this.bucketMs = bucketMs
    this.spec = spec
    this.look = lookOf(spec)
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
        if (bucket >= 0) this.lostCounts[bucket]!++
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
