import { describe, expect, it } from 'vitest'
import {
  GUTTER_MIN_PX,
  LANE_FONT_PX,
  gutterCapPx,
  labelRoomPx,
  laneGutter,
  measureLabel,
  type LaneGutter,
} from './gutter'

/** A monospace font at 0.6 em a character, as the lane font is (and as Node measures). */
const ADVANCE_PX = LANE_FONT_PX * 0.6
const mono = (text: string) => Array.from(text).length * ADVANCE_PX

const RUN_LANES = ['n1', 'n2', 'n3', 'n4', 'n5', 'clients']
const SERVICES = ['frontend', 'checkout-service', 'cart', 'payment', 'audit']

const shown = (g: LaneGutter) => g.labels.map((l) => l.shown)

describe('the lane-label gutter', () => {
  it('stays narrow for node lanes: the floor, or just what "clients" needs', () => {
    expect(laneGutter(['n1', 'n2', 'n3'], 1058, mono).px).toBe(GUTTER_MIN_PX)
    // "clients" is 7 characters: 47.25 px, and 2 px either side.
    const run = laneGutter(RUN_LANES, 1058, mono)
    expect(run.px).toBe(52)
    expect(shown(run)).toEqual(RUN_LANES)
    expect(laneGutter([], 1058, mono).px).toBe(GUTTER_MIN_PX)
  })

  it("widens to an imported trace's longest service name, every name whole", () => {
    const g = laneGutter(SERVICES, 1058, mono)
    // "checkout-service": 16 characters, 108 px.
    expect(g.px).toBe(112)
    expect(shown(g)).toEqual(SERVICES)
    expect(g.labels.some((l) => l.clipped)).toBe(false)
    for (const l of g.labels) expect(mono(l.shown)).toBeLessThanOrEqual(labelRoomPx(g.px))
  })

  it('stops at 30% of the diagram, cutting longer names with an ellipsis', () => {
    expect(gutterCapPx(300)).toBe(90)
    const g = laneGutter(['recommendation-service', 'cart'], 300, mono)
    expect(g.px).toBe(90)
    const [long, short] = g.labels
    expect(long).toMatchObject({ text: 'recommendation-service', clipped: true })
    expect(long!.shown).toBe('recommendat…')
    // The longest start that fits: one character more would not.
    expect(mono(long!.shown)).toBeLessThanOrEqual(labelRoomPx(90))
    expect(mono('recommendati…')).toBeGreaterThan(labelRoomPx(90))
    expect(short).toEqual({ text: 'cart', shown: 'cart', clipped: false })
  })

  it('keeps the floor in a diagram too narrow for a 30% cap to reach it', () => {
    expect(gutterCapPx(100)).toBe(GUTTER_MIN_PX)
    const g = laneGutter(['frontend'], 100, mono)
    expect(g.px).toBe(GUTTER_MIN_PX)
    expect(g.labels[0]).toMatchObject({ shown: 'front…', clipped: true })
  })

  it('cuts a name between characters, never inside one', () => {
    const g = laneGutter(['🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒🛒'], 160, mono)
    expect(g.px).toBe(48)
    expect(g.labels[0]!.shown).toBe('🛒🛒🛒🛒🛒…')
    // Trailing spaces before the ellipsis go.
    expect(laneGutter(['ab     cdefghijklmn'], 100, mono).labels[0]!.shown).toBe('ab…')
  })

  it('counts characters where there is no canvas to measure on', () => {
    expect(measureLabel('frontend')).toBeCloseTo(8 * ADVANCE_PX, 9)
    expect(laneGutter(SERVICES, 1058).px).toBe(112)
  })
})
