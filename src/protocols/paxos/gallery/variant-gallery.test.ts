import { describe, expect, it } from 'vitest'
import { describeVariantGallery, variantPreset } from '../../../test/variant-gallery'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'

const paxos = protocolLookup.get('paxos')!
const byVariant = (id: string) => variantPreset('paxos', id)

/** The first invariant each variant's scenario breaks, by its telling moment. */
const EXPECTED: Record<string, string> = {
  'accept-any-value': 'Agreement',
  'no-promise-check': 'Agreement',
  'volatile-acceptor': 'Promise Monotonicity',
}

describeVariantGallery('paxos', ['Agreement', 'Promise Monotonicity', 'Validity'])

describe.each(Object.entries(EXPECTED))('%s', (id, invariant) => {
  it(`breaks ${invariant} first, and opens just after Agreement breaks`, () => {
    const p = byVariant(id)
    const { violations } = runScenario(p.scenario, paxos, p.t)
    expect(violations[0]?.invariant).toBe(invariant)
    const agreement = violations.find((v) => v.invariant === 'Agreement')!
    expect(p.t - agreement.at).toBeGreaterThanOrEqual(0)
    expect(p.t - agreement.at).toBeLessThanOrEqual(20)
  })
})

describe('accept-any-value', () => {
  it('chooses a no-op in slot 1 after x = 1 was chosen there', () => {
    const { violations } = runScenario(byVariant('accept-any-value').scenario, paxos, 700)
    expect(violations[0]!.message).toBe(
      'two values chosen in slot 1: put x=1 at ballot 1.2, then no-op at ballot 2.3',
    )
  })
})

describe('no-promise-check', () => {
  it("takes the cut-off leader's old Accept after the heal, choosing y = 2 over z = 3", () => {
    const { violations } = runScenario(byVariant('no-promise-check').scenario, paxos, 1700)
    expect(violations[0]).toMatchObject({
      at: 1660,
      message: 'two values chosen in slot 2: put z=3 at ballot 2.5, then put y=2 at ballot 1.2',
    })
  })
})

describe('volatile-acceptor', () => {
  it('restarts n4 and n5 with nothing promised, then lets n3 choose y = 2 over x = 1', () => {
    const p = byVariant('volatile-acceptor')
    const restarted = runScenario(p.scenario, paxos, 500)
    for (const id of ['n4', 'n5']) {
      expect(restarted.nodes.find((n) => n.id === id)).toMatchObject({ ballot: '0.0', log: [] })
    }
    expect(restarted.violations.map((v) => v.message)).toEqual([
      "n4's promised ballot went back from 1.2 to 0.0",
      "n5's promised ballot went back from 1.2 to 0.0",
    ])
    const { violations } = runScenario(p.scenario, paxos, p.t)
    expect(violations.map((v) => v.message)).toContain(
      'two values chosen in slot 1: put x=1 at ballot 1.2, then put y=2 at ballot 2.3',
    )
  })
})
