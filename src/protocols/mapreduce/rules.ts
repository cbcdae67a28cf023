/**
 * Routes a node's events to the master's rules (master.ts) or a worker's (worker.ts).
 * Each step first notes the kernel's clock, which the master's failure timeouts read.
 */

import * as master from './master'
import * as worker from './worker'
import { atTime } from './context'
import type { RuleOut } from '../rule-actions'
import type { ClientRequest } from '../../sim/protocol'
import type { MapReduceContext, MapReduceEvent, MasterContext, WorkerContext } from './types'

type Out = RuleOut<MapReduceContext>

export function start(c: MapReduceContext): Out {
  return c.kind === 'master' ? master.startMaster(c) : { context: c, effects: [] }
}

export function step(c0: MapReduceContext, e: MapReduceEvent): Out {
  const c = atTime(c0, e.now)
  return c.kind === 'master' ? masterStep(c, e) : workerStep(c, e)
}

// Each timer's event type, made once rather than at every step that tests for it.
const TICK = `timer.${master.TICK}`
const MAP_WORK = `timer.${worker.MAP_WORK}`
const REDUCE_WORK = `timer.${worker.REDUCE_WORK}`
const FETCH_RETRY = `timer.${worker.FETCH_RETRY}`

function masterStep(c: MasterContext, e: MapReduceEvent): Out {
  switch (e.type) {
    case TICK:
      return master.onTick(c)
    case 'Pong':
      return master.onPong(c, e.from, e.inc, e.finished)
    case 'Done':
      return master.onPong(c, e.from, e.inc, [e.finished])
    case 'ClientRequest':
      return master.onClient(c, e.client, e.seq, e.op, e.key)
    default:
      return { context: c, effects: [] }
  }
}

function workerStep(c: WorkerContext, e: MapReduceEvent): Out {
  switch (e.type) {
    case 'Assign':
      return worker.take(c, e.assignment)
    case 'Ping':
      return worker.onPing(c, e.assigned)
    case 'Fetch':
      return worker.onFetch(c, e.from, e)
    case 'FetchReply':
      return worker.onFetchReply(c, e)
    case MAP_WORK:
      return worker.onMapWork(c)
    case REDUCE_WORK:
      return worker.onReduceWork(c)
    case FETCH_RETRY:
      return worker.onFetchRetry(c)
    case 'ClientRequest':
      return worker.onClient(c, e as unknown as ClientRequest)
    default:
      return { context: c, effects: [] }
  }
}
