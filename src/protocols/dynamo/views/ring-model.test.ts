import { describe, expect, it } from 'vitest'
import { ringPicture, SAMPLE_DOTS, type SlotLike } from './ring-model'
import { membershipChanges } from './membership'
import { createRing, ownerOf, preferenceList, RING_POINTS } from '../ring'
import type { StoredVersion } from '../types'

const version = (value: string): StoredVersion => ({ value, clock: {}, ts: 0, by: 'n1', op: 'c1' })

/** A live replica's slot: an XState snapshot whose context holds what the model reads. */
function up(id: string, members: string[], context: Record<string, unknown> = {}): SlotLike {
  return {
    id,
    up: true,
    durable: null,
    state: {
      value: 'running',
      context: { members, store: {}, hints: [], sent: {}, ...context },
    },
  }
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i + 1}`)

describe('the ring picture', () => {
  it('draws the member slots, their tokens and arcs, and leaves out absent slots', () => {
    const members = ids(4)
    const slots = [
      ...members.map((id) => up(id, members)),
      { ...up('n5', []), absent: true as const, up: false, state: null },
    ]
    const p = ringPicture(slots, 8, 3, null)
    expect(p.members).toEqual(members)
    expect(p.tokens).toHaveLength(32)
    expect(p.arcs).toHaveLength(32)
    const covered = p.arcs.reduce(
      (sum, a) => sum + ((a.to - a.from + RING_POINTS) % RING_POINTS),
      0,
    )
    expect(covered).toBe(RING_POINTS)
    expect(p.holdings.map((h) => h.node)).toEqual(members)
    expect(p.colourLookup.get('n5')).toBe(4)
    expect(p.stale).toEqual([])
  })

  it('puts every held key on the ring: stores, hints, handoffs and what crashed nodes kept', () => {
    const members = ids(4)
    const slots: SlotLike[] = [
      up('n1', members, {
        store: { a: [version('1')] },
        sent: { 4: { to: 'n2', kind: 'transfer', keys: [{ key: 'c', ops: ['c3'] }] } },
      }),
      up('n2', members, { hints: [{ key: 'b', version: version('2'), for: 'n3' }] }),
      {
        id: 'n3',
        up: false,
        state: null,
        durable: {
          store: { a: [version('1')], d: [] },
          hints: [],
          seen: {},
          counter: 0,
          lastTs: 0,
        },
      },
      up('n4', members),
    ]
    const p = ringPicture(slots, 8, 3, null)
    const ring = createRing(members, 8)
    expect(p.keys.map((k) => k.key).sort()).toEqual(['a', 'b', 'c', 'd'])
    expect(p.keys.map((k) => k.point)).toEqual(p.keys.map((k) => k.point).sort((x, y) => x - y))
    const a = p.keys.find((k) => k.key === 'a')!
    expect(a).toMatchObject({ owner: ownerOf(ring, 'a'), holders: ['n1', 'n3'], movedFrom: null })
    expect(a.preference).toEqual(preferenceList(ring, 'a', 3))
    expect(p.keys.find((k) => k.key === 'b')!.hints).toEqual([{ node: 'n2', for: 'n3' }])
    expect(p.keys.find((k) => k.key === 'c')!.moving).toEqual([
      { from: 'n1', to: 'n2', kind: 'transfer' },
    ])
    expect(p.holdings.map((h) => [h.node, h.up, h.stored, h.hinted])).toEqual([
      ['n1', true, 1, 0],
      ['n2', true, 0, 1],
      ['n3', false, 2, 0],
      ['n4', true, 0, 0],
    ])
  })

  it('marks the keys the latest join gave a new owner, and only those', () => {
    const [join] = membershipChanges(4, [{ at: 10, type: 'join' }])
    const keys = Array.from({ length: 200 }, (_, i) => `k${i}`)
    const store = Object.fromEntries(keys.map((k) => [k, [version('v')]]))
    const slots = ids(5).map((id) => up(id, ids(5), id === 'n1' ? { store } : {}))
    const p = ringPicture(slots, 8, 3, join!)
    const moved = p.keys.filter((k) => k.movedFrom !== null)
    // A join moves keys only to the joiner, away from the node that owned them before.
    expect(moved.length).toBeGreaterThan(10)
    expect(moved.length).toBeLessThan(100)
    const before = createRing(ids(4), 8)
    for (const k of moved) expect([k.owner, k.movedFrom]).toEqual(['n5', ownerOf(before, k.key)])
    expect(p.keys.filter((k) => k.owner === 'n5')).toEqual(moved)
    // The faint sample dots move the same way: about one in five, all to n5.
    const samples = p.samples.filter((d) => d.movedFrom !== null)
    expect(p.samples).toHaveLength(SAMPLE_DOTS)
    expect(samples.length / SAMPLE_DOTS).toBeGreaterThan(0.1)
    expect(samples.length / SAMPLE_DOTS).toBeLessThan(0.35)
    expect(samples.every((d) => d.owner === 'n5' && d.movedFrom === ownerOf(before, d.key))).toBe(
      true,
    )
    expect(ringPicture(slots, 8, 3, null).samples.every((d) => d.movedFrom === null)).toBe(true)
  })

  it('names an up node that routes by another membership', () => {
    const slots = [up('n1', ids(3)), up('n2', ids(2)), up('n3', ids(3))]
    expect(ringPicture(slots, 2, 3, null).stale).toEqual(['n2'])
  })

  it('draws an empty ring when every node left', () => {
    const gone = { id: 'n1', up: false, state: null, durable: null, absent: true as const }
    expect(ringPicture([gone], 8, 3, null)).toMatchObject({ members: [], arcs: [], keys: [] })
  })
})
