/** What a MapReduce scenario may say: node counts, parameters, client operations. */

import type { ResolvedParams } from '../../sim/params'
import type { ProtocolSpec } from '../../sim/protocol'
import { MAPREDUCE_VARIANT_IDS } from './variants'

/** `NodeView.term` of a worker running reduce task r; below it, map task m is m itself. */
export const REDUCE_BASE = 1000

export const mapReduceSpec = {
  name: 'mapreduce',
  title: 'MapReduce',
  nodes: { min: 3, max: 16, default: 5 },
  params: {
    mapTasks: {
      kind: 'number',
      min: 1,
      max: 16,
      integer: true,
      default: 6,
      label: 'Map tasks (M)',
    },
    reduceTasks: {
      kind: 'number',
      min: 1,
      max: 8,
      integer: true,
      default: 2,
      label: 'Reduce tasks (R)',
    },
    taskMs: {
      kind: 'number',
      min: 10,
      max: 60_000,
      default: 300,
      label: 'Work time of a task (ms; a map task’s in proportion to its split)',
    },
    slowWorker: {
      kind: 'number',
      min: 0,
      max: 16,
      integer: true,
      default: 0,
      label: 'Slow worker: node number (0: none)',
    },
    slowFactor: {
      kind: 'number',
      min: 1,
      max: 50,
      default: 6,
      label: 'The slow worker takes this many times as long',
    },
    backupTasks: {
      kind: 'flag',
      default: true,
      label: 'Backup copies of the last tasks in progress',
    },
    heartbeatMs: {
      kind: 'number',
      min: 10,
      max: 60_000,
      default: 100,
      label: 'Master pings every worker every (ms)',
    },
    failureTimeoutMs: {
      kind: 'number',
      min: 20,
      max: 600_000,
      default: 400,
      label: 'A worker silent this long is failed (ms)',
    },
  },
  clientOps: [
    { op: 'status', needsValue: false },
    { op: 'count', needsValue: false },
  ],
  variants: MAPREDUCE_VARIANT_IDS,
  timeoutTimer: 'tick',
  roles: { master: 'service', worker: 'plain' },
  epoch: {
    name: 'task',
    bare: true,
    format: (n: number) => (n > REDUCE_BASE ? `reduce ${n - REDUCE_BASE}` : `map ${n}`),
  },
  checkParams: (params: ResolvedParams) => {
    const beat = params.heartbeatMs as number
    const timeout = params.failureTimeoutMs as number
    if (timeout <= beat) {
      return {
        param: 'failureTimeoutMs',
        message: `${timeout} is not longer than heartbeatMs = ${beat}`,
      }
    }
    return null
  },
  linearizable: () => false,
} as const satisfies ProtocolSpec
