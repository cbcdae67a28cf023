import { describe, expect, it } from 'vitest'
import { describeLinks, linkAction } from './network-link'
import {
  describeNetwork,
  groupLetters,
  groupsFromPicks,
  idRanges,
  picksFromGroupOf,
} from './network-partition'

const ids = ['n1', 'n2', 'n3', 'n4', 'n5']

describe('partition editor', () => {
  it('starts with everyone in A, or with the partition in force', () => {
    expect(picksFromGroupOf(null, 3)).toEqual(['A', 'A', 'A'])
    expect(picksFromGroupOf([0, 0, 1, 1, 1], 5)).toEqual(['A', 'A', 'B', 'B', 'B'])
  })

  it('turns picks into the non-empty groups, in letter order', () => {
    expect(groupsFromPicks(['C', 'A', 'C', 'A', 'A'], ids)).toEqual([
      ['n2', 'n4', 'n5'],
      ['n1', 'n3'],
    ])
    expect(groupsFromPicks(['A', 'A', 'A', 'A', 'A'], ids)).toHaveLength(1)
  })

  it('offers more letters only when a partition has more groups', () => {
    expect(groupLetters(null)).toEqual(['A', 'B', 'C'])
    expect(groupLetters([0, 1, 2, 3, 3])).toEqual(['A', 'B', 'C', 'D'])
  })

  it('describes the network in words', () => {
    expect(describeNetwork(null, ids)).toBe('Network whole')
    expect(describeNetwork([1, 1, 0, 0, 0], ids)).toBe('Partitioned: n3 n4 n5 | n1 n2')
  })

  it('writes a large cluster’s groups as ranges of ids', () => {
    expect(idRanges(['n1', 'n2', 'n3', 'n5', 'n7', 'n8', 'n10', 'n11', 'n12'])).toBe(
      'n1-n3 n5 n7 n8 n10-n12',
    )
    const many = Array.from({ length: 1000 }, (_, i) => `n${i + 1}`)
    const groupOf = many.map((_, i) => (i < 400 || i === 511 ? 1 : 0))
    expect(describeNetwork(groupOf, many)).toBe('Partitioned: n401-n511 n513-n1000 | n1-n400 n512')
  })
})

describe('link editor', () => {
  const form = { from: 'n1', to: 'n2', lossRate: '', latencyMin: '', latencyMax: '' }

  it('puts only the filled fields into the input', () => {
    expect(linkAction({ ...form, lossRate: '0.5' })).toEqual({
      ok: true,
      action: { type: 'link', from: 'n1', to: 'n2', lossRate: 0.5 },
    })
    expect(linkAction({ ...form, latencyMin: '50', latencyMax: '80' })).toEqual({
      ok: true,
      action: { type: 'link', from: 'n1', to: 'n2', latencyMs: [50, 80] },
    })
  })

  it('refuses a link to itself, rates outside 0…1 and upside-down ranges', () => {
    expect(linkAction({ ...form, to: 'n1', lossRate: '0.5' }).ok).toBe(false)
    expect(linkAction({ ...form, lossRate: '1.5' }).ok).toBe(false)
    expect(linkAction({ ...form, lossRate: 'abc' }).ok).toBe(false)
    expect(linkAction({ ...form, latencyMin: '80', latencyMax: '50' }).ok).toBe(false)
    expect(linkAction({ ...form, latencyMin: '0', latencyMax: '60001' }).ok).toBe(false)
    expect(linkAction({ ...form, latencyMin: '10' }).ok).toBe(false)
    expect(linkAction(form).ok).toBe(false)
  })

  it('lists overrides by link, in node order', () => {
    const links = { 'n10>n2': { lossRate: 1 }, 'n1>n2': { lossRate: 0.5, latencyMs: [50, 80] } }
    expect(describeLinks(links as never)).toEqual([
      { key: 'n1>n2', link: 'n1 → n2', fault: 'loss 0.5, 50–80 ms' },
      { key: 'n10>n2', link: 'n10 → n2', fault: 'loss 1' },
    ])
  })
})
