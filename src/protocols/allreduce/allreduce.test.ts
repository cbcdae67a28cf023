import { describe, expect, it } from 'vitest'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'
import { scenarioOf } from '../../scenario/builders'
import { bytesPerStep, chunkLength, exactSum } from './vector'
import type { Input, Params } from '../../scenario/types'

const kernel = protocolLookup.get('allreduce')!

function run(
  nodes: number,
  params: Params,
  inputs: readonly Input[] = [],
  until = 8000,
  variant?: string,
) {
  const r = runScenario(
    scenarioOf('allreduce', 5, inputs, { nodes, params, variant }),
    kernel,
    until,
  )
  const node = (id: string) => r.nodes.find((n) => n.id === id)!
  const measures = r.measures as {
    bytesSent: Record<string, number>
    steps: Record<string, number>
    finishedAt: number | null
  }
  return { ...r, node, measures }
}

/** The model after `steps` steps, summed here from the gradients without any messages. */
function expectedModel(mode: 0 | 1 | 2, nodes: number, steps: number, length: number) {
  const name = (['ring', 'server', 'tree'] as const)[mode]
  const model = Array.from({ length: length }, () => 0)
  for (let s = 0; s < steps; s++) {
    exactSum(5, name, nodes, s, length).forEach((x, i) => (model[i]! += x))
  }
  return model
}

describe('every worker ends with the exact sum', () => {
  const cases = [2, 3, 4, 5, 6, 7, 8].flatMap((n) => [7, 12, 13].map((v) => [n, v] as const))
  it.each(cases)('a ring of %i, vectors of %i elements', (n, v) => {
    const r = run(n, { vectorLength: v, steps: 3 })
    const model = expectedModel(0, n, 3, v)
    expect(model.some((x) => x !== 0)).toBe(true)
    for (const each of r.nodes) expect(each).toMatchObject({ up: true, step: 3, vector: model })
    expect(r.violations).toEqual([])
  })

  it.each([1, 2] as const)('mode %i (server, tree) on five nodes', (mode) => {
    const r = run(5, { mode, vectorLength: 9, steps: 3 })
    for (const each of r.nodes) expect(each.vector).toEqual(expectedModel(mode, 5, 3, 9))
    expect(r.node('n1').role).toBe(mode === 1 ? 'server' : 'worker')
  })
})

describe('bytes sent per worker', () => {
  it('in a ring, 2(N − 1)/N of the vector per step, exactly, when N divides it', () => {
    // 6 workers, 24 elements of 4 bytes, 3 steps: 2 · 5/6 · 96 B · 3 = 480 B each.
    const r = run(6, { vectorLength: 24, elementBytes: 4, steps: 3 })
    for (let i = 1; i <= 6; i++) expect(r.measures.bytesSent[`n${i}`]).toBe(480)
  })

  it('in a ring, the whole vector twice less the two chunks it skips, when N does not divide it', () => {
    // 13 elements over 4 chunks: 4, 3, 3, 3. Worker i skips chunk i+1 (it owns it) in the
    // reduce-scatter and chunk i+2 (its successor owns it) in the all-gather.
    expect([0, 1, 2, 3].map((j) => chunkLength(13, 4, j))).toEqual([4, 3, 3, 3])
    const r = run(4, { vectorLength: 13, elementBytes: 2, steps: 2 })
    const skipped = [3 + 3, 3 + 3, 3 + 4, 4 + 3]
    skipped.forEach((s, i) => expect(r.measures.bytesSent[`n${i + 1}`]).toBe(2 * (26 - s) * 2))
    skipped.forEach((s, i) => expect(bytesPerStep('ring', 4, i, 13, 2)).toBe((26 - s) * 2))
  })

  it('through a parameter server: (N − 1)·V from the server, V from each worker', () => {
    const r = run(5, { mode: 1, vectorLength: 10, elementBytes: 4, steps: 2 })
    expect(r.measures.bytesSent).toEqual({ n1: 2 * 4 * 40, n2: 80, n3: 80, n4: 80, n5: 80 })
  })

  it('in a binary tree: V up, V down to each child', () => {
    // n1 has children n2, n3; n2 has n4, n5; n3 has n6; n4, n5, n6 are leaves.
    const r = run(6, { mode: 2, vectorLength: 10, elementBytes: 4, steps: 1 })
    expect(r.measures.bytesSent).toEqual({ n1: 80, n2: 120, n3: 80, n4: 40, n5: 40, n6: 40 })
  })
})

describe('a crashed worker', () => {
  const crashAt = [{ at: 650, type: 'crash', node: 'n3' } as const]

  it('stalls the ring: nobody passes the step it crashed in, and nothing is violated', () => {
    const r = run(4, { steps: 8 }, crashAt)
    const steps = Object.values(r.measures.steps)
    expect(new Set(steps.filter((_, i) => i !== 2)).size).toBe(1)
    expect(Math.max(...steps)).toBeLessThan(8)
    expect(r.measures.finishedAt).toBeNull()
    expect(r.violations).toEqual([])
  })

  it('still stalls when it restarts without elastic training: it lost its place', () => {
    const r = run(4, { steps: 8 }, [...crashAt, { at: 1300, type: 'restart', node: 'n3' }])
    expect(r.node('n3').step).toBe(0)
    expect(r.measures.finishedAt).toBeNull()
  })

  it.each([0, 1, 2])(
    'restarted from its checkpoint in mode %i, rejoins, and every worker finishes exactly',
    (mode) => {
      const params = { mode, steps: 8, checkpointEvery: 2, restartFromCheckpoint: true }
      const inputs = [...crashAt, { at: 1300, type: 'restart', node: 'n3' } as const]
      const back = run(4, params, inputs, 1301).node('n3')
      expect((back.step as number) % 2).toBe(0)
      const r = run(4, params, inputs)
      expect(r.measures.finishedAt).toBeGreaterThan(1300)
      for (const each of r.nodes) expect(each.vector).toEqual(expectedModel(mode as 0, 4, 8, 12))
      expect(r.violations).toEqual([])
    },
  )
})

describe('a chunk delivered twice', () => {
  // Message 1 is n1's first reduce-scatter chunk, sent when its gradient is ready at 100 ms.
  const twice = [{ at: 100, type: 'duplicate', message: 1 } as const]

  it('is acknowledged and ignored by the correct receiver', () => {
    const r = run(4, { steps: 2 }, twice)
    expect(r.violations).toEqual([])
    expect(r.node('n2').vector).toEqual(expectedModel(0, 4, 2, 12))
  })

  it('is added twice under no-dedup: the chunk holds n1 twice, though the sum comes right', () => {
    const r = run(4, { steps: 2 }, twice, 4000, 'no-dedup')
    expect(r.violations.map((v) => v.message)).toEqual([
      "n2 holds chunk 0 of step 0 with n1's gradient in it twice",
    ])
    // n2 had passed chunk 0 on before the copy came; the all-gather then overwrote it.
    expect(r.node('n2').vector).toEqual(expectedModel(0, 4, 2, 12))
  })

  it("is added twice into its owner's sum under no-dedup, which applies a wrong sum", () => {
    // Message 16 carries chunk 0's last partial sum from n3 to its owner, n4.
    const last = [{ at: 150, type: 'duplicate', message: 16 } as const]
    const r = run(4, { steps: 2 }, last, 4000, 'no-dedup')
    expect(r.violations.map((v) => [v.invariant, v.nodes])).toEqual([
      ['Chunk Contributions', ['n4', 'n3']],
      ['Exact Sum', ['n4']],
    ])
    expect(r.node('n4').vector).not.toEqual(expectedModel(0, 4, 2, 12))
    expect(run(4, { steps: 2 }, last, 4000).violations).toEqual([])
  })
})

it('answers status with its step', () => {
  const ask = { at: 50, type: 'client', op: 'status', key: 'n2', node: 'n2' } as const
  const r = run(3, { steps: 2 }, [ask, { ...ask, at: 2000 }])
  expect(r.history.map((h) => h.output)).toEqual(['step 0, computing', 'done after 2 steps'])
})
