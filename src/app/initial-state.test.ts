import { describe, expect, it } from 'vitest'
import { initialState } from './initial-state'
import { DEFAULT_SCENARIO } from './default-scenario'
import { buildFragment } from '../scenario/codec'
import { DESIGN_EXAMPLE } from '../test/design-example'
import type { SavedRun } from './autosave'
import { builtInLesson } from './lessons'

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

  it('a built-in lesson link at its step, as the first run, keeping the saved run', () => {
    const { options } = initialState('#lesson=raft-leader-election&step=5', savedRun)
    expect(options).toMatchObject({
      scenario: builtInLesson('raft-leader-election')!.scenario,
      cursor: 206,
      label: 'Lesson: Raft: leader election',
      lesson: { step: 4, source: { kind: 'built-in', id: 'raft-leader-election' } },
      saved: { scenario: DESIGN_EXAMPLE, cursor: 2500 },
    })
  })

  it('a broken lesson link: the default scenario and a notice naming the problem', () => {
    const { options } = initialState('#lesson=raft-leader-election&step=99', null)
    expect(options.scenario).toBe(DEFAULT_SCENARIO)
    expect(options.notice).toBe(
      'This link could not be opened (link: step= must be a step of this lesson, from 1 to 10 (got "99")). Showing the default scenario instead.',
    )
  })
})
