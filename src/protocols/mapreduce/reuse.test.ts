/**
 * What the job makes once and reuses (text.ts, message-parts.ts, the scheduler's survey of
 * a task table, the checker's outputs found right) must answer as if made afresh.
 */

import { describe, expect, it } from 'vitest'
import { mapSplit, mergeOutputs, partitionOf, reduceParts, reduceWords, splitOf } from './text'
import { finishedReduce, reduceAssignment } from './message-parts'
import { schedule } from './master'
import { freshTasks } from './context'
import { createMapReduceInvariants, PARTITION_CORRECT } from './invariants'
import { optionsOf } from '.'
import { protocolLookup } from '../registry'
import { resolveParams } from '../../sim/params'
import type { MasterContext, Task } from './types'

describe('what the job makes once', () => {
  it('gives each split’s files as the map function makes them, the same arrays each time', () => {
    const shapes: [number, number][] = [
      [6, 2],
      [4, 3],
    ]
    for (const [m, r] of shapes) {
      for (let i = 1; i <= m; i++) {
        const fresh = Array.from({ length: r }, (_, p) =>
          splitOf(i, m).filter((w) => partitionOf(w, r) === p + 1),
        )
        expect(mapSplit(i, m, r)).toEqual(fresh)
        expect(mapSplit(i, m, r)).toBe(mapSplit(i, m, r))
      }
    }
  })

  it('reduces and merges the parts given, not the parts it was last given', () => {
    const a = ['x', 'y', 'x']
    const b = ['y']
    expect(reduceParts('r1', [a, b])).toEqual([
      ['x', 2],
      ['y', 2],
    ])
    expect(reduceParts('r1', [a, b])).toBe(reduceParts('r1', [a, b]))
    expect(reduceParts('r1', [a, ['z']])).toEqual(reduceWords(['x', 'y', 'x', 'z']))
    expect(reduceParts('r1', [a, null])).toEqual(reduceWords(a))

    const one = [['b', 1] as const, ['d', 2] as const]
    const two = [['a', 3] as const]
    expect(mergeOutputs('r1,r2', [one, two])).toEqual({ a: 3, b: 1, d: 2 })
    expect(Object.keys(mergeOutputs('r1,r2', [one, two]))).toEqual(['a', 'b', 'd'])
    expect(mergeOutputs('r1,r2', [one, [['c', 1] as const]])).toEqual({ b: 1, c: 1, d: 2 })
  })

  it('sends a reduce task where its input is now, and each output under its own task', () => {
    const first = reduceAssignment('r1', ['n2', null])
    expect(reduceAssignment('r1', ['n2', null])).toBe(first)
    expect(reduceAssignment('r1', ['n2', 'n3'])).toEqual({ key: 'r1', locations: ['n2', 'n3'] })
    expect(reduceAssignment('r2', ['n2', null])).toEqual({ key: 'r2', locations: ['n2', null] })
    const output = [['x', 1] as const]
    expect(finishedReduce('r1', output)).toEqual({ key: 'r1', output })
    expect(finishedReduce('r2', output)).toEqual({ key: 'r2', output })
  })
})

describe('the master’s schedule of one task table', () => {
  const kernel = protocolLookup.get('mapreduce')!
  const opts = optionsOf(resolveParams(kernel.spec.params, {}), undefined)
  // Maps 1 to 5 took 100 ms each; map 6 has run on n2 since 0.
  const tasks: Task[] = freshTasks(opts.mapTasks, opts.reduceTasks).map((t) => {
    if (t.kind !== 'map') return t
    if (t.index < 6) {
      return { ...t, state: 'completed', doneBy: { worker: 'n2', inc: 0 }, took: 100 }
    }
    const attempts = [{ worker: 'n2', inc: 0, since: 0, backup: false }]
    return { ...t, state: 'in-progress', attempts }
  })
  const master = (now: number): MasterContext => ({
    kind: 'master',
    id: 'n1',
    opts,
    workerIds: ['n2', 'n3'],
    tasks,
    output: null,
    results: {},
    doneAt: null,
    stats: { reexecuted: 0, lostMaps: 0, backups: 0 },
    workers: {
      n2: { alive: true, inc: 0, lastHeard: now },
      n3: { alive: true, inc: 0, lastHeard: now },
    },
    now,
  })

  it('backs a copy up once it has run 1.5 times the median, asked again of the same table', () => {
    expect(schedule(master(150)).effects).toEqual([])
    const later = schedule(master(151))
    expect(later.effects).toEqual([
      { type: 'send', to: 'n3', msg: { type: 'Assign', assignment: { key: 'm6' } } },
    ])
    expect(later.context.tasks[5]!.attempts.map((a) => a.worker)).toEqual(['n2', 'n3'])
    expect(later.context.stats.backups).toBe(1)
    // Without backups, the same table asks for nothing.
    expect(schedule({ ...master(151), opts: { ...opts, backupTasks: false } }).effects).toEqual([])
  })
})

describe('the partition check', () => {
  it('checks an output found right for one partition again for another', () => {
    const kernel = protocolLookup.get('mapreduce')!
    const inv = createMapReduceInvariants((s) => s as MasterContext)
    const opts = optionsOf(resolveParams(kernel.spec.params, {}), undefined)
    const right = reduceWords(Array.from({ length: 6 }, (_, i) => mapSplit(i + 1, 6, 2)[0]!).flat())
    const base = {
      kind: 'master',
      id: 'n1',
      opts,
      workerIds: ['n2'],
      tasks: freshTasks(6, 2),
      output: null,
      doneAt: null,
      stats: { reexecuted: 0, lostMaps: 0, backups: 0 },
      workers: { n2: { alive: true, inc: 0, lastHeard: 0 } },
      now: 0,
    } as const
    const check = (c: MasterContext) =>
      inv.check(inv.init(2), 10, 'n1', null, c, [], []).map((v) => v.invariant)
    expect(check({ ...base, results: { r1: right } })).toEqual([])
    // The very same output, now said to be reduce 2's: wrong.
    expect(check({ ...base, results: { r2: right } })).toEqual([PARTITION_CORRECT])
    // And reduce 1's of three partitions: wrong too.
    const three = { ...opts, reduceTasks: 3 }
    expect(check({ ...base, opts: three, results: { r1: right } })).toEqual([PARTITION_CORRECT])
  })
})
