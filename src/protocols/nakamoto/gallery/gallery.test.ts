import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { NAKAMOTO_GALLERY, NAKAMOTO_VARIANT_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'

const all = [...NAKAMOTO_GALLERY, ...NAKAMOTO_VARIANT_GALLERY]

function at(id: string, t?: number) {
  const p = all.find((each) => each.id === id)!
  const summary = runScenario(p.scenario, protocolLookup.get('nakamoto')!, t ?? p.t)
  const tip = (n: string) => summary.nodes.find((each) => each.id === n)!['tip'] as string
  const chain = (n: string) => summary.nodes.find((each) => each.id === n)!['chain'] as string[]
  const measures = summary.measures as {
    stale: number
    reorgs: number
    deepestReorg: number
    commonPrefix: { holds: boolean }
    miners: Record<string, { mined: number; chainShare: number }>
  }
  return { ...summary, tip, chain, measures }
}

describe('the Nakamoto gallery', () => {
  describe.each(NAKAMOTO_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)
    it('breaks no invariant', () => {
      expect(
        runScenario(p.scenario, protocolLookup.get('nakamoto')!, p.t + 2000).violations,
      ).toEqual([])
    })
  })

  describe.each(NAKAMOTO_VARIANT_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)
  })

  it('fork: two tips at its moment, one chain without n4.1 a second later', () => {
    const fork = at('nakamoto-fork')
    expect([fork.tip('n1'), fork.tip('n2'), fork.tip('n4')]).toEqual(['n4.1', 'n2.1', 'n4.1'])
    const later = at('nakamoto-fork', 2100)
    expect(later.tip('n4')).toBe(later.tip('n2'))
    expect(later.chain('n4')).not.toContain('n4.1')
  })

  it('partition: n1 and n2 reorganise four blocks deep onto the others’ chain', () => {
    const healed = at('nakamoto-partition')
    expect(healed.tip('n1')).toBe(healed.tip('n4'))
    expect(healed.measures.deepestReorg).toBe(4)
    expect(healed.measures.commonPrefix.holds).toBe(false)
  })

  it('big miner: n1 finds most blocks', () => {
    const big = at('nakamoto-big-miner')
    expect(big.measures.miners['n1']!.chainShare).toBeGreaterThan(0.5)
  })

  it('slow network: some blocks go stale', () => {
    expect(at('nakamoto-slow-network').measures.stale).toBeGreaterThan(0)
    expect(at('nakamoto-big-miner').measures.stale).toBe(0)
  })

  it('restart: n3 is back on the longest chain at its moment', () => {
    const back = at('nakamoto-restart')
    expect(back.tip('n3')).toBe(back.tip('n1'))
  })

  it('transaction: answered with the id of a block on n2’s chain', () => {
    const r = at('nakamoto-transaction')
    expect(r.history[0]).toMatchObject({ ok: true })
    expect(r.chain('n2')).toContain(r.history[0]!.output)
  })

  it('selfish mining: two blocks withheld, published to orphan an honest one, and more than 45%', () => {
    const r = at('nakamoto-selfish-mining')
    expect(r.violations[0]!.invariant).toBe('Found Blocks Published')
    expect(r.chain('n2')).not.toContain('n1.1')
    expect(r.chain('n1').slice(-2)).toEqual(['n1.1', 'n1.2'])
    const published = at('nakamoto-selfish-mining', 1100)
    expect(published.chain('n2')).toContain('n1.2')
    expect(published.measures.stale + published.measures.reorgs).toBeGreaterThan(0)
    const long = at('nakamoto-selfish-mining', 20_000)
    expect(long.measures.miners['n1']!.chainShare).toBeGreaterThan(0.45)
  })
})
