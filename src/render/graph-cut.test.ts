import { describe, expect, it } from 'vitest'
import {
  crossedLinks,
  cutGroups,
  linkKey,
  planCut,
  segmentsCross,
  visibleLink,
  type CutNode,
} from './graph-cut'

const INSET = 28

/** n1 and n2 on the left, n3 and n4 in the middle, n5 on the right. */
const NODES: CutNode[] = [
  { id: 'n1', position: { x: 100, y: 100 } },
  { id: 'n2', position: { x: 100, y: 300 } },
  { id: 'n3', position: { x: 400, y: 100 } },
  { id: 'n4', position: { x: 400, y: 300 } },
  { id: 'n5', position: { x: 600, y: 200 } },
]
const IDS = NODES.map((n) => n.id)

/** A straight stroke from top to bottom at `x`. */
const vertical = (x: number) => [
  { x, y: 0 },
  { x, y: 400 },
]

describe('segmentsCross', () => {
  it('sees an X, and not two segments side by side', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(
      true,
    )
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 })).toBe(
      false,
    )
  })

  it('counts a stroke corner that lands on the link, but not a stroke along it', () => {
    const q1 = { x: 0, y: 5 }
    const q2 = { x: 10, y: 5 }
    expect(segmentsCross({ x: 5, y: 0 }, { x: 5, y: 5 }, q1, q2)).toBe(true)
    expect(segmentsCross({ x: 2, y: 5 }, { x: 8, y: 5 }, q1, q2)).toBe(false)
  })

  it('does not reach past the ends of either segment', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 4, y: 4 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(
      false,
    )
  })
})

describe('visibleLink', () => {
  it('leaves out the ends under the node bodies', () => {
    expect(visibleLink({ x: 0, y: 0 }, { x: 100, y: 0 }, INSET)).toEqual([
      { x: 28, y: 0 },
      { x: 72, y: 0 },
    ])
  })

  it('keeps the whole link between overlapping nodes', () => {
    const a = { x: 0, y: 0 }
    const b = { x: 40, y: 0 }
    expect(visibleLink(a, b, INSET)).toEqual([a, b])
  })
})

describe('crossedLinks', () => {
  it('finds every link between the left pair and the rest, and no other', () => {
    expect(crossedLinks(vertical(250), NODES, INSET)).toEqual([
      linkKey('n1', 'n3'),
      linkKey('n1', 'n4'),
      linkKey('n1', 'n5'),
      linkKey('n2', 'n3'),
      linkKey('n2', 'n4'),
      linkKey('n2', 'n5'),
    ])
  })

  it('lists a link once however often a zigzag crosses it', () => {
    const zigzag = [
      { x: 240, y: 0 },
      { x: 260, y: 90 },
      { x: 240, y: 110 },
      { x: 260, y: 400 },
    ]
    const crossed = crossedLinks(zigzag, NODES, INSET)
    expect(new Set(crossed).size).toBe(crossed.length)
    expect(crossed).toContain(linkKey('n1', 'n3'))
  })

  it('does not cut the links of a node the stroke passes through, only the body', () => {
    // A short stroke through n1's centre, inside its body.
    const through = [
      { x: 90, y: 90 },
      { x: 110, y: 110 },
    ]
    expect(crossedLinks(through, NODES, INSET)).toEqual([])
  })

  it('needs at least one segment', () => {
    expect(crossedLinks([{ x: 250, y: 200 }], NODES, INSET)).toEqual([])
  })
})

describe('cutGroups', () => {
  it('splits a whole network into the sides of the stroke', () => {
    const crossed = new Set(crossedLinks(vertical(250), NODES, INSET))
    expect(cutGroups(IDS, crossed, null)).toEqual([
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ])
  })

  it('keeps nodes together while a path of uncut links joins them', () => {
    // Only n1–n3 is cut: n1 still reaches n3 through n2, n4 or n5.
    expect(cutGroups(IDS, new Set([linkKey('n1', 'n3')]), null)).toEqual([IDS])
  })

  it('refines the partition in force, so two cuts make three groups', () => {
    const first: string[][] = [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ]
    // A second stroke between the middle pair and n5 crosses only links inside one group.
    const crossed = new Set(crossedLinks(vertical(500), NODES, INSET))
    expect(cutGroups(IDS, crossed, first)).toEqual([['n1', 'n2'], ['n3', 'n4'], ['n5']])
  })

  it('never joins nodes that the partition in force keeps apart', () => {
    const apart = [['n1'], ['n2', 'n3', 'n4', 'n5']]
    expect(cutGroups(IDS, new Set(), apart)).toEqual(apart)
  })

  it('puts nodes that no group lists together, as the partition input does', () => {
    expect(cutGroups(IDS, new Set(), [['n2']])).toEqual([['n1', 'n3', 'n4', 'n5'], ['n2']])
  })
})

describe('planCut', () => {
  it('separates when the stroke crosses every link between two sides', () => {
    const plan = planCut(vertical(250), NODES, null, INSET)
    expect(plan.separates).toBe(true)
    expect(plan.groups).toEqual([
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ])
    expect(plan.crossed).toHaveLength(6)
  })

  it('separates nothing when the stroke misses some links between the sides', () => {
    // Stops at y = 150: the links from n2 below are not crossed.
    const short = [
      { x: 250, y: 0 },
      { x: 250, y: 150 },
    ]
    const plan = planCut(short, NODES, null, INSET)
    expect(plan.crossed.length).toBeGreaterThan(0)
    expect(plan.separates).toBe(false)
    expect(plan.groups).toEqual([IDS])
  })

  it('separates nothing when the stroke leaves every node on one side', () => {
    const plan = planCut(vertical(700), NODES, null, INSET)
    expect(plan).toEqual({ crossed: [], groups: [IDS], separates: false })
  })

  it('separates nothing new when it only crosses links already cut', () => {
    const first = [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ]
    const plan = planCut(vertical(250), NODES, first, INSET)
    expect(plan.crossed).toHaveLength(6)
    expect(plan.separates).toBe(false)
    expect(plan.groups).toEqual(first)
  })

  it('isolates one node with a loop around it', () => {
    const loop = [
      { x: 540, y: 140 },
      { x: 660, y: 140 },
      { x: 660, y: 260 },
      { x: 540, y: 260 },
      { x: 540, y: 140 },
    ]
    expect(planCut(loop, NODES, null, INSET).groups).toEqual([['n1', 'n2', 'n3', 'n4'], ['n5']])
  })
})
