/**
 * A node's state as it starts. `n1` is the master, the others workers. A restarted master
 * takes up its checkpointed task table and hears afresh from every worker; a restarted
 * worker comes back with nothing but a higher incarnation: its intermediate files and the
 * tasks it ran are gone, which the master learns from the incarnation its next pong shows.
 */

import type { Durable, MasterContext, Options, Task, WorkerContext } from './types'

export const MASTER = 'n1'

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1))

const task = (kind: 'map' | 'reduce', index: number): Task => ({
  key: `${kind === 'map' ? 'm' : 'r'}${index}`,
  kind,
  index,
  state: 'idle',
  attempts: [],
  doneBy: null,
  reruns: 0,
  took: null,
})

export function freshTasks(m: number, r: number): Task[] {
  return [
    ...Array.from({ length: m }, (_, i) => task('map', i + 1)),
    ...Array.from({ length: r }, (_, i) => task('reduce', i + 1)),
  ]
}

export interface StartArgs {
  readonly id: string
  readonly peers: readonly string[]
  readonly now: number
  readonly durable: Durable | null
  readonly opts: Options
}

export function startContext(args: StartArgs): MasterContext | WorkerContext {
  return args.id === MASTER ? startMaster(args) : startWorker(args)
}

function startMaster({ id, peers, now, durable, opts }: StartArgs): MasterContext {
  const workerIds = peers.filter((p) => p !== id).sort(byNumber)
  // Every worker gets a full failure timeout from the master's start to be heard from.
  const workers = Object.fromEntries(
    workerIds.map((w) => [w, { alive: true, inc: 0, lastHeard: now }]),
  )
  const saved = durable?.master
  if (saved) return masterAt({ ...saved, workers, now }, now)
  return {
    kind: 'master',
    id,
    opts,
    workerIds,
    tasks: freshTasks(opts.mapTasks, opts.reduceTasks),
    output: null,
    results: {},
    doneAt: null,
    stats: { reexecuted: 0, lostMaps: 0, backups: 0 },
    workers,
    now,
  }
}

function startWorker({ id, now, durable, opts }: StartArgs): WorkerContext {
  return {
    kind: 'worker',
    id,
    master: MASTER,
    opts,
    inc: durable === null ? 0 : durable.inc + 1,
    files: {},
    map: null,
    reduce: null,
    now,
  }
}

/**
 * The context as a step begins, its clock at `now`: the master's or a worker's, written out
 * field by field so that every context of a kind has one shape (V8 copies a context of many
 * shapes slowly, and a step copies it more than once).
 */
export function atTime(c: MasterContext | WorkerContext, now: number) {
  return c.kind === 'master' ? masterAt(c, now) : workerAt(c, now)
}

function masterAt(c: MasterContext, now: number): MasterContext {
  return {
    kind: c.kind,
    id: c.id,
    opts: c.opts,
    workerIds: c.workerIds,
    tasks: c.tasks,
    output: c.output,
    results: c.results,
    doneAt: c.doneAt,
    stats: c.stats,
    workers: c.workers,
    now,
  }
}

function workerAt(c: WorkerContext, now: number): WorkerContext {
  return {
    kind: c.kind,
    id: c.id,
    master: c.master,
    opts: c.opts,
    inc: c.inc,
    files: c.files,
    map: c.map,
    reduce: c.reduce,
    now,
  }
}

export function durableOf(c: MasterContext | WorkerContext): Durable {
  if (c.kind === 'worker') return { kind: 'worker', inc: c.inc, master: null }
  const { workers: _, now: __, ...saved } = c
  return { kind: 'master', inc: 0, master: saved }
}
