import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZES, PANES, clampSize, parseSizes } from './pane-sizes'

describe('pane sizes', () => {
  it('reads back what was saved', () => {
    expect(parseSizes(JSON.stringify({ side: 400, dock: 250, log: 300 }))).toEqual({
      side: 400,
      dock: 250,
      log: 300,
    })
  })

  it('falls back to the defaults for nothing, broken JSON or the wrong shape', () => {
    expect(parseSizes(null)).toEqual(DEFAULT_SIZES)
    expect(parseSizes('{"side":')).toEqual(DEFAULT_SIZES)
    expect(parseSizes('[1,2,3]')).toEqual(DEFAULT_SIZES)
    expect(parseSizes('{"side":"wide","dock":null}')).toEqual(DEFAULT_SIZES)
  })

  it('clamps sizes out of bounds, so a stored value can never hide a pane', () => {
    expect(parseSizes('{"side":5,"dock":99999,"log":-3}')).toEqual({
      side: PANES.side.min,
      dock: PANES.dock.max,
      log: PANES.log.min,
    })
    expect(clampSize('side', Number.NaN)).toBe(PANES.side.fallback)
    expect(clampSize('dock', 212.6)).toBe(213)
  })
})
