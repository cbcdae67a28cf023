import { describe, expect, it } from 'vitest'
import { initialState } from './initial-state'
import { DEFAULT_SCENARIO } from './default-scenario'
import { buildFragment } from '../scenario/codec'
import { DESIGN_EXAMPLE } from '../test/design-example'
import type { SavedRun } from './autosave'

const savedRun: SavedRun = { ok: true, scenario: DESIGN_EXAMPLE, t: 2500, view: 'graph' }

describe('what the app opens', () => {
  it('the default scenario when there is no link and no save', () => {
    expect(initialState('', null)).toEqual({
      options: { scenario: DEFAULT_SCENARIO },
      protectSaved: false,
    })
  })

  it('the saved run, at its moment, when there is no link', () => {
    expect(initialState('#', savedRun).options).toEqual({
      scenario: DESIGN_EXAMPLE,
      cursor: 2500,
      view: 'graph',
    })
  })

  it('a link at its moment and view, keeping a different saved run as a branch', () => {
    const hash = `#${buildFragment({ scenario: DEFAULT_SCENARIO, t: 1234.5, view: 'space-time' })}`
    expect(initialState(hash, savedRun)).toEqual({
      options: {
        scenario: DEFAULT_SCENARIO,
        cursor: 1234.5,
        view: 'space-time',
        saved: { scenario: DESIGN_EXAMPLE, cursor: 2500 },
      },
      protectSaved: false,
    })
  })

  it('an embedded link alone: an iframe never brings the reader’s work along', () => {
    const hash = `#${buildFragment({ scenario: DEFAULT_SCENARIO, embed: true })}`
    expect(initialState(hash, savedRun).options).toEqual({
      scenario: DEFAULT_SCENARIO,
      embed: true,
    })
  })

  it('a broken link: the default scenario, a notice, and the saved run kept safe', () => {
    const { options, protectSaved } = initialState('#s=AAAA', savedRun)
    expect(options.scenario).toEqual(DEFAULT_SCENARIO)
    expect(options.notice).toMatch(
      /^This link could not be opened \(link: .+\)\. Showing the default/,
    )
    expect(options.notice).toContain('saved run is still in the Branch list')
    expect(options.saved).toEqual({ scenario: DESIGN_EXAMPLE, cursor: 2500 })
    expect(protectSaved).toBe(true)
  })

  it('a save that can no longer be read: the default scenario and a notice', () => {
    const { options } = initialState('', { ok: false, error: 'link: the scenario data is damaged' })
    expect(options.scenario).toEqual(DEFAULT_SCENARIO)
    expect(options.notice).toContain('Your saved run could not be restored')
  })
})
