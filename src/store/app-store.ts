/**
 * The app's state: one store per app instance, made by `createAppStore` and handed down
 * by context. It holds the branches of the run, the cursor and the world at the cursor.
 * User actions never change the world: each becomes a scenario input at the cursor and
 * the future is simulated again from there (DESIGN.md).
 */

import { createStore, type StoreApi } from 'zustand/vanilla'
import { Timeline } from '../timeline/timeline'
import { nextEventTime } from '../sim/kernel'
import { protocolLookup } from '../protocols/registry'
import { canJoin, canLeave } from './membership'
import { nodeViews, type NodeView } from './node-views'
import { describeInput } from '../scenario/describe-input'
import { insertInput, rewritesFuture, type Action, type Branch } from './branches'
import { messageIdOf, previousEventTime } from './events'
import { inFlight } from '../sim/inputs'
import { simulateFor, slicesByDefault, type Simulating } from './slices'
import type { Point } from '../render/model'
import type { World } from '../sim/world'
import { scenarioNodeIds, type Input, type Scenario } from '../scenario/types'
import type { Protocol } from '../sim/protocol'
import type { OpenLesson } from './lesson-state'
// `t` is a time in this file, so the catalogue's lookup goes by `say`.
import { t as say } from '../i18n/translate'

/** Virtual ms per real ms when the app opens: slow enough to follow single messages. */
export const DEFAULT_SPEED = 0.1
/** How far past the cursor the run is simulated, so the trace is there when playback arrives. */
const LOOKAHEAD_MS = 2000
/**
 * While playing, only this much playback (wall ms at the speed) is simulated ahead: each
 * added input branches the run and throws away what was simulated past it.
 */
const LOOKAHEAD_PLAYING_REAL_MS = 500
/** And never less than this much virtual time ahead. */
const LOOKAHEAD_PLAYING_MIN_MS = 100
/** At most this many events of it at once: 2 s of a 1,000-node run are 16,000 (250 ms). */
const LOOKAHEAD_EVENTS = 500
/** In a page, the wall time each move may spend on it instead (about 128 events at least). */
const LOOKAHEAD_BUDGET_MS = 2
/**
 * Playing, each task looking ahead takes this much, and the next goes on after it: an
 * input branches the run and its lookahead starts again from there, which at 25 nodes took
 * the whole 2 ms in one task, often inside the next frame's time.
 */
const LOOKAHEAD_PLAYING_BUDGET_MS = 0.5
/** Wall time a move may simulate at once; a farther one goes on in slices (store/slices.ts). */
const MOVE_BUDGET_MS = 250
/** Wall time each slice simulates before the page gets a frame. */
const SLICE_MS = 30
/** Wall time a frame of playback may simulate: faster than that, playback slows down instead. */
const PLAY_BUDGET_MS = 25

/** Virtual ms per real ms while playing: a lesson's play-to-a-moment has its own speed. */
export function playbackSpeed(s: Pick<AppState, 'speed' | 'playTo'>): number {
  return s.playTo?.speed ?? s.speed
}

/** How far past the cursor the run is simulated: 2 s paused; playing, half a second of playback. */
function lookaheadMs(s: AppState): number {
  if (!s.playing) return LOOKAHEAD_MS
  const ahead = playbackSpeed(s) * LOOKAHEAD_PLAYING_REAL_MS
  return Math.min(LOOKAHEAD_MS, Math.max(LOOKAHEAD_PLAYING_MIN_MS, ahead))
}

export type Selection =
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'message'; readonly id: number }
  | null

export type Theme = 'system' | 'light' | 'dark'

/** What undo and redo move between: the branches, which one is open, and the cursor. */
export interface Snapshot {
  readonly branches: readonly Branch[]
  readonly branchId: number
  readonly cursor: number
}

/** How many interventions undo remembers. */
const UNDO_DEPTH = 200

export interface AppState {
  readonly branches: readonly Branch[]
  readonly branchId: number
  /** The current branch's scenario and run (also in `branches`). */
  readonly scenario: Scenario
  readonly timeline: Timeline
  /** Virtual ms. */
  readonly cursor: number
  readonly world: World
  readonly nodes: readonly NodeView[]
  readonly playing: boolean
  /**
   * A far move being simulated in slices between frames (only in a page): the cursor stays
   * where it was until the run gets to the target. Any other move cancels it.
   */
  readonly simulating: Simulating | null
  /** Virtual ms per real ms. */
  readonly speed: number
  readonly selection: Selection
  /**
   * A node whose action menu was asked for (context menu, long-press, M): the menu takes
   * focus when it shows, then clears this, so coming back to the tab later does not.
   */
  readonly menuRequest: string | null
  /** The message under the pointer, in the graph or the space-time diagram. */
  readonly hoveredMessage: number | null
  /** A trace entry picked in the space-time diagram: its causal past and future light up. */
  readonly causalEvent: number | null
  /** Node positions the user dragged, by id (in graph coordinates). */
  readonly dragged: Readonly<Record<string, Point>>
  readonly theme: Theme
  /** A problem to tell the user about (a broken link), or null. */
  readonly notice: string | null
  /** The named view a share link carries (`view=`). */
  readonly view: string
  /** Only the graph, the timeline and playback (`embed=1`, for an iframe). */
  readonly embed: boolean
  /** The lesson being followed, if any (its steps live in `store/lessons`). */
  readonly lesson: OpenLesson | null
  /** Playing towards a moment (a lesson's next step): stop there, at this speed. */
  readonly playTo: { readonly t: number; readonly speed: number } | null
  /** Earlier states, newest last, for undo; and undone ones, newest last, for redo. */
  readonly past: readonly Snapshot[]
  readonly future: readonly Snapshot[]
  play(): void
  pause(): void
  togglePlay(): void
  seek(t: number): void
  /** Moves the cursor by `realMs` of wall time at the current speed (the playback loop). */
  advance(realMs: number): void
  setSpeed(speed: number): void
  /** Plays from the cursor to t at `speed`, then pauses exactly at t. */
  playUntil(t: number, speed: number): void
  setLesson(lesson: OpenLesson | null): void
  /** To the next event after the cursor. */
  stepForward(): void
  /** To the last event before the cursor. */
  stepBack(): void
  /** Adds an input at the cursor; at a past moment, in a new branch. */
  act(action: Action): void
  /** A `join` at the cursor: the next node id comes in (a protocol with membership only). */
  joinNode(): void
  /** A `leave` of a member at the cursor: it goes for good. */
  leaveNode(id: string): void
  switchBranch(id: number): void
  /** Starts a new run (new parameters, a gallery scenario, a file); the previous one stays a branch. */
  newRun(scenario: Scenario, label: string, cursor?: number): void
  /** Takes back the last intervention (an input or a new run), or redoes it. */
  undo(): void
  redo(): void
  select(selection: Selection): void
  /** Selects the node and asks its action menu to take focus. */
  openNodeMenu(id: string): void
  /** The menu took focus: the request is done. */
  nodeMenuOpened(): void
  hoverMessage(id: number | null): void
  pickEvent(entry: number | null): void
  /** Pauses and moves the cursor to t: what a click on a time does anywhere in the app. */
  jumpTo(t: number): void
  /**
   * Pauses at trace entry `entry`, lights up its causal past and future, and selects its
   * message when that is in flight then: a click on an event, in the log or the diagram.
   */
  goToEvent(entry: number): void
  dragNode(id: string, to: Point): void
  setTheme(theme: Theme): void
  notify(notice: string | null): void
  dismissNotice(): void
}

export type AppStore = StoreApi<AppState>

export interface AppStoreOptions {
  readonly scenario: Scenario
  readonly cursor?: number
  readonly notice?: string | null
  readonly view?: string
  readonly embed?: boolean
  /** What the first run is, for the Branch list (`Run 1: …`). */
  readonly label?: string
  /** A lesson to follow from the start; the scenario is its run. */
  readonly lesson?: OpenLesson
  /** Work kept from before (the autosaved run), offered as a second branch. */
  readonly saved?: { readonly scenario: Scenario; readonly cursor: number }
  /** The protocols runs may use, by name; the registered ones unless given (tests). */
  readonly protocols?: ReadonlyMap<string, Protocol>
  /**
   * Simulate far moves in slices of wall time, and let playback slow down rather than freeze
   * when the run cannot keep up. On in a page; off elsewhere, where moves stay synchronous
   * and deterministic.
   */
  readonly slices?: boolean
}

export const DEFAULT_VIEW = 'graph'

export function createAppStore(options: AppStoreOptions): AppStore {
  const protocols = options.protocols ?? protocolLookup
  const makeTimeline = (scenario: Scenario) =>
    new Timeline(scenario, protocols.get(scenario.protocol)!)
  const slices = options.slices ?? slicesByDefault()
  const timeline = makeTimeline(options.scenario)
  const start = options.cursor ?? 0
  // A link far into a large run opens where the run has got to, and goes on in slices.
  const shownFirst = Math.min(
    start,
    slices && !simulateFor(timeline, start, MOVE_BUDGET_MS) ? timeline.horizon : start,
  )
  const world = timeline.seek(shownFirst)
  const first: Branch = {
    id: 1,
    label:
      options.label === undefined
        ? say('branch.run', { n: 1 })
        : say('branch.runNamed', { n: 1, label: options.label }),
    scenario: options.scenario,
    timeline,
    seenUntil: start,
  }
  let nextBranchId = 2
  const initialBranches: Branch[] = [first]
  if (options.saved !== undefined) {
    initialBranches.push({
      id: nextBranchId++,
      label: say('branch.saved'),
      scenario: options.saved.scenario,
      timeline: makeTimeline(options.saved.scenario),
      seenUntil: options.saved.cursor,
    })
  }

  const store = createStore<AppState>()((set, get) => {
    let lookaheadTimer: ReturnType<typeof setTimeout> | null = null
    /** Simulates a little past the cursor, after the frame a move was drawn in. */
    const lookAhead = () => {
      lookaheadTimer = null
      const s = get()
      const budget = s.playing ? LOOKAHEAD_PLAYING_BUDGET_MS : LOOKAHEAD_BUDGET_MS
      const arrived = simulateFor(s.timeline, s.cursor + lookaheadMs(s), budget)
      // Playing, the rest in later tasks, between frames.
      if (!arrived && s.playing) lookaheadTimer ??= setTimeout(lookAhead, 0)
    }

    /** Puts the world at time t, stepping forward in place when it can. */
    const place = (t: number, extra: Partial<AppState> = {}) => {
      const s = { ...get(), ...extra }
      const target = Math.max(0, t)
      let w = s.world
      w = extra.timeline === undefined ? s.timeline.advance(w, target) : s.timeline.seek(target)
      // In a page, by wall time once the frame is drawn: 500 events of a large run cost
      // more than a whole frame, and a frame should show the move as soon as it can.
      if (slices) lookaheadTimer ??= setTimeout(lookAhead, 0)
      else s.timeline.extendTo(target + lookaheadMs(s), LOOKAHEAD_EVENTS)
      const branches = s.branches.map((b) =>
        b.id === s.branchId && target > b.seenUntil ? { ...b, seenUntil: target } : b,
      )
      set({
        ...extra,
        branches,
        cursor: target,
        world: w,
        nodes: nodeViews(s.timeline.context, w, get().nodes),
        simulating: null,
      })
    }

    let sliceTimer: ReturnType<typeof setTimeout> | null = null
    /** One slice of a far move; the next is queued until the run gets there. */
    const slice = () => {
      sliceTimer = null
      const s = get()
      const job = s.simulating
      if (job === null) return
      const arrived = simulateFor(s.timeline, job.target, SLICE_MS)
      s.timeline.updateIndexes()
      if (arrived) return place(job.target)
      set({ simulating: { target: job.target, reached: s.timeline.horizon } })
      sliceTimer = setTimeout(slice, 0)
    }

    /**
     * Moves the cursor to t. In a page, a move that needs more simulating than a frame can
     * spare shows what changed at once (a new run, at the furthest moment simulated yet)
     * and goes on in slices between frames; any other move cancels it.
     */
    const moveTo = (t: number, extra: Partial<AppState> = {}) => {
      const target = Math.max(0, t)
      const run = extra.timeline ?? get().timeline
      if (!slices || simulateFor(run, target, MOVE_BUDGET_MS)) return place(target, extra)
      if (Object.keys(extra).length > 0) place(Math.min(target, run.horizon), extra)
      set({ simulating: { target, reached: run.horizon } })
      sliceTimer ??= setTimeout(slice, 0)
    }

    /** A frame of playback to t: as far as a frame's budget simulates, when the run is slower. */
    const playTo = (t: number) => {
      const s = get()
      if (slices && !simulateFor(s.timeline, t, PLAY_BUDGET_MS)) {
        return place(Math.max(s.cursor, s.timeline.horizon))
      }
      place(t)
    }

    const openBranch = (
      branch: Branch,
      cursor: number,
      branches: readonly Branch[],
      extra: Partial<AppState> = {},
    ) => {
      // Trace entry numbers belong to one run: a picked event means nothing in another.
      moveTo(cursor, {
        causalEvent: null,
        hoveredMessage: null,
        ...extra,
        branches,
        branchId: branch.id,
        scenario: branch.scenario,
        timeline: branch.timeline,
      })
    }

    const snapshot = (): Snapshot => {
      const { branches, branchId, cursor } = get()
      return { branches, branchId, cursor }
    }

    /** Opens a branch as an intervention: remembered for undo, and redo is forgotten. */
    const intervene = (branch: Branch, cursor: number, branches: readonly Branch[]) => {
      const past = [...get().past, snapshot()].slice(-UNDO_DEPTH)
      openBranch(branch, cursor, branches, { past, future: [], playTo: null })
    }

    /** Goes back to a snapshot; `from` and `to` are the stacks it moves between. */
    const restore = (from: 'past' | 'future') => {
      const s = get()
      const stack = s[from]
      const target = stack.at(-1)
      if (target === undefined) return
      const to = from === 'past' ? 'future' : 'past'
      const branch = target.branches.find((b) => b.id === target.branchId)!
      const keep =
        s.selection?.kind === 'node' && scenarioNodeIds(branch.scenario).includes(s.selection.id)
      openBranch(branch, target.cursor, target.branches, {
        [from]: stack.slice(0, -1),
        [to]: [...s[to], snapshot()],
        playing: false,
        playTo: null,
        selection: keep ? s.selection : null,
      })
    }

    return {
      branches: initialBranches,
      branchId: first.id,
      scenario: options.scenario,
      timeline,
      cursor: shownFirst,
      world,
      nodes: nodeViews(timeline.context, world, []),
      playing: false,
      simulating: null,
      speed: DEFAULT_SPEED,
      selection: null,
      menuRequest: null,
      hoveredMessage: null,
      causalEvent: null,
      dragged: {},
      theme: 'system',
      notice: options.notice ?? null,
      view: options.view ?? DEFAULT_VIEW,
      embed: options.embed ?? false,
      lesson: options.lesson ?? null,
      playTo: null,
      past: [],
      future: [],
      play: () => set({ playing: true, playTo: null }),
      pause: () => set({ playing: false, playTo: null }),
      togglePlay: () => set({ playing: !get().playing, playTo: null }),
      seek: (t) => {
        set({ playTo: null })
        moveTo(t)
      },
      advance(realMs) {
        const s = get()
        // A far move being simulated lands first; playback goes on from there.
        if (!s.playing || s.simulating !== null) return
        const to = s.playTo
        if (to === null) return playTo(s.cursor + realMs * s.speed)
        const next = s.cursor + realMs * to.speed
        if (next < to.t) return playTo(next)
        set({ playing: false, playTo: null })
        moveTo(to.t)
      },
      setSpeed: (speed) => set({ speed }),
      playUntil(t, speed) {
        if (t <= get().cursor) {
          set({ playing: false, playTo: null })
          moveTo(t)
        } else set({ playing: true, playTo: { t, speed } })
      },
      setLesson: (lesson) => set({ lesson }),
      stepForward() {
        const s = get()
        const next = nextEventTime(s.timeline.context, s.world)
        if (Number.isFinite(next)) moveTo(next)
        set({ playing: false, playTo: null })
      },
      stepBack() {
        const s = get()
        const previous = previousEventTime(s.timeline.trace, s.cursor)
        set({ playing: false, playTo: null })
        if (previous !== null) moveTo(previous)
      },
      act(action) {
        const s = get()
        // Inputs fall on whole milliseconds; the cursor moves up to meet it.
        const at = Math.ceil(s.cursor)
        const input = { ...action, at } as Input
        const scenario = { ...s.scenario, inputs: insertInput(s.scenario.inputs, input) }
        const run = s.timeline.branch(scenario, at)
        const current = s.branches.find((b) => b.id === s.branchId)!
        if (rewritesFuture(current, at)) {
          const label = say('branch.branch', {
            n: nextBranchId,
            input: describeInput(action),
            at: `${(at / 1000).toFixed(3)} s`,
          })
          const branch: Branch = {
            id: nextBranchId++,
            label,
            scenario,
            timeline: run,
            seenUntil: at,
          }
          intervene(branch, at, [...s.branches, branch])
        } else {
          const branch: Branch = { ...current, scenario, timeline: run }
          intervene(
            branch,
            at,
            s.branches.map((b) => (b.id === current.id ? branch : b)),
          )
        }
      },
      joinNode() {
        if (canJoin(get())) get().act({ type: 'join' })
      },
      leaveNode(node) {
        if (canLeave(get(), node)) get().act({ type: 'leave', node })
      },
      switchBranch(id) {
        const s = get()
        const branch = s.branches.find((b) => b.id === id)
        if (branch === undefined || id === s.branchId) return
        openBranch(branch, s.cursor, s.branches)
      },
      newRun(scenario, label, cursor = 0) {
        const s = get()
        const branch: Branch = {
          id: nextBranchId++,
          label: say('branch.runNamed', { n: nextBranchId - 1, label }),
          scenario,
          timeline: makeTimeline(scenario),
          seenUntil: cursor,
        }
        set({ playing: false, playTo: null, selection: null, dragged: {} })
        intervene(branch, cursor, [...s.branches, branch])
      },
      undo: () => restore('past'),
      redo: () => restore('future'),
      select: (selection) => set({ selection }),
      openNodeMenu: (id) => set({ selection: { kind: 'node', id }, menuRequest: id }),
      nodeMenuOpened: () => {
        if (get().menuRequest !== null) set({ menuRequest: null })
      },
      hoverMessage: (id) => {
        if (get().hoveredMessage !== id) set({ hoveredMessage: id })
      },
      pickEvent: (entry) => set({ causalEvent: entry }),
      jumpTo(t) {
        set({ playing: false, playTo: null })
        moveTo(t)
      },
      goToEvent(entry) {
        const e = get().timeline.trace.at(entry)
        if (e === undefined) return
        set({ playing: false, playTo: null })
        moveTo(e.t, { causalEvent: entry })
        const id = messageIdOf(e)
        if (id !== null && inFlight(get().world, id) !== undefined) {
          set({ selection: { kind: 'message', id } })
        }
      },
      dragNode: (id, to) => set({ dragged: { ...get().dragged, [id]: to } }),
      setTheme: (theme) => set({ theme }),
      notify: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
    }
  })
  if (start > shownFirst) store.getState().seek(start)
  return store
}
