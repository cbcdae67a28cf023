/** What every gallery preset must be: a valid scenario, and a short story told in time. */

import { expect, it } from 'vitest'
import { specLookup } from '../protocols/registry'
import { loadScenario } from '../scenario/migrate'
import { parseScenario } from '../scenario/validate'
import { defaultUntil } from '../sim/summary'
import type { Preset } from '../scenario/preset'

export function itIsAWellFormedPreset(p: Preset) {
  it('validates unchanged, from the object and from its JSON', () => {
    expect(parseScenario(p.scenario, specLookup)).toEqual({ ok: true, scenario: p.scenario })
    const json: unknown = JSON.parse(JSON.stringify(p.scenario))
    expect(parseScenario(json, specLookup)).toEqual({ ok: true, scenario: p.scenario })
    expect(loadScenario(json, specLookup)).toEqual({ ok: true, scenario: p.scenario })
  })

  it('is short, with its telling moment inside the run', () => {
    expect(p.title.length).toBeGreaterThan(0)
    const sentences = p.summary.match(/[.!?](?=\s|$)/g) ?? []
    expect(sentences.length).toBeGreaterThanOrEqual(1)
    expect(sentences.length).toBeLessThanOrEqual(3)
    expect(p.t).toBeGreaterThan(0)
    expect(p.t).toBeLessThanOrEqual(4000)
    expect(p.scenario.inputs.every((i) => i.at <= 4000)).toBe(true)
    expect(p.t).toBeLessThan(defaultUntil(p.scenario))
  })
}
