import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { labelStep, largeLayout, MAX_RADIUS_PX, type LargeLayout } from './large-graph-layout'

const INSETS = { left: 160, top: 8, right: 8, bottom: 8 }
const TOOLS = { width: 180, height: 56 }

/** The smallest distance between two node centres. */
function closest(l: LargeLayout): number {
  let best = Infinity
  for (let i = 0; i < l.count; i++) {
    for (let j = i + 1; j < l.count; j++) {
      best = Math.min(best, Math.hypot(l.x[i]! - l.x[j]!, l.y[i]! - l.y[j]!))
    }
  }
  return best
}

function outside(l: LargeLayout): number[] {
  const out: number[] = []
  for (let i = 0; i < l.count; i++) {
    const x = l.x[i]!
    const y = l.y[i]!
    const r = l.radius
    const inBox =
      x - r >= INSETS.left &&
      x + r <= l.width - INSETS.right &&
      y - r >= INSETS.top &&
      y + r <= l.height - INSETS.bottom
    const underTools = x + r > l.width - TOOLS.width && y + r > l.height - TOOLS.height
    if (!inBox || underTools) out.push(i)
  }
  return out
}

describe('the large graph layout', () => {
  it('puts 50 nodes on one circle, n1 at 12 o’clock, going clockwise', () => {
    const l = largeLayout(50, 1000, 480, INSETS, TOOLS)
    expect(l.kind).toBe('circle')
    const cx = l.x.reduce((a, b) => a + b, 0) / l.count
    const cy = l.y.reduce((a, b) => a + b, 0) / l.count
    expect(l.x[0]).toBeCloseTo(cx, 6)
    expect(l.y[0]).toBeLessThan(cy)
    // n2 is right of n1, n13 (a quarter turn) right of the centre.
    expect(l.x[1]).toBeGreaterThan(l.x[0]!)
    expect(l.x[12]).toBeGreaterThan(cx)
    const radii = Array.from(l.x, (x, i) => Math.hypot(x - cx, l.y[i]! - cy))
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1e-6)
  })

  it('fills concentric rings for 200 nodes, each ring’s first id in the gap at the top', () => {
    const l = largeLayout(200, 1000, 480, INSETS, TOOLS)
    expect(l.kind).toBe('rings')
    expect(l.radius).toBeGreaterThanOrEqual(7)
    const cx = INSETS.left + (1000 - INSETS.left - INSETS.right) / 2
    const firsts = l.labels.filter((b) => b.align === 'center' && Math.abs(b.x - cx) < 1e-6)
    expect(firsts.length).toBeGreaterThan(2)
    // Each names the first node of its ring, which sits just right of the gap, above the centre.
    for (const b of firsts.filter((label) => label.y < 240)) {
      expect(l.x[b.slot]).toBeGreaterThan(b.x + l.radius)
      expect(Math.abs(l.y[b.slot]! - b.y)).toBeLessThan(l.spacing)
    }
  })

  it('lays 1,000 nodes in a wide box out as a grid of whole tens, in id order', () => {
    const l = largeLayout(1000, 1000, 480, INSETS, TOOLS)
    expect(l.kind).toBe('grid')
    expect(l.columns % 10).toBe(0)
    expect(l.radius).toBeGreaterThanOrEqual(6)
    // Row by row: n2 right of n1, the next row below it.
    expect(l.x[1]).toBeGreaterThan(l.x[0]!)
    expect(l.y[1]).toBe(l.y[0])
    expect(l.x[l.columns]).toBe(l.x[0])
    expect(l.y[l.columns]).toBeGreaterThan(l.y[0]!)
    // Row labels name each row's first node, left of it.
    for (const b of l.labels) {
      expect(b.slot % l.columns).toBe(0)
      expect(b.x).toBeLessThan(l.x[b.slot]! - l.radius)
    }
    // Blocks of ten: the gap after the tenth column is wider than the others.
    expect(l.x[10]! - l.x[9]!).toBeGreaterThan(l.x[9]! - l.x[8]!)
  })

  it('keeps nodes apart, inside the box and clear of the tools, whatever the count and box', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 41, max: 1000 }),
        fc.integer({ min: 500, max: 1800 }),
        fc.integer({ min: 300, max: 1000 }),
        (count, width, height) => {
          const l = largeLayout(count, width, height, INSETS, TOOLS)
          expect(l.radius).toBeGreaterThan(0)
          expect(l.radius).toBeLessThanOrEqual(MAX_RADIUS_PX)
          expect(closest(l)).toBeGreaterThanOrEqual(2 * l.radius + 1)
          expect(outside(l)).toEqual([])
        },
      ),
      { numRuns: 60, seed: 42 },
    )
  })

  it('gives nodes a readable size where the graph usually is', () => {
    for (const [count, min] of [
      [50, 7],
      [200, 7],
      [1000, 6],
    ] as const) {
      expect(
        largeLayout(count, 1020, 480, INSETS, TOOLS).radius,
        `${count}`,
      ).toBeGreaterThanOrEqual(min)
    }
  })

  it('is the same for the same inputs', () => {
    const a = largeLayout(333, 900, 600, INSETS, TOOLS)
    const b = largeLayout(333, 900, 600, INSETS, TOOLS)
    expect(Array.from(a.x)).toEqual(Array.from(b.x))
    expect(a.labels).toEqual(b.labels)
  })
})

describe('label steps', () => {
  it('are 1, 2, 5, 10, 20, … nodes, the first that leaves room for an id', () => {
    expect(labelStep(30, 26)).toBe(1)
    expect(labelStep(20, 26)).toBe(2)
    expect(labelStep(6, 26)).toBe(5)
    expect(labelStep(2, 26)).toBe(20)
    expect(labelStep(0.5, 26)).toBe(100)
  })
})
