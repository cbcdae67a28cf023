/**
 * A run that can be looked at from any moment. The head simulates forward, recording the
 * trace and copying the world into a checkpoint every `interval` events (and, near the
 * head, every `recent` events, for branches added there); `seek(t)` copies the nearest
 * checkpoint at or before t and replays from it, without recording (the trace of that
 * stretch is already there).
 */

import { createContext, createSimulation, nextEventTime, runUntil, stepEvent } from '../sim/kernel'
import { cloneWorld, type World } from '../sim/world'
import type { SimContext } from '../sim/context'
import type { Protocol } from '../sim/protocol'
import { Recorder, type HashState, type Trace } from '../sim/trace'
import { ViolationIndex } from './violations'
import { EventIndex, type EventIndexOptions } from './event-index'
import { MarkerIndex, type Marker } from './markers'
import { MessageIndex, type SendEntry } from './messages'
import { CausalIndex } from './causality'
import { CausalSweep, type CausalView } from './causal-sweep'
import { RunSeries } from './series'
import { SpacetimeIndex, type RunViewOptions } from './spacetime'
import { scenarioNodeIds, type Scenario } from '../scenario/types'

export interface Checkpoint {
  readonly world: World
  readonly hash: HashState
}

export interface TimelineOptions {
  /** Events between checkpoints: fewer means faster seeks and more memory (checkpointInterval). */
  readonly interval?: number
  /** Events between the closer checkpoints near the head, or null for none (recentInterval). */
  readonly recent?: number | null
}

/**
 * Events between checkpoints when not given: 1,000, or three per node in a large cluster.
 * A checkpoint keeps every node state that changed since the last one alive, so with
 * 1,000 nodes one every 1,000 events held 290 MB a virtual minute; every 3,000, a third,
 * at the price of replaying up to 3,000 events (about 50 ms) in a seek.
 */
export function checkpointInterval(nodes: number): number {
  return Math.max(1000, 3 * nodes)
}

/**
 * Events between the closer checkpoints kept near the head when not given, or null for
 * none. A branch starts from the last checkpoint before its input, and an input is mostly
 * added at the cursor while the run plays, near the head: one every 100 events there means
 * a Send re-simulates (and its indexes re-read) at most 100 events instead of up to 1,000.
 * Each costs a copy of the world, so a large cluster, whose copies cost more, has fewer,
 * and none past a third of a regular interval's worth of nodes.
 */
export function recentInterval(nodes: number, interval: number): number | null {
  const recent = Math.max(100, 3 * nodes)
  return recent < interval ? recent : null
}

/** Past this many nodes, causality is found by a sweep per pick instead of vector clocks. */
export const CLOCK_NODES_MAX = 16

/** How many sends `sendOf` keeps made (a few views ask for a few messages each). */
const SENDS_ASKED_MAX = 4096

/** Where a branch starts: the checkpoints and trace it shares with the run it came from. */
interface Fork {
  readonly checkpoints: readonly Checkpoint[]
  readonly trace: Trace
}

export class Timeline {
  readonly scenario: Scenario
  private readonly ctx: SimContext
  private readonly replay: SimContext
  private readonly head: World
  private readonly interval: number
  private readonly recent: number | null
  /**
   * Checkpoints in time (and event) order: one every `interval` events, and one every
   * `recent` events since the regular one before the newest (let go as the head moves on).
   */
  readonly checkpoints: Checkpoint[]
  private messages = new MessageIndex()
  private markerIndex: MarkerIndex
  private spacetimeIndex: SpacetimeIndex | null = null
  private runSeries: RunSeries | null = null
  private causalIndex: CausalIndex | null = null
  private causalSweep: CausalSweep | null = null
  private violationIndex = new ViolationIndex()
  private eventLog: EventIndex | null = null
  private readonly sendsAsked = new Map<number, SendEntry>()
  /** The run this one branched from (held weakly: it may be let go), and the entries they share. */
  private origin: { readonly run: WeakRef<Timeline>; readonly entries: number } | null = null

  constructor(scenario: Scenario, protocol: Protocol, options: TimelineOptions = {}, fork?: Fork) {
    this.scenario = scenario
    const nodes = scenarioNodeIds(scenario).length
    this.interval = options.interval ?? checkpointInterval(nodes)
    this.recent =
      options.recent === undefined ? recentInterval(nodes, this.interval) : options.recent
    this.markerIndex = new MarkerIndex(protocol.spec, nodes)
    if (fork === undefined) {
      const sim = createSimulation(scenario, protocol)
      this.ctx = sim.ctx
      this.head = sim.world
      this.checkpoints = []
      this.checkpoint()
    } else {
      const from = fork.checkpoints.at(-1)!
      const trace = fork.trace.prefix(from.hash.count)
      this.ctx = createContext(scenario, protocol, new Recorder(trace, from.hash))
      this.head = cloneWorld(from.world, protocol.invariants.clone)
      this.checkpoints = fork.checkpoints.slice()
    }
    this.replay = { ...this.ctx, recorder: null }
  }

  /**
   * A run of `scenario` that is the same as this one before time t (same seed, nodes,
   * params and inputs before t; it may differ from t on). It starts from this run's last
   * checkpoint before t, so only what follows is simulated again.
   */
  branch(scenario: Scenario, t: number): Timeline {
    const options = { interval: this.interval, recent: this.recent }
    // A join brings in a node slot this run's worlds (and its checkers' ghost state) lack:
    // nothing can be shared, so the run starts again from nothing.
    if (scenarioNodeIds(scenario).length !== this.ctx.ids.length) {
      return new Timeline(scenario, this.ctx.protocol, options)
    }
    const shared = this.checkpoints.filter((c) => c.world.time < t)
    const checkpoints = shared.length > 0 ? shared : this.checkpoints.slice(0, 1)
    const run = new Timeline(scenario, this.ctx.protocol, options, {
      checkpoints,
      trace: this.trace,
    })
    run.forkIndexes(this)
    run.origin = { run: new WeakRef(this), entries: run.trace.length }
    return run
  }

  /**
   * The run this one branched from, while it is still held elsewhere, and how many trace
   * entries the two share (null for a run made from nothing): what it knew of those holds.
   */
  forkedFrom(): { readonly timeline: Timeline; readonly entries: number } | null {
    const timeline = this.origin?.run.deref()
    return timeline === undefined ? null : { timeline, entries: this.origin!.entries }
  }

  /**
   * Starts each index `parent` has built from its copy over the trace this run shares with
   * it, so that they read on from there instead of from the first entry.
   */
  private forkIndexes(parent: Timeline): void {
    const count = this.trace.length
    this.messages = parent.messages.forkAt(count)
    this.markerIndex = parent.markerIndex.forkAt(count)
    this.violationIndex = parent.violationIndex.forkAt(count)
    this.runSeries = parent.runSeries?.forkAt(count) ?? null
    this.spacetimeIndex = parent.spacetimeIndex?.forkAt(count, this.spacetimeOptions()) ?? null
    this.eventLog = parent.eventLog?.forkAt(count, this.eventOptions()) ?? null
    this.causalIndex = parent.causalIndex?.prefix(count, this.messages) ?? null
    this.causalSweep = parent.causalSweep?.prefix(count, this.messages) ?? null
  }

  get trace(): Trace {
    return this.ctx.recorder!.entries!
  }

  /**
   * The send of message `id`, from the trace (undefined if not sent yet). The trace makes
   * an entry anew each time it is asked, so the sends asked for are kept: a view that
   * selects one from the store gets the same object while it stays the same.
   */
  sendOf(id: number): SendEntry | undefined {
    let send = this.sendsAsked.get(id)
    if (send === undefined) {
      send = this.messages.sendOf(this.trace, id)
      if (send === undefined) return undefined
      if (this.sendsAsked.size >= SENDS_ASKED_MAX) this.sendsAsked.clear()
      this.sendsAsked.set(id, send)
    }
    return send
  }

  /** Faults, elections, commits, client operations and violations found so far. */
  markers(): readonly Marker[] {
    return this.markerIndex.update(this.trace)
  }

  /** The space-time diagram's layout of the run so far: built on first use, then grown. */
  spacetime(): SpacetimeIndex {
    this.spacetimeIndex ??= new SpacetimeIndex(this.spacetimeOptions())
    return this.spacetimeIndex.update(this.trace)
  }

  private spacetimeOptions(): RunViewOptions {
    const { ids, protocol } = this.ctx
    return {
      nodes: ids,
      inputs: this.scenario.inputs,
      kindOf: (payload) => protocol.messageKind(payload),
      timeoutTimer: protocol.spec.timeoutTimer,
      spec: protocol.spec,
      messages: this.messages,
    }
  }

  /** Vector clocks and happens-before over the run so far: built on first use, then grown. */
  causality(): CausalIndex {
    this.causalIndex ??= new CausalIndex(this.ctx.ids, this.messages)
    return this.causalIndex.update(this.trace)
  }

  /**
   * The causal past and future of a picked event, as the space-time diagram asks for them:
   * from vector clocks in a small cluster, from a sweep of the trace in a large one (whose
   * clocks would not fit in memory: one number per node per event).
   */
  causalView(): CausalView {
    if (this.ctx.ids.length <= CLOCK_NODES_MAX) return this.causality()
    this.causalSweep ??= new CausalSweep(this.ctx.ids, this.messages)
    return this.causalSweep.update(this.trace)
  }

  /** Every event's type, nodes and words, for the event log: built on first use, then grown. */
  eventIndex(): EventIndex {
    this.eventLog ??= new EventIndex(this.eventOptions())
    return this.eventLog.update(this.trace)
  }

  private eventOptions(): EventIndexOptions {
    const { ids, protocol } = this.ctx
    return {
      nodes: ids,
      inputs: this.scenario.inputs,
      kindOf: (payload) => protocol.messageKind(payload),
      spec: protocol.spec,
      describeMessage: (from, to, payload) => protocol.describeMessage?.(from, to, payload) ?? null,
      messages: this.messages,
    }
  }

  /** What the charts draw (epoch and leaders, commits, messages, latency): built on first use, then grown. */
  series(): RunSeries {
    this.runSeries ??= new RunSeries(this.ctx.ids, undefined, this.ctx.protocol.spec)
    return this.runSeries.update(this.trace)
  }

  /**
   * Reads the trace simulated since the last look into every index built so far (none is
   * built here). While a far move is simulated in slices, each slice calls this, so the
   * views do not find half a million entries to read in the frame the cursor arrives.
   */
  updateIndexes(): void {
    const trace = this.trace
    this.messages.update(trace)
    this.markerIndex.update(trace)
    this.violationIndex.update(trace)
    this.spacetimeIndex?.update(trace)
    this.eventLog?.update(trace)
    this.runSeries?.update(trace)
    this.causalSweep?.update(trace)
  }

  /** Invariant violations found so far. */
  violations(): ViolationIndex {
    return this.violationIndex.update(this.trace)
  }

  /** How far the run has been simulated, in virtual ms. */
  get horizon(): number {
    return this.head.time
  }

  get events(): number {
    return this.head.events
  }

  /** The hash of the whole trace simulated so far. */
  traceHash(): string {
    return this.ctx.recorder!.hash()
  }

  /**
   * The hash of the trace up to time t: what `npm run sim -- run --until t` prints. Starts
   * from the hash kept by the last checkpoint at or before t, so it costs only the rest.
   */
  traceHashAt(t: number): string {
    this.extendTo(t)
    const from = this.lastCheckpoint((c) => c.world.time <= t)
    const recorder = new Recorder(false, from.hash)
    const trace = this.trace
    for (let i = from.hash.count; i < trace.length && trace.timeAt(i) <= t; i++) {
      recorder.record(trace.at(i)!)
    }
    return recorder.hash()
  }

  get context(): SimContext {
    return this.replay
  }

  private checkpoint(): void {
    const clone = cloneWorld(this.head, this.ctx.protocol.invariants.clone)
    this.checkpoints.push({ world: clone, hash: this.ctx.recorder!.state() })
  }

  /** After each event the head handles: the checkpoint due then, if any. */
  private checkpointIfDue(): void {
    const n = this.head.events
    if (n % this.interval === 0) {
      this.checkpoint()
      this.dropRecent(n - this.interval)
    } else if (this.recent !== null && n % this.recent === 0) this.checkpoint()
  }

  /**
   * Lets go of the closer checkpoints before event `before`: they lie just before the
   * regular checkpoint there (a regular one lets go of those behind the one before it).
   */
  private dropRecent(before: number): void {
    const cps = this.checkpoints
    let end = cps.length - 1
    while (end > 0 && cps[end - 1]!.world.events >= before) end--
    let start = end
    while (start > 0 && cps[start - 1]!.world.events % this.interval !== 0) start--
    if (start < end) cps.splice(start, end - start)
  }

  /**
   * Simulates the head forward to time t (no-op if already there), or by at most
   * `maxEvents` events: true when it got to t. A large cluster's first minute is half a
   * million events, so the app simulates in slices between frames instead of all at once.
   */
  extendTo(t: number, maxEvents = Infinity): boolean {
    const w = this.head
    for (let n = 0; nextEventTime(this.ctx, w) <= t; n++) {
      if (n >= maxEvents) return false
      stepEvent(this.ctx, w)
      this.checkpointIfDue()
    }
    if (t > w.time) w.time = t
    return true
  }

  /** Events simulated per virtual ms so far (what reaching a later time will cost), or null before any. */
  eventRate(): number | null {
    return this.head.time > 0 && this.head.events > 0 ? this.head.events / this.head.time : null
  }

  /**
   * The world at time t, stepping `current` forward in place when that is shorter than
   * starting from the checkpoint nearest t (playback: a frame's worth of events); a long
   * jump forward, or any step back, starts from the checkpoint.
   */
  advance(current: World, t: number): World {
    this.extendTo(t)
    if (t < current.time) return this.seek(t)
    const from = this.lastCheckpoint((c) => c.world.time <= t)
    if (from.world.events > current.events) return this.seek(t)
    runUntil(this.replay, current, t)
    return current
  }

  /** The world as it was at time t, after every event at or before t. */
  seek(t: number): World {
    this.extendTo(t)
    const from = this.lastCheckpoint((c) => c.world.time <= t)
    const w = cloneWorld(from.world, this.ctx.protocol.invariants.clone)
    runUntil(this.replay, w, t)
    return w
  }

  /** The world right after the n-th event (n = 0: the start). */
  seekEvent(n: number): World {
    while (this.head.events < n && stepEvent(this.ctx, this.head)) this.checkpointIfDue()
    const from = this.lastCheckpoint((c) => c.world.events <= n)
    const w = cloneWorld(from.world, this.ctx.protocol.invariants.clone)
    while (w.events < n && stepEvent(this.replay, w));
    return w
  }

  /** The time of the n-th event, or null when the run has fewer. */
  eventTime(n: number): number | null {
    if (n <= 0) return 0
    const w = this.seekEvent(n)
    return w.events === n ? w.time : null
  }

  private lastCheckpoint(fits: (c: Checkpoint) => boolean): Checkpoint {
    // Checkpoints are in time and event order: binary search for the last that fits.
    let lo = 0
    let hi = this.checkpoints.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (fits(this.checkpoints[mid]!)) lo = mid
      else hi = mid - 1
    }
    return this.checkpoints[lo]!
  }
}
