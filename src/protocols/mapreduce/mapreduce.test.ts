import { describe, expect, it } from 'vitest'
import { createSimulation, runUntil } from '../../sim/kernel'
import { exploreScenario } from '../../check/explore/schedule'
import { protocolLookup } from '../registry'
import { runScenario, type RunSummary } from '../../sim/summary'
import { crash, mapReduceScenario, restart } from './gallery/build'
import { expectedPartition, mapSplit, partitionOf, sequentialCount, splitOf, WORDS } from './text'
import {
  createMapReduceInvariants,
  LOST_MAPS_RERUN,
  OUTPUT_CORRECT,
  PARTITION_CORRECT,
} from './invariants'
import { freshTasks } from './context'
import { optionsOf } from '.'
import { epochText } from '../epoch'
import { resolveParams } from '../../sim/params'
import type { Input, Scenario } from '../../scenario/types'
import type { MasterContext } from './types'

const kernel = protocolLookup.get('mapreduce')!

const run = (inputs: readonly Input[], params = {}, variant?: 'no-reexecute', until = 6000) =>
  runScenario(
    mapReduceScenario(1, inputs, { params, ...(variant ? { variant } : {}) }),
    kernel,
    until,
  )

const master = (r: RunSummary) => r.nodes.find((n) => n.id === 'n1')!
type Measures = {
  jobMs: number | null
  tasksReexecuted: number
  mapOutputsLost: number
  backupTasks: number
}
const measures = (r: RunSummary) => r.measures as Measures

/** The accessible names' rest of each node (`worker, map 2`) at `t`. */
function rolesAt(scenario: Scenario, t: number): string[] {
  const sim = createSimulation(scenario, kernel)
  runUntil(sim.ctx, sim.world, t)
  return sim.world.nodes.map((n) => {
    if (!n.up) return 'crashed'
    const v = kernel.view(n.state)
    return v.term === undefined ? v.role : `${v.role}, ${epochText(kernel.spec, v.term)}`
  })
}

describe('the job’s input and its expected output', () => {
  it('splits cover the text once, and partitions split the words by hash', () => {
    expect(Array.from({ length: 6 }, (_, i) => splitOf(i + 1, 6)).flat()).toEqual(WORDS)
    const files = Array.from({ length: 6 }, (_, i) => mapSplit(i + 1, 6, 3))
    for (let r = 1; r <= 3; r++) {
      const words = files.flatMap((f) => f[r - 1]!)
      expect(words.every((w) => partitionOf(w, 3) === r)).toBe(true)
      expect(Object.fromEntries(expectedPartition(r, 3))).toEqual(
        Object.fromEntries(
          Object.entries(sequentialCount()).filter(([w]) => partitionOf(w, 3) === r),
        ),
      )
    }
    expect(Object.values(sequentialCount()).reduce((a, b) => a + b, 0)).toBe(WORDS.length)
  })
})

describe('a MapReduce job', () => {
  it('outputs a sequential word count, with no task run twice', () => {
    const r = run([])
    expect(master(r)['output']).toEqual(sequentialCount())
    expect(r.violations).toEqual([])
    expect(measures(r)).toEqual({
      jobMs: 1189,
      tasksReexecuted: 0,
      mapOutputsLost: 0,
      backupTasks: 0,
    })
  })

  it('names a worker by the task it runs', () => {
    const s = mapReduceScenario(1, [])
    expect(rolesAt(s, 50)).toEqual(['master', 'worker', 'worker', 'worker', 'worker'])
    expect(rolesAt(s, 150)).toEqual([
      'master',
      'worker, map 1',
      'worker, map 2',
      'worker, map 3',
      'worker, map 4',
    ])
    expect(rolesAt(s, 900)).toEqual([
      'master',
      'worker, reduce 1',
      'worker, reduce 2',
      'worker',
      'worker',
    ])
  })

  it('runs a failed worker’s task in progress again elsewhere', () => {
    const r = run([crash(300, 'n3')], { backupTasks: false })
    expect(measures(r)).toMatchObject({ tasksReexecuted: 1, mapOutputsLost: 0 })
    expect(master(r)['output']).toEqual(sequentialCount())
    expect((master(r)['tasks'] as { task: string; workers: string[] }[])[1]).toEqual({
      task: 'map 2',
      state: 'completed',
      workers: ['n4'],
    })
  })

  it('runs a failed worker’s completed map tasks again, and the reduce tasks fetch the new output', () => {
    const s = mapReduceScenario(1, [crash(780, 'n3')])
    expect(rolesAt(s, 1250)).toEqual([
      'master',
      'worker, map 2',
      'crashed',
      'worker, map 5',
      'worker',
    ])
    const r = runScenario(s, kernel, 6000)
    expect(measures(r)).toMatchObject({ tasksReexecuted: 3, mapOutputsLost: 2 })
    expect(master(r)['output']).toEqual(sequentialCount())
    expect(r.violations).toEqual([])
  })

  it('notices a worker that restarted within the failure timeout by its incarnation', () => {
    const r = run([crash(900, 'n3'), restart(950, 'n3')])
    expect(measures(r).mapOutputsLost).toBe(2)
    expect(master(r)['output']).toEqual(sequentialCount())
  })

  it('carries on from its checkpoint when the master crashes and restarts', () => {
    const r = run(
      [crash(500, 'n1'), restart(1500, 'n1'), crash(1000, 'n4')].sort((a, b) => a.at - b.at),
    )
    expect(master(r)['output']).toEqual(sequentialCount())
    expect(r.violations).toEqual([])
  })

  it('overtakes a straggler with backup tasks', () => {
    const fast = run([], { slowWorker: 3 })
    const slow = run([], { slowWorker: 3, backupTasks: false })
    expect(measures(fast).backupTasks).toBeGreaterThan(0)
    expect(measures(slow).backupTasks).toBe(0)
    expect(measures(fast).jobMs!).toBeLessThan(0.6 * measures(slow).jobMs!)
    expect(master(fast)['output']).toEqual(sequentialCount())
  })

  it('answers counts from the master once done, and redirects clients from workers', () => {
    const r = run([
      { at: 300, type: 'client', op: 'count', key: 'the', node: 'n1' },
      { at: 2000, type: 'client', op: 'count', key: 'the', node: 'n3' },
      { at: 2100, type: 'client', op: 'status', key: 'job', node: 'n1' },
    ])
    expect(r.history.map((h) => h.output)).toEqual([
      'not done',
      '15',
      expect.stringMatching(/^done at 1\d{3} ms$/),
    ])
  })

  it('survives random faults: every job finishes with the right output', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const r = runScenario(exploreScenario(seed, kernel.spec, null, 10_000), kernel, 14_000)
      expect({ seed, violations: r.violations }).toEqual({ seed, violations: [] })
      expect({ seed, output: master(r)['output'] }).toEqual({ seed, output: sequentialCount() })
    }
  })
})

describe('the no-reexecute variant', () => {
  it('keeps a failed worker’s map tasks completed: the job never finishes', () => {
    const r = run([crash(900, 'n3')], {}, 'no-reexecute')
    expect(r.violations.map((v) => [v.invariant, v.at])).toEqual([
      [LOST_MAPS_RERUN, 1300],
      [LOST_MAPS_RERUN, 1300],
    ])
    expect(measures(r).jobMs).toBeNull()
    expect(master(r)['output']).toBeUndefined()
  })
})

describe('the output checks', () => {
  const opts = optionsOf(resolveParams(kernel.spec.params, {}), undefined)
  const base: MasterContext = {
    kind: 'master',
    id: 'n1',
    opts,
    workerIds: ['n2'],
    tasks: freshTasks(opts.mapTasks, opts.reduceTasks),
    output: null,
    results: {},
    doneAt: null,
    stats: { reexecuted: 0, lostMaps: 0, backups: 0 },
    workers: { n2: { alive: true, inc: 0, lastHeard: 0 } },
    now: 0,
  }
  const check = (c: MasterContext) => {
    const inv = createMapReduceInvariants((s) => s as MasterContext)
    return inv.check(inv.init(2), 10, 'n1', base, c, [], []).map((v) => v.invariant)
  }

  it('pass the right output and catch a word counted once too often', () => {
    const right = Object.fromEntries(expectedPartition(1, 2))
    expect(check({ ...base, results: { r1: expectedPartition(1, 2) } })).toEqual([])
    expect(check({ ...base, output: sequentialCount() })).toEqual([])
    const [word, n] = Object.entries(right)[0]!
    const wrong = Object.entries({ ...right, [word]: n + 1 })
    expect(check({ ...base, results: { r1: wrong } })).toEqual([PARTITION_CORRECT])
    expect(check({ ...base, output: { ...sequentialCount(), the: 1 } })).toEqual([OUTPUT_CORRECT])
  })
})
