import { describe, expect, it } from 'vitest'
import { nakamotoRun } from './test-run'
import { chainIds } from './chain'
import { sharedItems } from './shared-array'

const PACE = { blockIntervalMs: 1000, latencyMs: [20, 60] as [number, number] }
const timeout = (at: number, node: string) => ({ at, type: 'timeout' as const, node })

describe('Nakamoto consensus', () => {
  it('forks when two miners find blocks within a propagation delay, and the next block decides', () => {
    const inputs = [timeout(1000, 'n2'), timeout(1010, 'n4')]
    const fork = nakamotoRun({ seed: 1, params: PACE, inputs, untilMs: 1100 })
    const tips = ['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => fork.miner(id)!.tip)
    // Each keeps the first block it saw at height 2: both branches have miners on them.
    expect(new Set(tips)).toEqual(new Set(['n2.1', 'n4.1']))
    expect(fork.miner('n2')!.tip).toBe('n2.1')
    expect(fork.miner('n4')!.tip).toBe('n4.1')

    const after = nakamotoRun({ seed: 1, params: PACE, inputs, untilMs: 2500 })
    const ids = ['n1', 'n2', 'n3', 'n4', 'n5']
    expect(new Set(ids.map((id) => after.miner(id)!.tip)).size).toBe(1)
    expect(after.measures.reorgs).toBeGreaterThanOrEqual(1)
    const chain = chainIds(after.miner('n1')!.blocks, after.miner('n1')!.tip)
    expect(chain).toContain('n2.1')
    expect(chain).not.toContain('n4.1')
    expect(after.violations).toEqual([])
  })

  it('splits into two chains in a partition and reorganises onto the longer one after the heal', () => {
    const inputs = [
      {
        at: 500,
        type: 'partition' as const,
        groups: [
          ['n1', 'n2'],
          ['n3', 'n4', 'n5'],
        ],
      },
      { at: 2500, type: 'heal' as const },
    ]
    const params = { blockIntervalMs: 400, latencyMs: [20, 60] as [number, number] }
    const split = nakamotoRun({ seed: 12, params, inputs, untilMs: 2450 })
    const minority = split.miner('n1')!
    const majority = split.miner('n4')!
    expect(chainIds(majority.blocks, majority.tip)).not.toContain(minority.tip)
    expect(chainIds(minority.blocks, minority.tip)).not.toContain(majority.tip)

    const healed = nakamotoRun({ seed: 12, params, inputs, untilMs: 3000 })
    const tip = healed.miner('n1')!.tip
    for (const id of ['n2', 'n3', 'n4', 'n5']) expect(healed.miner(id)!.tip).toBe(tip)
    expect(healed.measures.deepestReorg).toBe(4)
    // Both sides had blocks k = 3 deep that the other did not: reported, not a violation.
    expect(healed.measures.commonPrefix.holds).toBe(false)
    expect(healed.violations).toEqual([])
  })

  it('keeps its chain through a crash and fetches what it missed after the restart', () => {
    const inputs = [
      { at: 800, type: 'crash' as const, node: 'n3' },
      { at: 3000, type: 'restart' as const, node: 'n3' },
    ]
    const params = { blockIntervalMs: 400, latencyMs: [20, 60] as [number, number] }
    const down = nakamotoRun({ seed: 6, params, inputs, untilMs: 2990 })
    const kept = (down.sim.world.nodes[2]!.durable as { height: number }).height
    expect(kept).toBeLessThan(down.miner('n1')!.height - 2)
    const back = nakamotoRun({ seed: 6, params, inputs, untilMs: 3400 })
    expect(back.miner('n3')!.tip).toBe(back.miner('n1')!.tip)
    expect(back.miner('n3')!.height).toBeGreaterThan(kept)
  })

  it('puts a client’s transaction into the next block and answers with its id', () => {
    const inputs = [
      { at: 300, type: 'client' as const, op: 'tx', key: 'pay', value: 'v5', node: 'n2' },
    ]
    const run = nakamotoRun({ seed: 6, params: PACE, inputs, untilMs: 4000 })
    const op = run.sim.world.clients[0]!
    expect(op.outcome).toBe('ok')
    const n2 = run.miner('n2')!
    const block = chainIds(n2.blocks, n2.tip)
      .map((id) => sharedItems(run.ghost.mined).find((b) => b.id === id))
      .find((b) => b?.txs.some((tx) => tx.id === 'c1' && tx.value === 'v5'))
    expect(op.output).toBe(block!.id)
    expect(block!.minedAt).toBeGreaterThanOrEqual(300)
  })

  it('finds blocks at the target interval, each miner in proportion to its share', () => {
    // 400 s at one block per second: a Poisson count, so ± 3 √400 = ± 60.
    const run = nakamotoRun({
      seed: 3,
      params: { ...PACE, latencyMs: [0, 0], n1Share: 0.6 },
      untilMs: 400_000,
    })
    expect(Math.abs(run.measures.blocks - 400)).toBeLessThan(60)
    const n1 = run.measures.miners['n1']!.mined / run.measures.blocks
    const se = Math.sqrt((0.6 * 0.4) / run.measures.blocks)
    expect(Math.abs(n1 - 0.6)).toBeLessThan(3 * se)
    // With no delay no block goes stale.
    expect(run.measures.stale).toBe(0)
  })
})
