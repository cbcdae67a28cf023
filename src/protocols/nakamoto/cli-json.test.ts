import { describe, expect, it } from 'vitest'
import { readScenarioFile } from '../../cli/load'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'

describe("a miner in the CLI's JSON", () => {
  const scenario = readScenarioFile('examples/nakamoto.json')
  const kernel = protocolLookup.get('nakamoto')!
  const split = runScenario(scenario, kernel, 5900)
  const healed = runScenario(scenario, kernel, 10_000)
  const node = (s: typeof split, id: string) => s.nodes.find((n) => n.id === id)!

  it('has its height, tip and chain from the genesis block g, chain[h] at height h', () => {
    const n1 = node(healed, 'n1')
    expect(Object.keys(n1)).toEqual(['id', 'up', 'role', 'height', 'tip', 'chain'])
    const chain = n1['chain'] as string[]
    expect(chain[0]).toBe('g')
    expect(chain).toHaveLength((n1['height'] as number) + 1)
    expect(chain.at(-1)).toBe(n1['tip'])
    expect(n1.role).toBe('miner')
  })

  it('shows the two sides of the partition on two chains, and one chain after the heal', () => {
    const tips = (s: typeof split) => new Set(s.nodes.map((n) => n['tip']))
    expect(node(split, 'n1')['tip']).toBe(node(split, 'n2')['tip'])
    expect(node(split, 'n3')['tip']).toBe(node(split, 'n5')['tip'])
    expect(tips(split).size).toBe(2)
    expect(tips(healed).size).toBe(1)
  })

  it('answers the transaction with the block that holds it, on the final chain', () => {
    expect(healed.history).toEqual([
      expect.objectContaining({ op: 'tx', value: 'alice to bob 5', ok: true, output: 'n2.1' }),
    ])
    expect(node(healed, 'n4')['chain']).toContain('n2.1')
  })

  it('reports stale blocks, reorgs and the common prefix as measures, not violations', () => {
    expect(healed.violations).toEqual([])
    expect(healed.measures).toMatchObject({
      k: 3,
      stale: 3,
      reorgs: 2,
      deepestReorg: 3,
      commonPrefix: { k: 3, holds: true, breaks: [] },
    })
    const miners = healed.measures!['miners'] as Record<string, { inMainChain: number }>
    const inMain = Object.values(miners).reduce((sum, m) => sum + m.inMainChain, 0)
    expect(inMain).toBe(healed.measures!['height'])
  })
})
