import { describe, expect, it } from 'vitest'
import { IntervalIndex } from './intervals'
import { createRng, nextInt } from '../../sim/prng'

describe('interval index', () => {
  it('finds overlapping intervals as a brute-force filter does, as ends move', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rng = createRng(seed)
      const index = new IntervalIndex()
      const spans: [number, number][] = []
      let start = 0
      for (let i = 0; i < 2000; i++) {
        start += nextInt(rng, 0, 5)
        // Mostly short, a few long: messages, and messages held back by faults.
        const length = i % 97 === 0 ? nextInt(rng, 500, 50_000) : nextInt(rng, 0, 40)
        spans.push([start, start + length])
        index.add(start, start + length)
        if (i % 13 === 0) {
          // A delay pushes an earlier end later; a drop pulls it earlier.
          const id = nextInt(rng, 0, i)
          const end = spans[id]![0] + nextInt(rng, 0, i % 2 === 0 ? 20_000 : 10)
          spans[id]![1] = end
          index.setEnd(id, end)
        }
      }
      for (let q = 0; q < 300; q++) {
        const from = nextInt(rng, -100, start + 100)
        const to = from + [0, 3, 50, 2000][q % 4]!
        const expected = spans.flatMap(([s, e], id) => (s <= to && e >= from ? [id] : []))
        expect(index.query(from, to), `seed ${seed}, [${from}, ${to}]`).toEqual(expected)
      }
    }
  })

  it('refuses intervals out of order of start', () => {
    const index = new IntervalIndex()
    index.add(10, 20)
    expect(() => index.add(5, 6)).toThrow(/in order of start/)
  })
})
