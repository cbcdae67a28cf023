import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { MAPREDUCE_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'
import { sequentialCount } from '../text'

const kernel = protocolLookup.get('mapreduce')!

function at(id: string, t?: number) {
  const p = MAPREDUCE_GALLERY.find((each) => each.id === id)!
  const summary = runScenario(p.scenario, kernel, t ?? p.t)
  const measures = summary.measures as {
    jobMs: number | null
    tasksReexecuted: number
    mapOutputsLost: number
    backupTasks: number
  }
  return { ...summary, measures, master: summary.nodes[0]! }
}

describe('the MapReduce gallery', () => {
  describe.each(MAPREDUCE_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks no check, and the job outputs a sequential word count', () => {
      const r = runScenario(p.scenario, kernel, 6000)
      expect(r.violations).toEqual([])
      expect(r.nodes[0]!['output']).toEqual(sequentialCount())
    })
  })

  it('clean: the job is under way at its moment, and the client gets the count of “the”', () => {
    expect(at('mapreduce-clean').master['output']).toBeUndefined()
    const done = at('mapreduce-clean', 2000)
    expect(done.history.map((h) => h.output)).toEqual(['map 0/6, reduce 0/2', '15'])
    expect(done.measures.tasksReexecuted).toBe(0)
  })

  it('crash after map: both completed map tasks of n3 run again, and the job ends by 2 s', () => {
    const r = at('mapreduce-crash-after-map', 2500)
    expect(r.measures).toMatchObject({ mapOutputsLost: 2, tasksReexecuted: 3 })
    expect(r.measures.jobMs).toBeLessThan(2000)
    expect(r.history[0]!.output).toBe('3')
  })

  it('straggler: backups make the job about twice as fast as without', () => {
    const fast = at('mapreduce-straggler-backup', 4000).measures
    const slow = at('mapreduce-straggler-no-backup', 4000).measures
    expect(fast.backupTasks).toBeGreaterThan(0)
    expect(slow.jobMs! / fast.jobMs!).toBeGreaterThan(1.8)
  })
})
