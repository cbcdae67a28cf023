import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { heapPop, heapPush, heapRemove, type Queued } from './queue'

interface Entry extends Queued {
  readonly name: string
}

const byTimeThenSeq = (a: Queued, b: Queued) => a.t - b.t || a.seq - b.seq

/** Entries with few distinct times, so that ties on t are common; seq is unique. */
const entries = fc
  .array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 })
  .map((times) => times.map((t, seq): Entry => ({ t, seq, name: `e${seq}` })))

function drain<E extends Queued>(heap: E[]): E[] {
  const out: E[] = []
  for (let e = heapPop(heap); e !== undefined; e = heapPop(heap)) out.push(e)
  return out
}

/** Every parent comes before both of its children. */
function isHeap(heap: readonly Queued[]): boolean {
  return heap.every((e, i) => i === 0 || byTimeThenSeq(heap[(i - 1) >> 1]!, e) < 0)
}

describe('the event queue', () => {
  it('pops in (t, seq) order whatever the push order', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const heap: Entry[] = []
        for (const e of list) heapPush(heap, e)
        expect(isHeap(heap)).toBe(true)
        expect(drain(heap)).toEqual(list.slice().sort(byTimeThenSeq))
      }),
    )
  })

  it('pops in order when pushes and pops interleave', () => {
    fc.assert(
      fc.property(entries, fc.array(fc.boolean(), { maxLength: 200 }), (list, pops) => {
        // A sorted list is the model; both pop the same entries in the same order.
        const heap: Entry[] = []
        const model: Entry[] = []
        const popped: (Entry | undefined)[] = []
        const expected: (Entry | undefined)[] = []
        list.forEach((e, i) => {
          heapPush(heap, e)
          model.push(e)
          if (pops[i] !== true) return
          model.sort(byTimeThenSeq)
          popped.push(heapPop(heap))
          expected.push(model.shift())
        })
        expect(popped).toEqual(expected)
        expect(drain(heap)).toEqual(model.sort(byTimeThenSeq))
      }),
    )
  })

  it('returns undefined from an empty heap', () => {
    const heap: Entry[] = []
    expect(heapPop(heap)).toBeUndefined()
    expect(heap).toEqual([])
  })

  it('keeps heap order when any entry is removed', () => {
    fc.assert(
      fc.property(entries, fc.nat(), (list, pick) => {
        fc.pre(list.length > 0)
        const heap: Entry[] = []
        for (const e of list) heapPush(heap, e)
        const victim = list[pick % list.length]!
        expect(heapRemove(heap, (e) => e === victim)).toBe(victim)
        expect(heap).toHaveLength(list.length - 1)
        expect(isHeap(heap)).toBe(true)
        const rest = list.filter((e) => e !== victim).sort(byTimeThenSeq)
        expect(drain(heap)).toEqual(rest)
      }),
    )
  })

  it('sifts the moved entry up when a removal needs it', () => {
    // A removal that replaces a deep entry with a smaller one must sift it up, not only down.
    const heap: Entry[] = []
    const times = [0, 10, 1, 11, 12, 2, 3, 13, 14, 15, 16, 4, 5, 6, 7]
    times.forEach((t, seq) => heapPush(heap, { t, seq, name: `e${seq}` }))
    const removed: number[] = []
    for (const t of [13, 11, 0, 16]) {
      removed.push(heapRemove(heap, (e) => e.t === t)!.t)
      expect(isHeap(heap)).toBe(true)
    }
    expect(removed).toEqual([13, 11, 0, 16])
    expect(drain(heap).map((e) => e.t)).toEqual([1, 2, 3, 4, 5, 6, 7, 10, 12, 14, 15])
  })

  it('removes nothing when no entry matches', () => {
    const heap: Entry[] = []
    heapPush(heap, { t: 1, seq: 0, name: 'a' })
    expect(heapRemove(heap, (e) => e.name === 'b')).toBeUndefined()
    expect(heap).toHaveLength(1)
  })

  it('removes the last entry', () => {
    const heap: Entry[] = []
    heapPush(heap, { t: 1, seq: 0, name: 'a' })
    heapPush(heap, { t: 2, seq: 1, name: 'b' })
    expect(heapRemove(heap, (e) => e.name === 'b')?.name).toBe('b')
    expect(drain(heap).map((e) => e.name)).toEqual(['a'])
  })
})
