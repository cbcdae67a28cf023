import { describe, expect, it } from 'vitest'
import { nakamotoRun } from '../test-run'
import { blockTree, tipLabel, COLUMN_PX } from './block-tree-model'
import { layoutStaleChart } from './stale-chart'
import { staleModel } from '../stale-sweep'

const fork = () =>
  nakamotoRun({
    seed: 1,
    params: { blockIntervalMs: 1000, latencyMs: [20, 60] },
    inputs: [
      { at: 1000, type: 'timeout', node: 'n2' },
      { at: 1010, type: 'timeout', node: 'n4' },
    ],
    untilMs: 2500,
  })

const minersOf = (run: ReturnType<typeof fork>) =>
  run.sim.world.nodes.map((n) => ({ id: n.id, context: run.miner(n.id) }))

describe('the block tree', () => {
  it('puts the main chain on the first row, a column per height, and an orphan below', () => {
    const run = fork()
    const tree = blockTree(run.ghost, minersOf(run))
    const byId = new Map(tree.blocks.map((b) => [b.id, b]))
    expect(byId.get('g')).toMatchObject({ status: 'main', row: 0, height: 0 })
    expect(byId.get('n2.1')).toMatchObject({ status: 'main', row: 0 })
    expect(byId.get('n4.1')).toMatchObject({ status: 'orphan', row: 1 })
    expect(byId.get('n4.1')!.x).toBe(byId.get('n2.1')!.x)
    expect(byId.get('n2.2')!.x - byId.get('n2.1')!.x).toBe(COLUMN_PX)
    expect(tree.orphaned).toBe(1)
    // One chain: every miner's tip on the main tip.
    expect(tree.tips).toEqual([expect.objectContaining({ block: tree.mainTip.id })])
    expect(tree.tips[0]!.nodes).toEqual(['n1', 'n2', 'n3', 'n4', 'n5'])
    expect(tree.edges.find((e) => e.key === 'n4.1')!.main).toBe(false)
  })

  it('dashes the blocks a selfish miner withholds', () => {
    const run = nakamotoRun({
      seed: 1,
      variant: 'selfish-mining',
      params: { blockIntervalMs: 400, latencyMs: [20, 60], n1Share: 0.45 },
      untilMs: 700,
    })
    const withheld = run.miner('n1')!.withheld.map((b) => b.id)
    expect(withheld.length).toBeGreaterThan(0)
    const tree = blockTree(run.ghost, minersOf(run))
    for (const id of withheld) {
      expect(tree.blocks.find((b) => b.id === id)!.status).not.toBe('orphan')
    }
    expect(tree.withheld).toBe(withheld.length)
  })

  it('labels the tips shortly', () => {
    expect(tipLabel(['n1'])).toBe('n1')
    expect(tipLabel(['n1', 'n3'])).toBe('n1 n3')
    expect(tipLabel(['n1', 'n3', 'n4', 'n5'])).toBe('n1 +3')
  })
})

const point = (delayMs: number, rate: number) => ({
  delayMs,
  intervalMs: 2000,
  decided: 400,
  stale: Math.round(rate * 400),
  rate,
  standardError: Math.sqrt((rate * (1 - rate)) / 400),
  model: staleModel(delayMs, 2000),
})

describe('the stale-rate chart', () => {
  it('draws the model as a curve through 0 and each point with its ±2 SE bar', () => {
    const l = layoutStaleChart(
      {
        title: 'Stale',
        label: 'Stale',
        intervalMs: 2000,
        maxDelayMs: 1000,
        points: [point(0, 0), point(500, 0.2)],
        formatTick: String,
      },
      400,
    )
    expect(l.model.startsWith(`M${l.x(0)},${l.y(0)}`)).toBe(true)
    expect(l.dots[1]!.x).toBeCloseTo(l.x(500))
    expect(l.dots[1]!.low).toBeGreaterThan(l.dots[1]!.y)
    expect(l.dots[1]!.high).toBeLessThan(l.dots[1]!.y)
    expect(l.y.domain()[1]).toBeGreaterThanOrEqual(staleModel(1000, 2000))
  })
})
