/**
 * The master's rules as pure functions. Every heartbeat it pings each worker with the
 * tasks it has given it (so a lost assignment is repeated), declares a worker silent for
 * the failure timeout failed, and hands idle tasks to workers with a free slot: a worker
 * runs at most one map task and one reduce task at a time, and reduce tasks start once
 * every map task has completed. Near the end of a phase (no idle task of its kind left)
 * a free worker gets a backup copy of a task in progress; the first copy to finish wins.
 */

import { send } from '../rule-actions'
import { answer } from '../client-replies'
import { mergeOutputs } from './text'
import { mapAssignment, reduceAssignment } from './message-parts'
import type { Effect } from '../../sim/protocol'
import type { RuleOut } from '../rule-actions'
import type {
  Assign,
  Assignment,
  Finished,
  MasterContext,
  Ping,
  Task,
  TaskKind,
  WorkerInfo,
} from './types'

export const TICK = 'tick'

type Out = RuleOut<MasterContext>

const keep = (c: MasterContext, effects: Effect[] = []): Out => ({ context: c, effects })

export function startMaster(c: MasterContext): Out {
  if (c.output !== null) return keep(c)
  return { context: c, effects: [{ type: 'setTimer', name: TICK, ms: c.opts.heartbeatMs }] }
}

/** Where each map task's output is (0-based by map task), for the reduce tasks' fetches. */
export function locationsOf(c: MasterContext): (string | null)[] {
  const out: (string | null)[] = []
  for (const t of c.tasks) {
    if (t.kind === 'map') out.push(t.state === 'completed' ? (t.doneBy?.worker ?? null) : null)
  }
  return out
}

function assignmentOf(c: MasterContext, t: Task): Assignment {
  return t.kind === 'map' ? mapAssignment(t.key) : reduceAssignment(t.key, locationsOf(c))
}

/** A copy of `t` runs on `worker`. */
function runsOn(t: Task, worker: string): boolean {
  for (const a of t.attempts) if (a.worker === worker) return true
  return false
}

/** Every task the master wants `worker` to be running now. */
export function assignedTo(c: MasterContext, worker: string): Assignment[] {
  const out: Assignment[] = []
  for (const t of c.tasks) {
    if (t.state === 'in-progress' && runsOn(t, worker)) out.push(assignmentOf(c, t))
  }
  return out
}

export function onTick(c0: MasterContext): Out {
  if (c0.output !== null) return keep(c0)
  let c = c0
  for (const w of c.workerIds) {
    const info = c.workers[w]!
    if (info.alive && c.now - info.lastHeard > c.opts.failureTimeoutMs) {
      c = forget(setWorker(c, w, { ...info, alive: false }), w, null)
    }
  }
  const scheduled = schedule(c)
  c = scheduled.context
  const effects: Effect[] = [...scheduled.effects]
  for (const w of c.workerIds) {
    effects.push(send<Ping>(w, { type: 'Ping', assigned: assignedTo(c, w) }))
  }
  effects.push({ type: 'setTimer', name: TICK, ms: c.opts.heartbeatMs })
  return { context: c, effects }
}

const setWorker = (c: MasterContext, w: string, info: WorkerInfo): MasterContext => ({
  ...c,
  workers: withWorker(c.workers, w, info),
})

/**
 * `{ ...workers, [w]: info }`, made by copying the fields one by one: V8 builds that spread
 * slowly for objects keyed by ids (about 90 ns against 50 for four workers), and the master
 * writes one on every pong.
 */
function withWorker(
  workers: Readonly<Record<string, WorkerInfo>>,
  w: string,
  info: WorkerInfo,
): Record<string, WorkerInfo> {
  const out: Record<string, WorkerInfo> = {}
  let found = false
  for (const k in workers) {
    found ||= k === w
    out[k] = k === w ? info : workers[k]!
  }
  return found ? out : { ...workers, [w]: info }
}

function setTask(c: MasterContext, t: Task): MasterContext {
  const tasks = c.tasks.slice()
  for (let i = 0; i < tasks.length; i++) if (tasks[i]!.key === t.key) tasks[i] = t
  return { ...c, tasks }
}

/**
 * The worker failed (`inc` null) or restarted at incarnation `inc`: whatever it ran as an
 * earlier incarnation is lost. Its tasks in progress go back to idle, and so do the map
 * tasks it completed, whose files were on it; a completed reduce task's output is safe.
 */
export function forget(c: MasterContext, w: string, inc: number | null): MasterContext {
  if (c.output !== null) return c
  const gone = (a: { readonly worker: string; readonly inc: number }) =>
    a.worker === w && a.inc !== inc
  let { reexecuted, lostMaps } = c.stats
  const tasks = c.tasks.map((t) => {
    if (t.state === 'in-progress') {
      const attempts = t.attempts.filter((a) => !gone(a))
      if (attempts.length === t.attempts.length) return t
      if (attempts.length > 0) return { ...t, attempts }
      reexecuted++
      return { ...t, state: 'idle' as const, attempts, reruns: t.reruns + 1 }
    }
    const lost = t.state === 'completed' && t.kind === 'map' && t.doneBy !== null && gone(t.doneBy)
    if (!lost || c.opts.variant === 'no-reexecute') return t
    reexecuted++
    lostMaps++
    return { ...t, state: 'idle' as const, doneBy: null, reruns: t.reruns + 1 }
  })
  return { ...c, tasks, stats: { ...c.stats, reexecuted, lostMaps } }
}

// The scheduler's questions are asked on most of the master's steps, of a few tasks:
// plain loops answer them, not chains of filter, map and sort.

/** A task of `kind` is in progress on `w`. */
function busyWith(c: MasterContext, kind: TaskKind, w: string): boolean {
  for (const t of c.tasks) {
    if (t.kind === kind && t.state === 'in-progress' && runsOn(t, w)) return true
  }
  return false
}

/** The workers up and running no task of `kind`, in order. */
function freeFor(c: MasterContext, kind: TaskKind): string[] {
  const free: string[] = []
  for (const w of c.workerIds) {
    if (c.workers[w]!.alive && !busyWith(c, kind, w)) free.push(w)
  }
  return free
}

/** The first idle task of `kind`, in task order. */
function firstIdle(c: MasterContext, kind: TaskKind): Task | undefined {
  for (const t of c.tasks) if (t.kind === kind && t.state === 'idle') return t
  return undefined
}

/**
 * The copy longest under way that has no backup yet, and not on `w`, once it has run
 * `slowAfter` ms; of copies launched at the same time, the first in task order.
 */
function backupFor(c: MasterContext, kind: TaskKind, w: string, slowAfter: number) {
  let oldest: Task | undefined
  for (const t of c.tasks) {
    if (t.kind !== kind || t.state !== 'in-progress' || t.attempts.length !== 1) continue
    const a = t.attempts[0]!
    if (a.worker === w || !(c.now - a.since > slowAfter)) continue
    if (oldest === undefined || a.since < oldest.attempts[0]!.since) oldest = t
  }
  return oldest
}

/** Runs `t` (an idle task, or a backup copy of one in progress) on `w` as well. */
function launch(c: MasterContext, effects: Effect[], t: Task, w: string, backup: boolean) {
  const attempt = { worker: w, inc: c.workers[w]!.inc, since: c.now, backup }
  const next: Task = { ...t, state: 'in-progress', attempts: [...t.attempts, attempt] }
  let launched = setTask(c, next)
  if (backup) {
    const stats = { ...c.stats, backups: c.stats.backups + 1 }
    launched = { ...launched, stats }
  }
  effects.push(send<Assign>(w, { type: 'Assign', assignment: assignmentOf(launched, next) }))
  return launched
}

/**
 * Hands idle tasks, then backup copies, to workers with a free slot of the task's kind.
 * A launch fills only its own worker's slot and finishes no task, so the free workers and
 * how long a copy may run before it gets a backup are found once per kind.
 */
export function schedule(c0: MasterContext): Out {
  if (c0.output !== null) return keep(c0)
  let c = c0
  const effects: Effect[] = []
  for (const kind of KINDS) {
    const survey = surveyOf(c.tasks)
    if (kind === 'reduce' && !survey.map.done) break
    // None of the kind to launch, nor to back up (what most pongs find).
    if (!launchable(c, survey[kind])) continue
    let slowAfter: number | null = null
    for (const w of freeFor(c, kind)) {
      const idle = firstIdle(c, kind)
      if (idle !== undefined) {
        c = launch(c, effects, idle, w, false)
        continue
      }
      if (!c.opts.backupTasks) break
      slowAfter ??= straggling(c.tasks, kind)
      const oldest = backupFor(c, kind, w, slowAfter)
      if (oldest !== undefined) c = launch(c, effects, oldest, w, true)
    }
  }
  return { context: c, effects }
}

const KINDS = ['map', 'reduce'] as const

/** What the scheduler asks of a task table about the tasks of one kind. */
interface KindSurvey {
  /** Every one completed. */
  readonly done: boolean
  /** One is idle. */
  readonly idle: boolean
  /** When the copy longest under way with no backup yet was launched (none: +∞). */
  readonly oldest: number
  /** How long a copy may run before it gets a backup (see `straggling`); +∞ when moot. */
  readonly slowAfter: number
}

interface Survey {
  readonly map: KindSurvey
  readonly reduce: KindSurvey
}

/**
 * The survey of the task table surveyed last: a table is never written to, and most of the
 * master's steps (pongs, ticks) schedule with the table the step before had.
 */
let surveyed: { readonly tasks: readonly Task[]; readonly survey: Survey } | null = null

function surveyOf(tasks: readonly Task[]): Survey {
  if (surveyed?.tasks !== tasks) {
    const survey = { map: surveyKind(tasks, 'map'), reduce: surveyKind(tasks, 'reduce') }
    surveyed = { tasks, survey }
  }
  return surveyed.survey
}

function surveyKind(tasks: readonly Task[], kind: TaskKind): KindSurvey {
  let done = true
  let idle = false
  let oldest = Number.POSITIVE_INFINITY
  for (const t of tasks) {
    if (t.kind !== kind) continue
    if (t.state !== 'completed') done = false
    if (t.state === 'idle') idle = true
    if (t.state === 'in-progress' && t.attempts.length === 1) {
      oldest = Math.min(oldest, t.attempts[0]!.since)
    }
  }
  // Only a copy under way with no backup and no idle task to launch first needs it.
  const slowAfter =
    idle || oldest === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : straggling(tasks, kind)
  return { done, idle, oldest, slowAfter }
}

/**
 * A task of the surveyed kind may be launched: one is idle, or (with backups) a copy has
 * run long enough to get a backup. Checked before the free workers are looked for, which
 * most pongs would find in vain.
 */
function launchable(c: MasterContext, s: KindSurvey): boolean {
  if (s.done) return false
  return s.idle || (c.opts.backupTasks && c.now - s.oldest > s.slowAfter)
}

/** How long a task of `kind` may run before it counts as a straggler (no data: never). */
function straggling(tasks: readonly Task[], kind: TaskKind): number {
  const took: number[] = []
  for (const t of tasks) if (t.kind === kind && t.took !== null) took.push(t.took)
  if (took.length === 0) return Number.POSITIVE_INFINITY
  took.sort((a, b) => a - b)
  return BACKUP_AFTER * took[Math.floor((took.length - 1) / 2)]!
}

/** A copy running this many times the median completed task's time gets a backup. */
const BACKUP_AFTER = 1.5

/** A worker answered a ping: it is alive, at this incarnation, with these tasks finished. */
export function onPong(
  c0: MasterContext,
  from: string,
  inc: number,
  finished: readonly Finished[],
): Out {
  const info = c0.workers[from]
  if (info === undefined) return keep(c0)
  let c = c0
  if (inc !== info.inc || !info.alive) {
    // Restarted since (its files are gone), or heard again after it was given up on.
    if (inc !== info.inc) c = forget(c, from, inc)
  }
  c = setWorker(c, from, { alive: true, inc, lastHeard: c.now })
  const effects: Effect[] = []
  for (const f of finished) {
    const out = complete(c, from, inc, f)
    c = out.context
    effects.push(...out.effects)
  }
  const scheduled = schedule(c)
  if (effects.length === 0) return scheduled
  return { context: scheduled.context, effects: [...effects, ...scheduled.effects] }
}

/** A copy of a task finished. The first of its copies to finish completes it. */
function complete(c0: MasterContext, w: string, inc: number, f: Finished): Out {
  const t = c0.tasks.find((each) => each.key === f.key)
  if (t === undefined || t.state !== 'in-progress') return keep(c0)
  if (!t.attempts.some((a) => a.worker === w && a.inc === inc)) return keep(c0)
  if (t.kind === 'reduce' && f.output === null) return keep(c0)
  const since = t.attempts.find((a) => a.worker === w && a.inc === inc)!.since
  const done: Task = {
    ...t,
    state: 'completed',
    attempts: [],
    doneBy: { worker: w, inc },
    took: c0.now - since,
  }
  let c = setTask(c0, done)
  const effects: Effect[] = []
  if (t.kind === 'reduce') {
    c = { ...c, results: { ...c.results, [t.key]: f.output! } }
    if (c.tasks.every((each) => each.kind === 'map' || each.state === 'completed')) {
      c = finish(c)
    }
  } else {
    // Reduce tasks already under way learn where the new output is.
    for (const r of c.tasks) {
      if (r.kind !== 'reduce' || r.state !== 'in-progress') continue
      for (const a of r.attempts) {
        effects.push(send<Assign>(a.worker, { type: 'Assign', assignment: assignmentOf(c, r) }))
      }
    }
  }
  return { context: c, effects }
}

/** Every reduce task completed: the job's output is theirs together. */
function finish(c: MasterContext): MasterContext {
  const keys = Object.keys(c.results).sort()
  const output = mergeOutputs(
    keys.join(),
    keys.map((k) => c.results[k]!),
  )
  return { ...c, output, doneAt: c.now }
}

/** `status`: how far the job is; `count <word>`: the word's count once the job is done. */
export function onClient(c: MasterContext, client: string, seq: number, op: string, key: string) {
  const text = op === 'count' ? countText(c, key) : statusText(c)
  return keep(c, [send(client, answer(client, seq, text))])
}

function countText(c: MasterContext, word: string): string {
  if (c.output === null) return 'not done'
  return String(c.output[word.toLowerCase()] ?? 0)
}

export function statusText(c: MasterContext): string {
  if (c.output !== null) return `done at ${c.doneAt} ms`
  const done = (kind: Task['kind']) =>
    c.tasks.filter((t) => t.kind === kind && t.state === 'completed').length
  const m = c.opts.mapTasks
  const r = c.opts.reduceTasks
  return `map ${done('map')}/${m}, reduce ${done('reduce')}/${r}`
}
