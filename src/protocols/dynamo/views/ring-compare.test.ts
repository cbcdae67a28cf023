import { describe, expect, it } from 'vitest'
import {
  compareChange,
  comparisonOf,
  sample,
  sampleShares,
  sharesOf,
  SAMPLE_KEYS,
} from './ring-compare'
import { latestChange, membershipChanges } from './membership'
import { createRing, keysMoved, modNOwner, ownerOf } from '../ring'

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i + 1}`)
const KEYS = Array.from({ length: SAMPLE_KEYS }, (_, i) => `key-${i}`)

describe('the sample of keys against hash mod N', () => {
  it('moves about K/5 of 10,000 keys when n5 joins four nodes of 8 tokens; mod N moves ~80%', () => {
    const [join] = membershipChanges(4, [{ at: 100, type: 'join' }])
    const c = compareChange(join!, 8)!
    expect(c).toMatchObject({ type: 'join', node: 'n5', keys: 10_000, membersBefore: 4 })
    expect(comparisonOf(join!, 8)).toEqual(c)
    expect(comparisonOf(join!, 8)).toBe(comparisonOf(join!, 8))
    expect(c.expected).toBe(2000)
    // Every moved key went to the joiner, so the ring moves exactly n5's new share.
    expect(c.movedRing).toBe(sampleShares(ids(5), 8).find((s) => s.node === 'n5')!.ring)
    expect(c.movedRing).toBeGreaterThan(1000)
    expect(c.movedRing).toBeLessThan(3200)
    // mod N keeps a key only when hash mod 4 = hash mod 5: 4 of 20 residues mod 20.
    expect(c.movedModN).toBeGreaterThan(7700)
    expect(c.movedModN).toBeLessThan(8300)
  })

  it('agrees with ring.ts key by key, for a join and for a leave', () => {
    for (const [before, after, vnodes] of [
      [ids(4), ids(5), 8],
      [ids(6), ids(6).filter((id) => id !== 'n3'), 4],
    ] as const) {
      const type = after.length > before.length ? 'join' : 'leave'
      const node = type === 'join' ? after.at(-1)! : before.find((id) => !after.includes(id))!
      const c = compareChange({ at: 0, type, node, before, after }, vnodes)!
      const old = createRing(before, vnodes)
      const now = createRing(after, vnodes)
      expect(c.movedRing).toBe(
        keysMoved(
          KEYS,
          (k) => ownerOf(old, k),
          (k) => ownerOf(now, k),
        ),
      )
      expect(c.movedModN).toBe(
        keysMoved(
          KEYS,
          (k) => modNOwner(before, k),
          (k) => modNOwner(after, k),
        ),
      )
    }
  })

  it('expects K/N for a leave, and moves exactly the leaver’s keys on the ring', () => {
    const [, leave] = membershipChanges(5, [
      { at: 1, type: 'crash', node: 'n2' },
      { at: 2, type: 'leave', node: 'n9' },
      { at: 3, type: 'join' },
      { at: 4, type: 'leave', node: 'n2' },
    ])
    expect(leave).toMatchObject({
      type: 'leave',
      node: 'n2',
      after: ['n1', 'n3', 'n4', 'n5', 'n6'],
    })
    const c = compareChange(leave!, 8)!
    expect(c.expected).toBeCloseTo(10_000 / 6)
    expect(c.movedRing).toBe(sampleShares(ids(6), 8).find((s) => s.node === 'n2')!.ring)
    expect(c.movedModN).toBeGreaterThan(7000)
  })

  it('gives every sample key one owner both ways, and mod N spreads them evenly', () => {
    const shares = sampleShares(ids(5), 8)
    expect(shares.map((s) => s.node)).toEqual(ids(5))
    expect(shares.reduce((sum, s) => sum + s.ring, 0)).toBe(10_000)
    expect(shares.reduce((sum, s) => sum + s.modN, 0)).toBe(10_000)
    for (const s of shares) expect(Math.abs(s.modN - 2000)).toBeLessThan(150)
    expect(sampleShares([], 8)).toEqual([])
    // Asked again for the same membership, the view gets the very same answer back.
    expect(sharesOf(ids(5), 8)).toEqual(shares)
    expect(sharesOf(ids(5), 8)).toBe(sharesOf(ids(5), 8))
  })

  it('says nothing of a change to or from an empty ring, and hashes each sample once', () => {
    expect(compareChange({ at: 0, type: 'join', node: 'n1', before: [], after: ['n1'] }, 8)).toBe(
      null,
    )
    expect(sample()).toBe(sample(SAMPLE_KEYS))
  })
})

describe('the latest change at the cursor', () => {
  it('is the last join or leave applied, the same object while no other input applies', () => {
    const scenario = {
      version: 1 as const,
      protocol: 'dynamo',
      nodes: 3,
      seed: 1,
      params: {},
      inputs: [
        { at: 10, type: 'join' as const },
        { at: 20, type: 'crash' as const, node: 'n1' },
        { at: 30, type: 'leave' as const, node: 'n4' },
      ],
    }
    expect(latestChange(scenario, 0)).toBe(null)
    const join = latestChange(scenario, 1)
    expect(join).toMatchObject({ type: 'join', node: 'n4', after: ['n1', 'n2', 'n3', 'n4'] })
    expect(latestChange(scenario, 1)).toBe(join)
    expect(latestChange(scenario, 2)).toEqual(join)
    expect(latestChange(scenario, 3)).toMatchObject({ type: 'leave', node: 'n4' })
  })
})
