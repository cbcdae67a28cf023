import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compare,
  context,
  descends,
  EMPTY_CLOCK,
  formatClock,
  merge,
  siblings,
  tick,
  type VectorClock,
} from './vector-clock'

/** Seeded, so a failure reproduces in every run (fast-check prints the seed too). */
const SEEDED = { seed: 0x5eed, numRuns: 300 }

const clockArb: fc.Arbitrary<VectorClock> = fc
  .dictionary(fc.constantFrom('n1', 'n2', 'n3', 'n4'), fc.integer({ min: 0, max: 4 }))
  .map((d) => merge(EMPTY_CLOCK, d))

describe('vector clocks', () => {
  it('order writes one node makes, and tell concurrent writes of two nodes apart', () => {
    const a = tick(EMPTY_CLOCK, 'n1')
    const b = tick(a, 'n1')
    expect(compare(a, b)).toBe('before')
    expect(compare(b, a)).toBe('after')
    const c = tick(a, 'n2')
    expect(compare(b, c)).toBe('concurrent')
    expect(merge(b, c)).toEqual({ n1: 2, n2: 1 })
    expect(descends(tick(merge(b, c), 'n3'), c)).toBe(true)
    expect(formatClock(merge(b, c))).toBe('[n1:2, n2:1]')
    expect(formatClock(EMPTY_CLOCK)).toBe('[]')
  })

  it('compare antisymmetrically, and merge to the least clock that descends from both', () => {
    fc.assert(
      fc.property(clockArb, clockArb, clockArb, (a, b, c) => {
        const flip = { before: 'after', after: 'before', equal: 'equal', concurrent: 'concurrent' }
        expect(compare(b, a)).toBe(flip[compare(a, b)])
        const m = merge(a, b)
        expect(descends(m, a) && descends(m, b)).toBe(true)
        expect(merge(b, a)).toEqual(m)
        // Least: any clock that has seen both has seen the merge.
        expect(!(descends(c, a) && descends(c, b)) || descends(c, m)).toBe(true)
        expect(compare(a, b) === 'equal').toBe(JSON.stringify(a) === JSON.stringify(b))
      }),
      SEEDED,
    )
  })

  it('never go backwards: a tick descends from its clock and is not equal to it', () => {
    fc.assert(
      fc.property(clockArb, fc.constantFrom('n1', 'n2', 'n5'), (c, node) => {
        expect(compare(tick(c, node), c)).toBe('after')
      }),
      SEEDED,
    )
  })
})

describe('siblings', () => {
  it('keep concurrent versions and drop the ones another has seen', () => {
    const base = { value: 'a', clock: tick(EMPTY_CLOCK, 'n1') }
    const left = { value: 'b', clock: tick(base.clock, 'n1') }
    const right = { value: 'c', clock: tick(base.clock, 'n2') }
    expect(siblings([base, left, right]).map((v) => v.value)).toEqual(['b', 'c'])
    // A write with both siblings' context resolves them.
    const resolved = { value: 'd', clock: tick(context([left, right]), 'n3') }
    expect(siblings([left, right, resolved]).map((v) => v.value)).toEqual(['d'])
    expect(siblings([left, { ...left }]).map((v) => v.value)).toEqual(['b'])
  })

  it('are pairwise concurrent, and every version dropped is seen by one kept', () => {
    const versions = fc.array(
      fc.record({ value: fc.constantFrom('x', 'y', 'z'), clock: clockArb }),
      { maxLength: 8 },
    )
    fc.assert(
      fc.property(versions, (vs) => {
        const kept = siblings(vs)
        const orders = kept.flatMap((a) =>
          kept.filter((b) => b !== a).map((b) => compare(a.clock, b.clock)),
        )
        expect(orders.filter((o) => o !== 'concurrent')).toEqual([])
        const covered = vs.every((v) => kept.some((k) => descends(k.clock, v.clock)))
        expect(covered).toBe(true)
      }),
      SEEDED,
    )
  })
})
