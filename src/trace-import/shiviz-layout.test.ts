import { describe, expect, it } from 'vitest'
import { lamportPositions, shivizLayout } from './shiviz-layout'
import { parseShiviz, shivizHappensBefore, type ShivizLog } from './shiviz'
import { createRng, nextInt } from '../sim/prng'

const THREE_HOSTS = [
  ['a', 'a starts', { a: 1 }],
  ['a', 'a sends to b', { a: 2 }],
  ['b', 'b receives from a', { a: 2, b: 1 }],
  ['c', 'c works alone', { c: 1 }],
  ['b', 'b sends to c', { a: 2, b: 2 }],
  ['c', 'c receives from b', { a: 2, b: 2, c: 2 }],
  ['c', 'c replies to a', { a: 2, b: 2, c: 3 }],
  ['a', 'a receives from c', { a: 3, b: 2, c: 3 }],
] as const

function logOf(events: readonly (readonly [string, string, object])[]): ShivizLog {
  const text = events.map(([h, e, c]) => `${e}\n${h} ${JSON.stringify(c)}`).join('\n')
  const result = parseShiviz(text)
  if (!result.ok) throw new Error(result.error)
  return result.log
}

/** A random execution of `hosts` exchanging messages, written with correct vector clocks. */
function randomExecution(seed: number, hosts: number, steps: number) {
  const rng = createRng(seed)
  const names = Array.from({ length: hosts }, (_, i) => `h${i}`)
  const clocks = names.map(() => ({}) as Record<string, number>)
  const queues = new Map<string, Record<string, number>[]>()
  const events: [string, string, object][] = []
  for (let s = 0; s < steps; s++) {
    const h = nextInt(rng, 0, hosts - 1)
    const clock = clocks[h]!
    const me = names[h]!
    const from = names[nextInt(rng, 0, hosts - 1)]!
    const waiting = queues.get(`${from}>${me}`) ?? []
    const choice = nextInt(rng, 0, 2)
    if (choice === 0 && waiting.length > 0) {
      for (const [k, v] of Object.entries(waiting.shift()!)) clock[k] = Math.max(clock[k] ?? 0, v)
    }
    clock[me] = (clock[me] ?? 0) + 1
    if (choice === 1) {
      const to = names[nextInt(rng, 0, hosts - 1)]!
      if (to !== me) queues.set(`${me}>${to}`, [...(queues.get(`${me}>${to}`) ?? []), { ...clock }])
    }
    events.push([me, `event ${s}`, { ...clock }])
  }
  return logOf(events)
}

describe('a ShiViz log as a space-time diagram', () => {
  const log = logOf(THREE_HOSTS)

  it('places events at their Lamport position', () => {
    expect(lamportPositions(log)).toEqual([1, 2, 3, 1, 4, 5, 6, 7])
  })

  it('gives lanes per host, an arrow per message and a mark per event', () => {
    const view = shivizLayout(log, { stepMs: 10 })
    expect(view.lanes()).toEqual(['a', 'b', 'c'])
    expect(view.extent()).toEqual({ start: 0, end: 70 })
    const all = view.visible(0, 70)
    expect(all.arrows.map((a) => [a.from, a.to, a.sentAt, a.arrivedAt, a.fate])).toEqual([
      ['a', 'b', 20, 30, 'delivered'],
      ['b', 'c', 40, 50, 'delivered'],
      ['c', 'a', 60, 70, 'delivered'],
    ])
    expect(all.marks.map((m) => [m.node, m.at, m.kind, m.label])).toEqual([
      ['a', 10, 'event', 'a starts'],
      ['c', 10, 'event', 'c works alone'],
      ['a', 20, 'event', 'a sends to b'],
      ['b', 30, 'event', 'b receives from a'],
      ['b', 40, 'event', 'b sends to c'],
      ['c', 50, 'event', 'c receives from b'],
      ['c', 60, 'event', 'c replies to a'],
      ['a', 70, 'event', 'a receives from c'],
    ])
    // A window inside a message's flight still shows it.
    expect(view.visible(22, 28).arrows.map((a) => a.id)).toEqual([1])
  })

  it('keeps happens-before: a message and every host order run forward in time', () => {
    for (const seed of [1, 2, 3]) {
      const random = randomExecution(seed, 4, 300)
      expect(random.messages.length).toBeGreaterThan(20)
      const at = lamportPositions(random)
      for (const m of random.messages) {
        expect(shivizHappensBefore(random, m.send, m.receive)).toBe(true)
        expect(at[m.send]).toBeLessThan(at[m.receive]!)
      }
      const backwards = random.events.flatMap((_, a) =>
        random.events.flatMap((__, b) =>
          shivizHappensBefore(random, a, b) && at[a]! >= at[b]! ? [[a, b]] : [],
        ),
      )
      expect(backwards).toEqual([])
    }
  })

  it('answers windows as a brute-force filter does', () => {
    const view = shivizLayout(randomExecution(4, 5, 500), { stepMs: 3 })
    const all = view.visible(-Infinity, Infinity)
    const rng = createRng(5)
    for (let i = 0; i < 200; i++) {
      const from = nextInt(rng, -10, view.extent().end + 10)
      const to = from + nextInt(rng, 0, 60)
      expect(view.visible(from, to)).toEqual({
        arrows: all.arrows.filter((a) => a.sentAt <= to && a.arrivedAt! >= from),
        marks: all.marks.filter((m) => m.at >= from && m.at <= to),
        partitions: [],
        down: [],
      })
    }
  })
})
