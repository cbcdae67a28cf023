/**
 * A MapReduce node as the CLI's JSON and the accessible names see it: `master`, or
 * `worker` with the task it runs (`worker, map 3`, `worker, reduce 1`; a map task first
 * when it runs one of each). The master's `tasks` are every task with its state and the
 * workers running or holding it, and `output` once the job is done; a worker's `tasks`
 * are the map outputs it holds and the tasks it runs.
 */

import { REDUCE_BASE } from './spec'
import type { NodeView } from '../../sim/protocol'
import type { Durable, MapReduceContext, MasterContext, Task, WorkerContext } from './types'

export const taskName = (key: string) => `${key.startsWith('m') ? 'map' : 'reduce'} ${key.slice(1)}`

export function viewOf(c: MapReduceContext): NodeView {
  if (c.kind === 'master') return MASTER_VIEW
  if (c.map !== null) return workerView(c.map.index)
  if (c.reduce !== null && c.reduce.phase !== 'finished') {
    return workerView(REDUCE_BASE + c.reduce.index)
  }
  return IDLE_VIEW
}

// The kernel asks for a node's view after every step: the few there are are made once.
const MASTER_VIEW: NodeView = { role: 'master' }
const IDLE_VIEW: NodeView = { role: 'worker' }
const workerViews = new Map<number, NodeView>()

function workerView(term: number): NodeView {
  let v = workerViews.get(term)
  if (v === undefined) workerViews.set(term, (v = { role: 'worker', term }))
  return v
}

export const workersOf = (t: Task): string[] =>
  t.state === 'completed'
    ? t.doneBy === null
      ? []
      : [t.doneBy.worker]
    : t.attempts.map((a) => a.worker)

function masterTasks(tasks: readonly Task[]) {
  return tasks.map((t) => ({ task: taskName(t.key), state: t.state, workers: workersOf(t) }))
}

function workerTasks(c: WorkerContext) {
  const out: { task: string; state: string }[] = Object.keys(c.files)
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((key) => ({ task: taskName(key), state: 'completed' }))
  if (c.map !== null) out.push({ task: taskName(c.map.key), state: 'in-progress' })
  if (c.reduce !== null) {
    const state = c.reduce.phase === 'finished' ? 'completed' : c.reduce.phase
    out.push({ task: taskName(c.reduce.key), state })
  }
  return out
}

const describeMaster = (c: Omit<MasterContext, 'workers' | 'now'>) => ({
  tasks: masterTasks(c.tasks),
  ...(c.output === null ? {} : { output: c.output }),
})

export function describeNode(c: MapReduceContext) {
  return c.kind === 'master' ? describeMaster(c) : { tasks: workerTasks(c) }
}

export function describeCrashed(d: Durable | null) {
  if (d?.master) return describeMaster(d.master)
  return { tasks: [] }
}

/** The cluster view's strip: the master's tasks, done once completed. */
export function taskStrip(c: MapReduceContext) {
  if (c.kind !== 'master') return { terms: [], committed: 0 }
  return {
    terms: c.tasks.map((t) => (t.kind === 'map' ? 1 : 2)),
    committed: 0,
    done: c.tasks.map((t) => t.state === 'completed'),
  }
}
