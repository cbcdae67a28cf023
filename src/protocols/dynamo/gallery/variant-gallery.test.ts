import { describe, expect, it } from 'vitest'
import { describeVariantGallery, linearizable, variantPreset } from '../../../test/variant-gallery'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'

const dynamo = protocolLookup.get('dynamo')!
const byVariant = (id: string) => variantPreset('dynamo', id)

describeVariantGallery('dynamo', [
  'Acknowledged Writes Survive',
  'Clocks Never Go Backwards',
  'Reads Written Back',
])

describe('no-read-repair', () => {
  const p = byVariant('no-read-repair')

  it('reads x = 2 at n1, then x = 1 at n4 after the first read returned', () => {
    const { history, violations } = runScenario(p.scenario, dynamo, p.t)
    expect(violations.map((v) => [v.invariant, v.message])).toEqual([
      [
        'Reads Written Back',
        'n1 returned x = 2 to c3 while only n1 holds it (W = 2): a later read of other replicas can miss it',
      ],
    ])
    const gets = history.filter((h) => h.op === 'get')
    expect(gets.map((h) => h.output)).toEqual(['2', '1'])
    expect(gets[0]!.returnedAt!).toBeLessThan(gets[1]!.invokedAt)
    expect(linearizable(history)).toBe(false)
  })
})

describe('lww-clock-skew', () => {
  const p = byVariant('lww-clock-skew')

  it('drops the later put of x = 2 for the earlier x = 1, and says so', () => {
    const { history, violations } = runScenario(p.scenario, dynamo, p.t)
    expect(violations.map((v) => v.invariant)).toEqual(['Acknowledged Writes Survive'])
    expect(violations[0]!.message).toMatch(/^put x = 2 of c2, stored on .* is lost/)
    expect(history.map((h) => h.output)).toEqual([null, null, '1'])
  })
})
