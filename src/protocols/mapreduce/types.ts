/**
 * MapReduce (Dean & Ghemawat, OSDI 2004) as a small cluster: `n1` is the master, `n2` …
 * `nN` are workers. The job is a word count over a built-in text cut into M splits: a map
 * task turns its split into (word, 1) pairs, partitioned by hash(word) mod R into R
 * intermediate files kept in the map worker's memory; a reduce task fetches its partition
 * from every map task's worker (the shuffle), sums per word and hands its output to the
 * master. The master pings the workers, re-executes the tasks of a worker it finds failed
 * (its completed map tasks too: their files died with it), and near the end of each phase
 * runs backup copies of tasks still in progress.
 */

import type { MapReduceVariant } from './variants'
import type { TimedMachineEvent } from '../xstate-stepper'

export type TaskKind = 'map' | 'reduce'

/** `m1` … `mM`, `r1` … `rR`: a task's key; numbers count from 1, as the names do. */
export type TaskKey = string

export type TaskState = 'idle' | 'in-progress' | 'completed'

/** One execution of a task on a worker, as the master launched it. */
export interface Attempt {
  readonly worker: string
  /** The worker's incarnation when the task was given to it. */
  readonly inc: number
  readonly since: number
  /** Launched as a backup copy of a task already in progress elsewhere. */
  readonly backup: boolean
}

/** The master's record of one task. */
export interface Task {
  readonly key: TaskKey
  readonly kind: TaskKind
  /** 1-based. */
  readonly index: number
  readonly state: TaskState
  /** The executions running now (in progress: one, or two with a backup). */
  readonly attempts: readonly Attempt[]
  /** Where a completed task's output is: for a map task, the worker holding its files. */
  readonly doneBy: { readonly worker: string; readonly inc: number } | null
  /** How many times it went back to idle after it had been completed or started. */
  readonly reruns: number
  /** How long the copy that completed it took, from its launch (ms). */
  readonly took: number | null
}

/** What the master knows of a worker. */
export interface WorkerInfo {
  readonly alive: boolean
  readonly inc: number
  readonly lastHeard: number
}

export interface Options {
  readonly mapTasks: number
  readonly reduceTasks: number
  readonly taskMs: number
  readonly slowWorker: string | null
  readonly slowFactor: number
  readonly backupTasks: boolean
  readonly heartbeatMs: number
  readonly failureTimeoutMs: number
  readonly variant: MapReduceVariant | null
}

/** Counted by the master over the job: tasks re-executed, backups launched. */
export interface Stats {
  readonly reexecuted: number
  readonly lostMaps: number
  readonly backups: number
}

export interface MasterContext {
  readonly kind: 'master'
  readonly id: string
  readonly opts: Options
  readonly workerIds: readonly string[]
  // Kept on disk: the master checkpoints its task table, so a restarted master carries on.
  readonly tasks: readonly Task[]
  /** The job's output (word → count), set when every reduce task completed. */
  readonly output: Readonly<Record<string, number>> | null
  /** Each completed reduce task's output, by task key. */
  readonly results: Readonly<Record<TaskKey, readonly (readonly [string, number])[]>>
  readonly doneAt: number | null
  readonly stats: Stats
  // Lost in a crash.
  readonly workers: Readonly<Record<string, WorkerInfo>>
  readonly now: number
}

/** A map task a worker is running: when its work ends. */
export interface RunningMap {
  readonly key: TaskKey
  readonly index: number
}

/** A reduce task a worker is running: where to fetch from, what it has fetched. */
export interface RunningReduce {
  readonly key: TaskKey
  readonly index: number
  /** By map task (0-based): the worker holding its output, as the master last said. */
  readonly locations: readonly (string | null)[]
  /** By map task: the words of this partition, once fetched. */
  readonly fetched: readonly (readonly string[] | null)[]
  readonly phase: 'fetching' | 'reducing' | 'finished'
  /** Its output once reduced, sorted by word. */
  readonly output: readonly (readonly [string, number])[] | null
}

export interface WorkerContext {
  readonly kind: 'worker'
  readonly id: string
  readonly master: string
  readonly opts: Options
  // Kept on disk: how often it started, so the master can tell a restarted worker.
  readonly inc: number
  // Lost in a crash: the intermediate files and the tasks under way.
  /** By map task key: its R partitions of (word, 1) pairs, held as the words. */
  readonly files: Readonly<Record<TaskKey, readonly (readonly string[])[]>>
  readonly map: RunningMap | null
  readonly reduce: RunningReduce | null
  readonly now: number
}

export type MapReduceContext = MasterContext | WorkerContext

export interface Durable {
  readonly kind: 'master' | 'worker'
  readonly inc: number
  readonly master: Omit<MasterContext, 'workers' | 'now'> | null
}

// Messages.

/** What the master has given one worker: a map task, or a reduce task with where to fetch. */
export interface Assignment {
  readonly key: TaskKey
  readonly locations?: readonly (string | null)[]
}

export interface Assign {
  readonly type: 'Assign'
  readonly assignment: Assignment
}
/** The master's heartbeat, carrying everything this worker should be running. */
export interface Ping {
  readonly type: 'Ping'
  readonly assigned: readonly Assignment[]
}
/** A finished task: a map task's files are ready; a reduce task's output. */
export interface Finished {
  readonly key: TaskKey
  readonly output: readonly (readonly [string, number])[] | null
}
export interface Pong {
  readonly type: 'Pong'
  readonly inc: number
  readonly finished: readonly Finished[]
}
export interface Done {
  readonly type: 'Done'
  readonly inc: number
  readonly finished: Finished
}
export interface Fetch {
  readonly type: 'Fetch'
  /** 1-based map and reduce task numbers. */
  readonly map: number
  readonly reduce: number
}
export interface FetchReply {
  readonly type: 'FetchReply'
  readonly map: number
  readonly reduce: number
  /** The partition's words, or null when this worker holds no such file. */
  readonly words: readonly string[] | null
}

export type MapReduceMessage = Assign | Ping | Pong | Done | Fetch | FetchReply

export type MapReduceEvent = TimedMachineEvent<MapReduceMessage>
