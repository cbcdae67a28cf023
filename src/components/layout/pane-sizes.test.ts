import { describe, expect, it } from 'vitest'
import { PANES, clampSize, defaultSizes, parseChosen, sizesOf } from './pane-sizes'

describe('pane sizes', () => {
  it('reads back what the user chose', () => {
    expect(parseChosen(JSON.stringify({ side: 400, dock: 250, log: 300 }))).toEqual({
      side: 400,
      dock: 250,
      log: 300,
    })
    expect(parseChosen('{"dock":250}')).toEqual({ dock: 250 })
  })

  it('reads nothing from nothing, broken JSON or the wrong shape', () => {
    expect(parseChosen(null)).toEqual({})
    expect(parseChosen('{"side":')).toEqual({})
    expect(parseChosen('[1,2,3]')).toEqual({})
    expect(parseChosen('{"side":"wide","dock":null,"log":1e999}')).toEqual({})
  })

  it('clamps sizes out of bounds, so a stored value can never hide a pane', () => {
    expect(parseChosen('{"side":5,"dock":99999,"log":-3}')).toEqual({
      side: PANES.side.min,
      dock: PANES.dock.max,
      log: PANES.log.min,
    })
    expect(clampSize('dock', 212.6)).toBe(213)
  })

  it('gives a small screen a narrower side panel and event log than a large one', () => {
    const small = defaultSizes({ width: 1024, height: 768 })
    const large = defaultSizes({ width: 1440, height: 900 })
    expect(small.side).toBeLessThan(large.side)
    expect(small.log).toBeLessThan(large.log)
    // What is left for the diagram at 1024 px is still the larger part of the dock.
    expect(1024 - small.side - small.log).toBeGreaterThan(small.log)
    for (const size of [small, large])
      for (const pane of ['side', 'dock', 'log'] as const)
        expect(clampSize(pane, size[pane])).toBe(size[pane])
  })

  it('takes a chosen size over the default, pane by pane', () => {
    const defaults = defaultSizes({ width: 1440, height: 900 })
    expect(sizesOf({ log: 500 }, defaults)).toEqual({ ...defaults, log: 500 })
  })
})
