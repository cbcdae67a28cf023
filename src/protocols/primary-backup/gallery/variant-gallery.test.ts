import { describe, expect, it } from 'vitest'
import {
  describeVariantGallery,
  linearizable,
  variantPreset,
  withoutVariant,
} from '../../../test/variant-gallery'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'

const pb = protocolLookup.get('primary-backup')!
const byVariant = (id: string) => variantPreset('primary-backup', id)

describeVariantGallery('primary-backup', ['Acknowledged Writes Survive', 'One Primary per View'])

describe('no-forward', () => {
  const p = byVariant('no-forward')

  it('answers x = 2 at once, then promotes n2 without it: opens just after the check fires', () => {
    const { violations, history } = runScenario(p.scenario, pb, p.t)
    expect(history[1]).toMatchObject({ key: 'x', value: '2', outcome: 'ok' })
    expect(violations).toEqual([
      {
        invariant: 'Acknowledged Writes Survive',
        at: 500,
        nodes: ['n2'],
        message:
          'n2 became primary of view 2 without the 2nd write to x, which n1 acknowledged in view 1 (n2 holds 1)',
      },
    ])
    expect(p.t - violations[0]!.at).toBeLessThanOrEqual(20)
  })

  it('in the correct protocol, x = 2 waits for a primary that can reach its backup', () => {
    const { history } = runScenario(withoutVariant(p.scenario), pb, 3000)
    const x2 = history[1]!
    expect(x2).toMatchObject({ outcome: 'ok' })
    expect(x2.returnedAt).toBeGreaterThan(500)
  })
})

describe('stale-primary', () => {
  const p = byVariant('stale-primary')

  it('lets the cut-off n1 answer a read with x = 1 after n2 wrote x = 2: not linearizable', () => {
    const { violations, history, nodes } = runScenario(p.scenario, pb, p.t)
    expect(violations).toEqual([])
    expect(nodes.find((n) => n.id === 'n1')).toMatchObject({ role: 'primary', view: 1 })
    expect(nodes.find((n) => n.id === 'n2')).toMatchObject({ role: 'primary', view: 2 })
    expect(history.map((h) => [h.op, h.value ?? h.output, h.outcome])).toEqual([
      ['put', '1', 'ok'],
      ['put', '2', 'ok'],
      ['get', '1', 'ok'],
    ])
    expect(linearizable(history)).toBe(false)
  })

  it('in the correct protocol, the read from n1 finds no backup to confirm it and goes to n2', () => {
    const { history } = runScenario(withoutVariant(p.scenario), pb, 4000)
    expect(history[2]).toMatchObject({ op: 'get', output: '2', outcome: 'ok' })
  })
})
