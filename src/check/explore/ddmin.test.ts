import { describe, expect, it } from 'vitest'
import { ddmin } from './ddmin'

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

/** Fails when it holds at least two of 2, 5 and 9: every minimum has exactly two of them. */
const twoOfThree = (c: readonly number[]) => [2, 5, 9].filter((x) => c.includes(x)).length >= 2

describe('ddmin', () => {
  it('finds the one item a failure needs among many', () => {
    let tests = 0
    const fails = (c: readonly number[]) => (tests++, c.includes(37))
    expect(ddmin(range(100), fails)).toEqual([37])
    // Binary search, more or less: far fewer tests than items.
    expect(tests).toBeLessThan(30)
  })

  it('keeps items that are needed together, in their order', () => {
    expect(ddmin(range(80), (c) => c.includes(3) && c.includes(71) && c.includes(40))).toEqual([
      3, 40, 71,
    ])
  })

  it('leaves a list from which no single item can go (1-minimal)', () => {
    const result = ddmin(range(12), twoOfThree)
    expect(result).toHaveLength(2)
    expect(twoOfThree(result)).toBe(true)
    for (const x of result) expect(twoOfThree(result.filter((y) => y !== x))).toBe(false)
  })

  it('returns nothing when the failure needs no item at all', () => {
    expect(ddmin(range(10), () => true)).toEqual([])
  })

  it('stops when told, with the smallest failing list found so far', () => {
    let calls = 0
    const result = ddmin(
      range(64),
      (c) => c.includes(10),
      () => ++calls > 2,
    )
    expect(result.includes(10)).toBe(true)
    expect(result.length).toBeGreaterThan(1)
    expect(result.length).toBeLessThan(64)
  })
})
