/**
 * What the checkers see of a MapReduce job, kept up as the master steps:
 * - Output Equals Sequential Count: when the master declares the job done, its output is
 *   exactly a sequential word count of the input, whatever failed on the way.
 * - Reduce Output Matches Its Partition: each reduce task's output the master accepts has
 *   exactly the words that hash to it, each with its full count.
 * - Lost Map Output Re-executed: once the master knows a worker failed (or restarted),
 *   it counts no map task completed on it: that output is gone.
 * - The task board: every change of a task's state at the master, for the view, and the
 *   job's measures (completion time, tasks re-executed, backups launched).
 */

import { expectedPartition, sequentialCount } from './text'
import { workersOf } from './describe'
import type { InvariantChecker, Violation } from '../../sim/protocol'
import type { MapReduceContext, MasterContext, Stats, Task, TaskState } from './types'

export const OUTPUT_CORRECT = 'Output Equals Sequential Count'
export const PARTITION_CORRECT = 'Reduce Output Matches Its Partition'
export const LOST_MAPS_RERUN = 'Lost Map Output Re-executed'

/** One change of a task at the master: from `at` on, this state on these workers. */
export interface BoardMark {
  readonly at: number
  readonly key: string
  readonly state: TaskState
  readonly workers: readonly string[]
  /** A backup copy runs beside the first. */
  readonly backup: boolean
  /** It went back to idle in this step (and may have been handed out again at once): its worker failed, with its output or its work. */
  readonly lost: boolean
}

export interface MapReduceGhost {
  marks: BoardMark[]
  /** The master's tasks as last seen (across its crashes). */
  tasks: readonly Task[] | null
  stats: Stats
  doneAt: number | null
  output: Readonly<Record<string, number>> | null
  reported: Readonly<Record<string, true>>
}

function sameTask(a: Task, b: Task): boolean {
  if (a.state !== b.state || a.attempts.length !== b.attempts.length) return false
  if (a.doneBy?.worker !== b.doneBy?.worker) return false
  return a.attempts.every((x, i) => x.worker === b.attempts[i]!.worker)
}

const equalCounts = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k])

/** The words that differ between what came out and what should have, in short. */
function difference(got: Readonly<Record<string, number>>, want: Readonly<Record<string, number>>) {
  const words = [...new Set([...Object.keys(got), ...Object.keys(want)])].sort()
  const off = words.filter((w) => got[w] !== want[w])
  const shown = off.slice(0, 3).map((w) => `“${w}” ${got[w] ?? 0} instead of ${want[w] ?? 0}`)
  return `${shown.join(', ')}${off.length > 3 ? ` and ${off.length - 3} more` : ''}`
}

/** No violation: most steps' answer, one frozen array rather than a new one each. */
const NONE = Object.freeze([]) as unknown as Violation[]

export function createMapReduceInvariants(
  contextOf: (state: unknown) => MapReduceContext,
): InvariantChecker<unknown, MapReduceGhost> {
  let expected: Record<string, number> | null = null
  const partitions = new Map<string, Record<string, number>>()
  const partition = (index: number, r: number) => {
    const key = `${index}/${r}`
    let want = partitions.get(key)
    if (want === undefined) {
      want = Object.fromEntries(expectedPartition(index, r))
      partitions.set(key, want)
    }
    return want
  }
  // Outputs are never written to, and a run of the same job makes the very same ones
  // (text.ts): each is compared with what it should be once, by identity.
  const rightPartition = new WeakMap<object, string>()
  const rightOutputs = new WeakSet<object>()
  /** What this step broke: NONE (shared, never written to) until something is found. */
  let found: Violation[] = NONE

  const report = (g: MapReduceGhost, key: string, v: Violation) => {
    if (g.reported[key]) return
    g.reported = { ...g.reported, [key]: true }
    if (found === NONE) found = []
    found.push(v)
  }

  const board = (g: MapReduceGhost, at: number, c: MasterContext) => {
    const before = g.tasks
    for (let i = 0; i < c.tasks.length; i++) {
      const t = c.tasks[i]!
      // The master keeps its tasks in one order: the same place holds the same task.
      const old =
        before?.[i]?.key === t.key ? before[i] : before?.find((each) => each.key === t.key)
      if (old !== undefined && sameTask(old, t)) continue
      if (old === undefined && t.state === 'idle') continue
      g.marks.push({
        at,
        key: t.key,
        state: t.state,
        workers: workersOf(t),
        backup: t.attempts.length > 1,
        lost: old !== undefined && t.reruns > old.reruns,
      })
    }
    g.tasks = c.tasks
    g.stats = c.stats
    g.doneAt = c.doneAt
    g.output = c.output
  }

  const checkResults = (g: MapReduceGhost, at: number, id: string, c: MasterContext) => {
    const r = c.opts.reduceTasks
    for (const [key, pairs] of Object.entries(c.results)) {
      const which = `${key}/${r}`
      if (rightPartition.get(pairs) === which) continue
      const want = partition(Number(key.slice(1)), r)
      const got = Object.fromEntries(pairs)
      if (equalCounts(got, want)) {
        rightPartition.set(pairs, which)
        continue
      }
      report(g, `partition ${key}`, {
        invariant: PARTITION_CORRECT,
        at,
        nodes: [id],
        message: `the output of reduce ${key.slice(1)} is wrong: ${difference(got, want)}`,
      })
    }
  }

  const checkOutput = (g: MapReduceGhost, at: number, id: string, c: MasterContext) => {
    if (c.output === null || rightOutputs.has(c.output)) return
    expected ??= sequentialCount()
    if (equalCounts(c.output, expected)) {
      rightOutputs.add(c.output)
      return
    }
    report(g, 'output', {
      invariant: OUTPUT_CORRECT,
      at,
      nodes: [id],
      message: `the job's output differs from a sequential count: ${difference(c.output, expected)}`,
    })
  }

  const checkLost = (g: MapReduceGhost, at: number, id: string, c: MasterContext) => {
    if (c.output !== null) return
    for (const t of c.tasks) {
      if (t.kind !== 'map' || t.state !== 'completed' || t.doneBy === null) continue
      const { worker, inc } = t.doneBy
      const info = c.workers[worker]
      if (info === undefined || (info.alive && info.inc <= inc)) continue
      const why = info.alive ? `restarted (incarnation ${info.inc})` : 'failed'
      report(g, `lost ${t.key}@${worker}.${inc}`, {
        invariant: LOST_MAPS_RERUN,
        at,
        nodes: [id, worker],
        message:
          `${id} knows ${worker} ${why}, yet still counts map ${t.index} completed there: ` +
          `its output was lost with ${worker}, and no reduce task can fetch it`,
      })
    }
  }

  return {
    init: () => ({
      marks: [],
      tasks: null,
      stats: { reexecuted: 0, lostMaps: 0, backups: 0 },
      doneAt: null,
      output: null,
      reported: {},
    }),
    clone: (g) => ({ ...g, marks: g.marks.slice() }),
    digest: (g) => ({
      marks: g.marks,
      tasks: g.tasks,
      stats: g.stats,
      doneAt: g.doneAt,
      reported: g.reported,
    }),
    check(g, at, id, beforeState, afterState) {
      found = NONE
      if (afterState === null) return found
      const c = contextOf(afterState)
      if (c.kind !== 'master') return found
      if (g.tasks !== c.tasks) board(g, at, c)
      g.stats = c.stats
      // States are never mutated: results or an output the step left alone were checked.
      const before = beforeState === null ? null : contextOf(beforeState)
      const same = before?.kind === 'master' && before.results === c.results
      if (!same) checkResults(g, at, id, c)
      if (!same || before.output !== c.output) checkOutput(g, at, id, c)
      checkLost(g, at, id, c)
      return found
    },
  }
}

/** What a run measured (`Protocol.measures`): when the job finished, and what it cost. */
export function mapReduceMeasures(g: MapReduceGhost) {
  return {
    jobMs: g.doneAt,
    tasksReexecuted: g.stats.reexecuted,
    mapOutputsLost: g.stats.lostMaps,
    backupTasks: g.stats.backups,
  }
}
