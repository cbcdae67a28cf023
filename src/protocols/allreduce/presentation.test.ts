import { describe, expect, it } from 'vitest'
import { allreducePresentation } from './presentation'
import { createSimulation, runUntil } from '../../sim/kernel'
import { protocolLookup } from '../registry'
import { messageGlyphs, presentationLookup } from '../presentations'
import { reduceScenario } from './gallery/build'
import { bytesModel, chunkMatrix } from './views/chunk-model'
import type { ReduceGhost } from './invariants'

const kernel = protocolLookup.get('allreduce')!

function world(until: number, params = {}) {
  const sim = createSimulation(reduceScenario(1, [], { params }), kernel)
  runUntil(sim.ctx, sim.world, until)
  return sim.world
}

const rows = (state: readonly { label: string; value: string }[]) =>
  Object.fromEntries(state.map((r) => [r.label, r.value]))

describe('all-reduce in the shared views', () => {
  it('is registered, with every message kind in the legend and drawn', () => {
    expect(presentationLookup.get('allreduce')).toBe(allreducePresentation)
    const legend = allreducePresentation.legend.messages.flatMap((m) => [m.request, m.reply ?? []])
    expect(legend.flat().sort()).toEqual(Object.keys(allreducePresentation.glyphs).sort())
    for (const kind of legend.flat()) {
      expect(messageGlyphs[kind]).toBe(allreducePresentation.glyphs[kind])
    }
    expect(kernel.messageKind({ type: 'State' })).toBe('ModelHandover')
  })

  it('inspects a worker: its step, what it does, and its chunks with their contributors', () => {
    const w = world(1000)
    const seen = allreducePresentation.inspect('n1', w.nodes[0]!.state)
    expect(rows(seen.state)).toMatchObject({
      Mode: 'ring, worker',
      Step: '4 / 10',
      'Checkpoint at step': '4',
    })
    const [table] = seen.tables
    expect(table!.label).toBe('Chunks of n1')
    expect(table!.rows).toHaveLength(4)
  })

  it('lays out the chunk matrix: own chunk only while computing, all whole after a step', () => {
    // At 50 ms every worker computes its first gradient: each holds its own part of each chunk.
    const early = chunkMatrix(world(50).nodes)
    expect(early.workers).toBe(4)
    expect(early.rows.map((r) => r.cells)).toEqual(Array.from({ length: 4 }, () => [1, 1, 1, 1]))
    // At 1 s n1 is waiting between steps or in one: the counts never exceed four.
    const later = chunkMatrix(world(1000).nodes)
    for (const r of later.rows) for (const c of r.cells) expect(c).toBeLessThanOrEqual(4)
  })

  it('puts each ring worker’s bytes per step on the 2(N − 1)/N line', () => {
    const model = bytesModel(world(3000).ghost as ReduceGhost)!
    expect(model.ringPerStep).toBe(72)
    for (const b of model.bars) expect(b.perStep).toBe(72)
    const server = bytesModel(world(3000, { mode: 1 }).ghost as ReduceGhost)!
    expect(server.bars[0]!.perStep).toBe(3 * 48)
    expect(server.max).toBe(144)
  })
})
