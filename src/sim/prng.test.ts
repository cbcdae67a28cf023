import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRng, drawMs, nextFloat, nextInt, type Rng } from './prng'

function floats(rng: Rng, count: number): number[] {
  return Array.from({ length: count }, () => nextFloat(rng))
}

describe('the seeded PRNG', () => {
  it('gives the same sequence for the same seed', () => {
    expect(floats(createRng(42), 1000)).toEqual(floats(createRng(42), 1000))
  })

  it('gives different sequences for different seeds, across the whole seed range', () => {
    const seeds = [0, 1, 2, 42, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1]
    const firsts = seeds.map((seed) => floats(createRng(seed), 4).join())
    expect(new Set(firsts).size).toBe(seeds.length)
  })

  it('keeps nextFloat in [0, 1) for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        for (const x of floats(createRng(seed), 200)) {
          expect(x).toBeGreaterThanOrEqual(0)
          expect(x).toBeLessThan(1)
        }
      }),
    )
  })

  it('spreads nextFloat over the whole interval', () => {
    const xs = floats(createRng(7), 10_000)
    const deciles = new Set(xs.map((x) => Math.floor(x * 10)))
    expect([...deciles].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    expect(mean).toBeGreaterThan(0.48)
    expect(mean).toBeLessThan(0.52)
  })

  it('hits both inclusive ends of nextInt and never leaves them', () => {
    const rng = createRng(3)
    const seen = new Set<number>()
    for (let i = 0; i < 2000; i++) {
      const x = nextInt(rng, -2, 4)
      expect(Number.isInteger(x)).toBe(true)
      expect(x).toBeGreaterThanOrEqual(-2)
      expect(x).toBeLessThanOrEqual(4)
      seen.add(x)
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3, 4])
  })

  it('returns lo from nextInt when lo equals hi', () => {
    const rng = createRng(5)
    for (let i = 0; i < 100; i++) expect(nextInt(rng, 9, 9)).toBe(9)
  })

  it('returns a fixed drawMs value without consuming state', () => {
    const rng = createRng(11)
    const before = rng.s
    expect(drawMs(rng, 250)).toBe(250)
    expect(drawMs(rng, 0)).toBe(0)
    expect(rng.s).toBe(before)
    expect(nextFloat(rng)).toBe(nextFloat(createRng(11)))
  })

  it('draws a range in drawMs as whole milliseconds within the range, ends included', () => {
    const rng = createRng(13)
    const seen = new Set<number>()
    for (let i = 0; i < 500; i++) seen.add(drawMs(rng, [10, 14]))
    expect([...seen].sort((a, b) => a - b)).toEqual([10, 11, 12, 13, 14])
    // Fractional ends round inwards, so a draw never leaves the range.
    for (let i = 0; i < 200; i++) {
      const x = drawMs(rng, [10.5, 12.5])
      expect([11, 12]).toContain(x)
    }
  })

  it('keeps its whole state in one plain number that resumes the same sequence', () => {
    const rng = createRng(99)
    floats(rng, 17)
    expect(Object.keys(rng)).toEqual(['s'])
    expect(typeof rng.s).toBe('number')
    const copy: Rng = JSON.parse(JSON.stringify(rng))
    expect(floats(copy, 50)).toEqual(floats(rng, 50))
  })
})
