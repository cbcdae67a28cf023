import { describe, expect, it } from 'vitest'
import { hitRadius, messageAt, neighbour, nodeAt } from './large-graph-hit'
import { largeLayout } from './large-graph-layout'

const everyone = () => true

describe('hitting a node', () => {
  for (const count of [50, 200, 1000]) {
    it(`finds each of ${count} nodes at its centre and just off it`, () => {
      const l = largeLayout(count, 1000, 480)
      const off = l.radius * 0.9
      for (let i = 0; i < count; i++) {
        expect(nodeAt(l, l.x[i]!, l.y[i]!, everyone)).toBe(i)
        expect(nodeAt(l, l.x[i]! + off, l.y[i]!, everyone)).toBe(i)
      }
    })
  }

  it('finds nothing far from every node, such as the corners', () => {
    const l = largeLayout(200, 1000, 480)
    expect(nodeAt(l, 1, 1, everyone)).toBe(-1)
    expect(nodeAt(l, 999, 479, everyone)).toBe(-1)
  })

  it('takes the nearer of two neighbours', () => {
    const l = largeLayout(1000, 1000, 480)
    const x = l.x[0]! + (l.x[1]! - l.x[0]!) * 0.4
    expect(nodeAt(l, x, l.y[0]!, everyone)).toBe(0)
    const x2 = l.x[0]! + (l.x[1]! - l.x[0]!) * 0.6
    expect(nodeAt(l, x2, l.y[0]!, everyone)).toBe(1)
  })

  it('skips nodes not drawn (yet to join or gone)', () => {
    const l = largeLayout(100, 1000, 480)
    expect(nodeAt(l, l.x[5]!, l.y[5]!, (s) => s !== 5)).not.toBe(5)
  })

  it('reaches no further than half way to a neighbour, so neighbours never share a point', () => {
    for (const count of [50, 200, 1000]) {
      const l = largeLayout(count, 1000, 480)
      expect(hitRadius(l)).toBeLessThanOrEqual(Math.max(6, l.spacing / 2, l.radius + 2))
    }
  })
})

describe('hitting a message', () => {
  const messages = [
    { id: 1, x: 100, y: 100 },
    { id: 2, x: 110, y: 100 },
  ]

  it('takes the nearest dot within reach', () => {
    expect(messageAt(messages, 103, 100)).toBe(1)
    expect(messageAt(messages, 107, 101)).toBe(2)
  })

  it('takes none when no dot is near', () => {
    expect(messageAt(messages, 100, 120)).toBeNull()
    expect(messageAt([], 0, 0)).toBeNull()
  })
})

describe('arrow keys', () => {
  const grid = largeLayout(1000, 1000, 480)

  it('move a row up and down in a grid, and one node left and right', () => {
    expect(grid.kind).toBe('grid')
    expect(neighbour(grid, 0, 'ArrowDown', everyone)).toBe(grid.columns)
    expect(neighbour(grid, grid.columns + 3, 'ArrowUp', everyone)).toBe(3)
    expect(neighbour(grid, 5, 'ArrowRight', everyone)).toBe(6)
    expect(neighbour(grid, 5, 'ArrowLeft', everyone)).toBe(4)
  })

  it('stay put at the ends, and Home and End go to the first and last node drawn', () => {
    expect(neighbour(grid, 0, 'ArrowLeft', everyone)).toBe(0)
    expect(neighbour(grid, 2, 'ArrowUp', everyone)).toBe(2)
    expect(neighbour(grid, 999, 'ArrowRight', everyone)).toBe(999)
    expect(neighbour(grid, 500, 'Home', (s) => s > 2)).toBe(3)
    expect(neighbour(grid, 500, 'End', (s) => s < 990)).toBe(989)
  })

  it('skip nodes not drawn', () => {
    expect(neighbour(grid, 5, 'ArrowRight', (s) => s !== 6 && s !== 7)).toBe(8)
  })

  it('move along the ring on a circle, up and down too', () => {
    const circle = largeLayout(50, 1000, 480)
    expect(circle.kind).toBe('circle')
    expect(neighbour(circle, 10, 'ArrowDown', everyone)).toBe(11)
    expect(neighbour(circle, 10, 'ArrowUp', everyone)).toBe(9)
  })
})
