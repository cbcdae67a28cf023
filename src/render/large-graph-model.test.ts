import { describe, expect, it } from 'vitest'
import { createAppStore } from '../store/app-store'
import { graphModelOf } from '../store/graph-model'
import { largeGraphModelOf } from './large-graph-model'
import { lookKey, lookOf, MIN_SHARE, PIE_STEPS, sharesOf } from './large-graph-sprites'
import type { Scenario } from '../scenario/types'

const swim: Scenario = {
  version: 1,
  protocol: 'swim',
  nodes: 60,
  seed: 1,
  params: {},
  inputs: [{ at: 1000, type: 'crash', node: 'n7' }],
}

const slot = (id: string) => Number(id.slice(1)) - 1
const opinions = (counts: number[], observers: number) => ({ counts, observers })
/** The look of a node whose 1,000 others hold it alive, suspect and dead so many times. */
const key = (alive: number, suspect: number, dead: number) =>
  lookKey(lookOf(sharesOf(opinions([alive, suspect, dead], 1001), 0, true), true, 'plain'))

describe('the large graph model', () => {
  it('has the messages in flight the small graph has, by slot, at the same progress', () => {
    const store = createAppStore({ scenario: swim })
    store.getState().seek(2345)
    const large = largeGraphModelOf(store.getState())
    const small = graphModelOf(store.getState())
    expect(large.messages.length).toBeGreaterThan(0)
    expect(large.messages.map((m) => m.id)).toEqual(small.messages.map((m) => m.id))
    large.messages.forEach((m, i) => {
      const s = small.messages[i]!
      expect([m.from, m.to]).toEqual([slot(s.from), slot(s.to)])
      expect(m.progress).toBeCloseTo(s.progress, 9)
      expect(m.lost).toBe(s.fate === 'lost')
    })
  })

  it('tells what the members think: a crashed node is suspected, then held dead', () => {
    const store = createAppStore({ scenario: swim })
    store.getState().seek(900)
    const before = largeGraphModelOf(store.getState())
    expect(before.hasOpinions).toBe(true)
    expect(sharesOf(before.opinions!, 6, true)).toEqual({
      dead: 0,
      suspect: 0,
      alive: 1,
      unknown: 0,
    })
    store.getState().seek(20_000)
    const after = largeGraphModelOf(store.getState())
    expect(after.nodes[6]!.label).toBe('n7: crashed')
    const shares = sharesOf(after.opinions!, 6, false)!
    expect(shares.dead).toBeGreaterThan(0.5)
    // Nobody else is thought dead.
    expect(sharesOf(after.opinions!, 7, true)!.dead).toBe(0)
  })

  it('names the selected node by its slot', () => {
    const store = createAppStore({ scenario: swim })
    store.getState().select({ kind: 'node', id: 'n42' })
    expect(largeGraphModelOf(store.getState()).selectedNode).toBe(41)
    store.getState().select(null)
    expect(largeGraphModelOf(store.getState()).selectedNode).toBe(-1)
  })

  it('has no opinions for a protocol that tells none', () => {
    const raft: Scenario = { ...swim, protocol: 'raft', nodes: 5, inputs: [] }
    const model = largeGraphModelOf(createAppStore({ scenario: raft }).getState())
    expect(model.hasOpinions).toBe(false)
    expect(model.opinions).toBeNull()
  })
})

describe('a node’s pie', () => {
  it('shows every share, the first suspicion among a thousand as a sliver', () => {
    const s = sharesOf(opinions([998, 1, 0], 1000), 0, true)!
    expect(s.suspect).toBe(MIN_SHARE)
    expect(s.dead + s.suspect + s.alive + s.unknown).toBeCloseTo(1, 12)
    expect(lookOf(s, true, 'plain')).toMatchObject({
      kind: 'pie',
      suspect: Math.round(MIN_SHARE * PIE_STEPS),
    })
  })

  it('leaves room for members that have not heard of the node yet', () => {
    // Four live members besides it, two of which know it.
    const s = sharesOf(opinions([2, 0, 0], 5), 0, true)!
    expect(s.unknown).toBeCloseTo(0.5, 12)
    expect(s.alive).toBeCloseTo(0.5, 12)
  })

  it('is none when nobody is left to think', () => {
    expect(sharesOf(opinions([0, 0, 0], 1), 0, true)).toBeNull()
  })

  it('looks alike where the eye cannot tell apart, and different where it can', () => {
    expect(key(500, 500, 0)).toBe(key(501, 499, 0))
    expect(key(500, 500, 0)).not.toBe(key(500, 0, 500))
    expect(key(1000, 0, 0)).not.toBe(lookKey(lookOf(null, true, 'plain')))
  })
})
