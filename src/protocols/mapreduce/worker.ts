/**
 * A worker's rules as pure functions. It runs what the master assigns (an `Assign`, or the
 * list each ping carries, which also tells it to drop what it no longer wants): a map task
 * works for a time in proportion to its split, then keeps its R files in memory and tells
 * the master; a reduce task fetches its partition from every map task's worker, retrying
 * each heartbeat until it has all of them, works, and reports its output. Reports repeat
 * on every pong until the master stops listing the task, so a lost one does no harm.
 */

import { send } from '../rule-actions'
import { redirectReply } from '../client-replies'
import { mapSplit, reduceParts, workMs } from './text'
import { sameItems } from '../same-items'
import { finishedMap, finishedReduce } from './message-parts'
import type { ClientRequest, Effect } from '../../sim/protocol'
import type { RuleOut } from '../rule-actions'
import type {
  Assignment,
  Done,
  Fetch,
  FetchReply,
  Finished,
  Pong,
  RunningReduce,
  WorkerContext,
} from './types'

export const MAP_WORK = 'map-work'
export const REDUCE_WORK = 'reduce-work'
export const FETCH_RETRY = 'fetch-retry'

type Out = RuleOut<WorkerContext>

const keep = (c: WorkerContext, effects: Effect[] = []): Out => ({ context: c, effects })

const indexOf = (key: string) => Number(key.slice(1))

function workTime(c: WorkerContext, kind: 'map' | 'reduce', index: number): number {
  const base = workMs(kind, index, c.opts.mapTasks, c.opts.taskMs)
  return c.opts.slowWorker === c.id ? Math.round(base * c.opts.slowFactor) : base
}

/** Starts a task, or updates a reduce task's locations; one of each kind at a time. */
export function take(c: WorkerContext, a: Assignment): Out {
  if (a.key.startsWith('m')) {
    if (c.map?.key === a.key || c.files[a.key] !== undefined) return keep(c)
    const index = indexOf(a.key)
    return keep({ ...c, map: { key: a.key, index } }, [
      { type: 'setTimer', name: MAP_WORK, ms: workTime(c, 'map', index) },
    ])
  }
  const locations = a.locations ?? []
  if (c.reduce?.key === a.key) {
    // Each ping lists it again, most often with the locations it has.
    if (sameItems(c.reduce.locations, locations)) return fetchMissing(c)
    return fetchMissing({ ...c, reduce: { ...c.reduce, locations } })
  }
  const reduce: RunningReduce = {
    key: a.key,
    index: indexOf(a.key),
    locations,
    fetched: locations.map(() => null),
    phase: 'fetching',
    output: null,
  }
  const out = fetchMissing({ ...c, reduce })
  return {
    context: out.context,
    effects: [
      { type: 'cancelTimer', name: REDUCE_WORK },
      ...out.effects,
      { type: 'setTimer', name: FETCH_RETRY, ms: c.opts.heartbeatMs },
    ],
  }
}

/** Asks each map task's worker for the partition it has not got yet. */
function fetchMissing(c: WorkerContext): Out {
  const r = c.reduce
  if (r === null || r.phase !== 'fetching') return keep(c)
  const effects: Effect[] = []
  r.locations.forEach((at, i) => {
    if (at !== null && r.fetched[i] === null) {
      effects.push(send<Fetch>(at, { type: 'Fetch', map: i + 1, reduce: r.index }))
    }
  })
  return keep(c, effects)
}

export function onFetchRetry(c: WorkerContext): Out {
  if (c.reduce?.phase !== 'fetching') return keep(c)
  const out = fetchMissing(c)
  return keep(out.context, [
    ...out.effects,
    { type: 'setTimer', name: FETCH_RETRY, ms: c.opts.heartbeatMs },
  ])
}

/** Another worker asks for one partition of a map task's output. */
export function onFetch(c: WorkerContext, from: string, m: Fetch): Out {
  const file = c.files[`m${m.map}`]?.[m.reduce - 1] ?? null
  return keep(c, [
    send<FetchReply>(from, { type: 'FetchReply', map: m.map, reduce: m.reduce, words: file }),
  ])
}

/** A partition arrived (map output is deterministic, so any copy of it will do). */
export function onFetchReply(c: WorkerContext, m: FetchReply): Out {
  const r = c.reduce
  if (r === null || r.phase !== 'fetching' || r.index !== m.reduce || m.words === null) {
    return keep(c)
  }
  if (r.fetched[m.map - 1] !== null || m.map > r.fetched.length) return keep(c)
  const fetched = r.fetched.slice()
  fetched[m.map - 1] = m.words
  if (fetched.includes(null)) return keep({ ...c, reduce: { ...r, fetched } })
  return keep({ ...c, reduce: { ...r, fetched, phase: 'reducing' } }, [
    { type: 'cancelTimer', name: FETCH_RETRY },
    { type: 'setTimer', name: REDUCE_WORK, ms: workTime(c, 'reduce', r.index) },
  ])
}

export function onMapWork(c: WorkerContext): Out {
  if (c.map === null) return keep(c)
  const { key, index } = c.map
  const files = { ...c.files, [key]: mapSplit(index, c.opts.mapTasks, c.opts.reduceTasks) }
  const finished = finishedMap(key)
  return keep({ ...c, files, map: null }, [
    send<Done>(c.master, { type: 'Done', inc: c.inc, finished }),
  ])
}

export function onReduceWork(c: WorkerContext): Out {
  const r = c.reduce
  if (r?.phase !== 'reducing') return keep(c)
  const output = reduceParts(`${r.index}/${c.opts.reduceTasks}`, r.fetched)
  const finished = finishedReduce(r.key, output)
  return keep({ ...c, reduce: { ...r, phase: 'finished', output } }, [
    send<Done>(c.master, { type: 'Done', inc: c.inc, finished }),
  ])
}

function listed(assigned: readonly Assignment[], key: string): boolean {
  return assigned.some((a) => a.key === key)
}

/**
 * The master's heartbeat: take up what it lists and is not running, drop what it no longer
 * lists (given to another worker, or completed by a backup), report what is finished.
 */
export function onPing(c0: WorkerContext, assigned: readonly Assignment[]): Out {
  let c = c0
  const effects: Effect[] = []
  if (c.map !== null && !listed(assigned, c.map.key)) {
    c = { ...c, map: null }
    effects.push({ type: 'cancelTimer', name: MAP_WORK })
  }
  if (c.reduce !== null && !listed(assigned, c.reduce.key)) {
    c = { ...c, reduce: null }
    effects.push(
      { type: 'cancelTimer', name: REDUCE_WORK },
      { type: 'cancelTimer', name: FETCH_RETRY },
    )
  }
  const finished: Finished[] = []
  for (const a of assigned) {
    if (c.files[a.key] !== undefined) finished.push(finishedMap(a.key))
    else if (c.reduce?.key === a.key && c.reduce.output !== null) {
      finished.push(finishedReduce(a.key, c.reduce.output))
    } else {
      const out = take(c, a)
      c = out.context
      effects.push(...out.effects)
    }
  }
  effects.push(send<Pong>(c.master, { type: 'Pong', inc: c.inc, finished }))
  return { context: c, effects }
}

/** Only the master answers clients. */
export function onClient(c: WorkerContext, request: ClientRequest): Out {
  return keep(c, [send(request.client, redirectReply(request, c.master))])
}
