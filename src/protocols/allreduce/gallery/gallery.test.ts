import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { REDUCE_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'

const kernel = protocolLookup.get('allreduce')!

interface Measures {
  bytesSent: Record<string, number>
  steps: Record<string, number>
  finishedAt: number | null
}

function at(id: string, t?: number) {
  const p = REDUCE_GALLERY.find((each) => each.id === id)!
  const summary = runScenario(p.scenario, kernel, t ?? p.t)
  return { ...summary, measures: summary.measures as unknown as Measures }
}

describe('the all-reduce gallery', () => {
  describe.each(REDUCE_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks no invariant', () => {
      expect(runScenario(p.scenario, kernel, p.t + 2000).violations).toEqual([])
    })
  })

  it('ring of four: at its moment every worker has applied step 0, sending 72 B', () => {
    const r = at('allreduce-ring-4')
    expect(Object.values(r.measures.steps)).toEqual([1, 1, 1, 1])
    expect(Object.values(r.measures.bytesSent)).toEqual([72, 72, 72, 72])
  })

  it('ring of eight: ten steps of 2 · 7/8 · 64 B each = 1,120 B per worker', () => {
    const r = at('allreduce-ring-8', 10_000)
    expect(Object.values(r.measures.bytesSent)).toEqual(Array.from({ length: 8 }, () => 1120))
  })

  it('parameter server: n1 sends seven times what a worker sends', () => {
    const r = at('allreduce-server', 10_000)
    expect(r.measures.finishedAt).not.toBeNull()
    expect(r.measures.bytesSent['n1']).toBe(7 * r.measures.bytesSent['n2']!)
  })

  it('tree: an inner node sends three vectors per step, a leaf one', () => {
    const r = at('allreduce-tree', 10_000)
    expect(r.measures.bytesSent['n2']).toBe(3 * r.measures.bytesSent['n7']!)
    expect(r.measures.bytesSent['n1']).toBe(2 * r.measures.bytesSent['n7']!)
  })

  it('crash: the ring stays at step 2 for good', () => {
    const r = at('allreduce-crash-stall', 10_000)
    expect(r.measures.finishedAt).toBeNull()
    expect(Object.values(r.measures.steps)).toEqual([2, 2, 2, 2])
  })

  it('elastic: n3 comes back at its checkpoint, step 2, and all ten steps finish', () => {
    expect(at('allreduce-elastic', 1301).nodes[2]).toMatchObject({ up: true, step: 2 })
    const r = at('allreduce-elastic', 10_000)
    expect(r.measures.finishedAt).toBeGreaterThan(1300)
    expect(Object.values(r.measures.steps)).toEqual([10, 10, 10, 10])
  })
})
