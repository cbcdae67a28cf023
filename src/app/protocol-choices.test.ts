import { describe, expect, it } from 'vitest'
import { choiceOf, choiceValue, PROTOCOL_GROUPS, starterScenario } from './protocol-choices'
import { protocolLookup, specLookup } from '../protocols/registry'
import { presentationLookup } from '../protocols/presentations'
import { parseScenario } from '../scenario/validate'

const choices = PROTOCOL_GROUPS.flatMap((g) => g.choices)

describe('protocol choices', () => {
  it('list every registered protocol, correct and with each of its variants', () => {
    expect(PROTOCOL_GROUPS.map((g) => g.protocol)).toEqual([...protocolLookup.keys()])
    for (const g of PROTOCOL_GROUPS) {
      const spec = protocolLookup.get(g.protocol)!.spec
      expect(g.choices.map((c) => c.variant)).toEqual([null, ...spec.variants])
    }
  })

  it('have values unique across protocols, so one value names one choice', () => {
    const values = choices.map((c) => c.value)
    expect(new Set(values).size).toBe(values.length)
    for (const c of choices) expect(choiceOf(choiceValue(c.protocol, c.variant))).toBe(c)
    expect(choiceOf('no-such-protocol')).toBeUndefined()
  })

  it('start a valid run of each, with the seed kept', () => {
    for (const c of choices) {
      const parsed = parseScenario(starterScenario(c.protocol, 7, c.variant), specLookup)
      expect(parsed).toMatchObject({ ok: true, scenario: { protocol: c.protocol, seed: 7 } })
    }
  })

  it('come with a presentation for every protocol', () => {
    for (const g of PROTOCOL_GROUPS) {
      const p = presentationLookup.get(g.protocol)
      expect(p?.blurb.length).toBeGreaterThan(0)
      const spec = protocolLookup.get(g.protocol)!.spec
      expect(p!.variants.map((v) => v.id)).toEqual(spec.variants)
    }
  })
})
