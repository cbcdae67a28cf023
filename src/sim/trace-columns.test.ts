import { describe, expect, it } from 'vitest'
import { ByteColumn, IntColumn, SmallColumn, TimeColumn } from './trace-columns'

describe('columns', () => {
  it('copy the first cells only: cells past them read as never written, even once passed', () => {
    for (const n of [0, 5, 70, 65_536, 65_600]) {
      const col = new IntColumn(-1)
      for (let i = 0; i < 70_000; i++) col.set(i, i)
      const copy = col.copy(n)
      expect(copy.length).toBe(n)
      copy.set(69_999, 7)
      expect(copy.get(n)).toBe(n === 69_999 ? 7 : -1)
      expect(copy.get(n - 1)).toBe(n === 0 ? -1 : n - 1)
      expect(col.get(n)).toBe(n)
    }
  })

  it("hold a copy's part-used chunk in a short one that grows as the copy is pushed on", () => {
    const CHUNK = 65_536
    for (const n of [1, 100, CHUNK + 100, 2 * CHUNK + 3]) {
      const col = new IntColumn(-1)
      for (let i = 0; i < 3 * CHUNK; i++) col.push(i)
      const copy = col.copy(n)
      // Only what is used is copied: far less than a whole chunk's bytes.
      expect(copy.bytes - (n >>> 16) * 4 * CHUNK).toBeLessThanOrEqual(
        4 * Math.max(64, 2 * (n % CHUNK)),
      )
      for (let i = n; i < 3 * CHUNK + 50; i++) copy.push(-i)
      const cells = [0, n - 1, n, CHUNK - 1, CHUNK, 2 * CHUNK + 2, 3 * CHUNK + 49]
      expect(cells.map((i) => copy.get(i))).toEqual(cells.map((i) => (i < n ? i : -i)))
      expect(col.get(n)).toBe(n)
    }
  })

  it('share full chunks with a copy, and neither sees the other write into them', () => {
    const CHUNK = 65_536
    const v = (i: number) => i % 200
    for (const make of [() => new IntColumn(-1), () => new SmallColumn(), () => new TimeColumn()]) {
      const col = make()
      for (let i = 0; i < 3 * CHUNK; i++) col.set(i, v(i))
      const copy = col.copy(2 * CHUNK + 10)
      const again = copy.copy(CHUNK + 5)
      col.set(5, 201)
      copy.set(CHUNK + 1, 202)
      again.set(7, 203)
      // A write that widens the source's cells (to floats) makes them all anew.
      col.set(CHUNK + 2, 70_000.5)
      copy.set(CHUNK + 3, 204)
      const at = (c: { get(i: number): number }) =>
        [5, 7, CHUNK + 1, CHUNK + 2, CHUNK + 3].map((i) => c.get(i))
      expect(at(copy)).toEqual([5, 7, 202, v(CHUNK + 2), 204])
      expect(at(again)).toEqual([5, 203, v(CHUNK + 1), v(CHUNK + 2), v(CHUNK + 3)])
      const [five, seven, one, , three] = at(col)
      expect([five, seven, one, three]).toEqual([201, 7, v(CHUNK + 1), v(CHUNK + 3)])
    }
  })

  it('copy a sparse column past its written cells', () => {
    const col = new IntColumn(-1)
    col.set(3, 9)
    expect(col.copy(100).get(3)).toBe(9)
    expect(col.copy(100_000).get(99_999)).toBe(-1)
  })

  it('count the cells holding a value, across chunks', () => {
    const col = new ByteColumn()
    for (let i = 0; i < 200_000; i++) col.set(i, i % 3 === 0 ? 2 : 1)
    const count = (from: number, to: number) => {
      let n = 0
      for (let i = from; i < to; i++) if (col.get(i) === 2) n++
      return n
    }
    for (const [from, to] of [
      [0, 0],
      [0, 10],
      [65_530, 65_540],
      [1, 199_999],
      [150_000, 300_000],
    ] as const) {
      expect(col.countIn(from, to, 2), `${from}..${to}`).toBe(count(from, Math.min(to, 200_000)))
    }
  })

  it('hold small numbers in a byte, and widen as larger ones come, keeping the rest', () => {
    const col = new SmallColumn()
    const values = [0, 255, 256, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32, 0.5, -3]
    values.forEach((v, i) => col.set(i * 40_000, v))
    values.forEach((v, i) => expect(col.get(i * 40_000)).toBe(v))
    expect(col.bytes).toBeGreaterThan(8 * 320_000)
    const small = new SmallColumn()
    for (let i = 0; i < 100_000; i++) small.set(i, i % 200)
    expect(small.bytes).toBeLessThanOrEqual(2 * 65_536)
    const copy = col.copy(4 * 40_000 + 1)
    copy.set(5, 1.25)
    expect([copy.get(5), copy.get(3 * 40_000), copy.get(5 * 40_000)]).toEqual([1.25, 65_535, 0])
  })
})
