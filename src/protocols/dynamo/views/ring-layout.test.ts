import { describe, expect, it } from 'vitest'
import { angleOf, KEY_RADIUS, layoutRing, SAMPLE_RADIUS } from './ring-layout'
import { ringPicture, type SlotLike } from './ring-model'
import { createRing, ownerOf, RING_POINTS, successorIndex } from '../ring'

const up = (id: string, store: Record<string, unknown> = {}): SlotLike => ({
  id,
  up: true,
  durable: null,
  state: { context: { members: ['n1', 'n2', 'n3'], store, hints: [], sent: {} } },
})

const picture = (vnodes: number) =>
  ringPicture([up('n1', { a: [], b: [] }), up('n2'), up('n3')], vnodes, 2, null)

/** The numbers in a path, as [x, y] pairs, rounded. */
const points = (d: string) =>
  [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])])

describe('the ring layout', () => {
  it('puts point 0 at the top and goes clockwise', () => {
    expect(angleOf(0)).toBe(0)
    expect(angleOf(RING_POINTS / 4)).toBeCloseTo(Math.PI / 2)
  })

  it('has an arc and a tick per token, coloured by owner, and a dot per key', () => {
    const p = picture(4)
    const l = layoutRing(p, (k) => `title of ${k.key}`)
    expect(l.arcs).toHaveLength(12)
    expect(l.tokens).toHaveLength(12)
    const ring = createRing(['n1', 'n2', 'n3'], 4)
    for (const dot of l.keys) {
      expect(dot.colour).toBe(p.colourLookup.get(ownerOf(ring, dot.id)))
      expect(Math.hypot(dot.x, dot.y)).toBeCloseTo(KEY_RADIUS, 1)
    }
    expect(l.keys.map((k) => k.title)).toEqual(p.keys.map((k) => `title of ${k.key}`))
    expect(l.samples.every((s) => Math.abs(Math.hypot(s.x, s.y) - SAMPLE_RADIUS) < 0.05)).toBe(true)
  })

  it('walks from each key out to the band and clockwise to the token that owns it', () => {
    const p = picture(4)
    const l = layoutRing(p, () => '')
    const ring = { tokens: p.tokens, nodes: p.members }
    p.keys.forEach((key, i) => {
      const walk = points(l.keys[i]!.walk)
      expect(walk[0]).toEqual([l.keys[i]!.x, l.keys[i]!.y])
      const [x, y] = walk.at(-1)!
      // The walk ends on the first token clockwise from the key, which is the owner's.
      const end = (Math.atan2(x!, -y!) + 2 * Math.PI) % (2 * Math.PI)
      const first = p.tokens[successorIndex(ring, key.point)]!
      expect(end).toBeCloseTo(angleOf(first.point), 2)
      expect(first.node).toBe(key.owner)
    })
  })

  it('draws a lone token’s arc as the whole ring', () => {
    const l = layoutRing(ringPicture([up('n1')], 1, 1, null), () => '')
    expect(l.arcs).toHaveLength(1)
    // d3-shape draws a full annulus as two half arcs per edge.
    expect(l.arcs[0]!.d.match(/A/g)!.length).toBeGreaterThanOrEqual(4)
  })
})
