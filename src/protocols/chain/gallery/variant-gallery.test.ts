import { describe, expect, it } from 'vitest'
import { describeVariantGallery, linearizable, variantPreset } from '../../../test/variant-gallery'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'

const chain = protocolLookup.get('chain')!
const byVariant = (id: string) => variantPreset('chain', id)

describeVariantGallery('chain', ['Acknowledged Writes', 'History Prefix'])

describe('read-any-node', () => {
  const p = byVariant('read-any-node')

  it('reads x = 1 at the head before it commits, then x unset at the tail', () => {
    const { history, violations } = runScenario(p.scenario, chain, p.t)
    expect(violations).toEqual([])
    expect(history.map((h) => [h.op, h.outcome, h.output])).toEqual([
      ['put', 'ok', null],
      ['get', 'ok', '1'],
      ['get', 'ok', null],
    ])
    // The first read returned before the second began: no order fits one store.
    expect(history[1]!.returnedAt!).toBeLessThan(history[2]!.invokedAt)
    expect(linearizable(history)).toBe(false)
  })
})

describe('no-resend-on-repair', () => {
  const p = byVariant('no-resend-on-repair')

  it('breaks History Prefix when n3 applies update 2 without update 1', () => {
    const { violations } = runScenario(p.scenario, chain, p.t)
    expect(violations[0]).toMatchObject({
      invariant: 'History Prefix',
      nodes: ['n1', 'n3'],
      message:
        "n3's history is not a prefix of its predecessor n1's: in place 1 n3 has update 2 (put y = 2) where n1 has update 1 (put x = 1)",
    })
    expect(p.t - violations[0]!.at).toBeGreaterThanOrEqual(0)
    expect(p.t - violations[0]!.at).toBeLessThanOrEqual(20)
  })

  it('later tells the client of x = 1 it is done, while the tail lacks it', () => {
    const { violations } = runScenario(p.scenario, chain, 2000)
    expect(violations.map((v) => v.invariant)).toEqual(['History Prefix', 'Acknowledged Writes'])
    expect(violations[1]!.message).toBe(
      'the tail n3 lacks put x = 1 of c1, which c1 was told is done',
    )
  })
})
