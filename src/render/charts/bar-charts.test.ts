import { describe, expect, it } from 'vitest'
import { layoutCompareBars } from './compare-bars-chart'
import { layoutPairBars } from './pair-bars-chart'

const format = (n: number) => String(Math.round(n))

describe('paired bars', () => {
  const model = {
    title: 'Keys per node',
    label: 'Keys per node',
    series: ['ring', 'mod N'] as const,
    items: [
      { name: 'n1', colour: 0, values: [1500, 2500] as const },
      { name: 'n2', colour: 1, values: [3500, 2500] as const },
    ],
    reference: { value: 2500, label: 'even share' },
    format,
  }

  it('sets two bars per item side by side, heights in proportion, from the baseline', () => {
    const l = layoutPairBars(model, 320)
    expect(l.bars.map((b) => b.id)).toEqual(['n1/0', 'n1/1', 'n2/0', 'n2/1'])
    const [a, b, c] = l.bars
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x)
    expect(b!.x + b!.width).toBeLessThan(c!.x)
    for (const bar of l.bars) expect(bar.y + bar.height).toBe(l.box.bottom)
    expect(c!.height / a!.height).toBeCloseTo(3500 / 1500, 1)
    expect(l.referenceY).toBe(l.y(2500))
    expect(l.legend.map((i) => i.label)).toEqual(['ring', 'mod N', 'even share'])
  })
})

describe('compared bars', () => {
  it('scales bars to the total and places the marker at its value', () => {
    const l = layoutCompareBars(
      {
        title: 'Moved',
        label: 'Moved',
        total: 10_000,
        rows: [
          { name: 'ring', value: 2000, className: 'a' },
          { name: 'mod N', value: 8000, className: 'b' },
        ],
        marker: { value: 2000, label: 'expected' },
        format,
      },
      400,
    )
    expect(l.rows[1]!.width / l.rows[0]!.width).toBeCloseTo(4, 1)
    expect(l.marker!.x).toBe(78 + l.rows[0]!.width)
    expect(l.rows[1]!.textInside).toBe(true)
  })
})

describe('compared bars, a short bar', () => {
  it('writes its value past the marker instead of under it', () => {
    const l = layoutCompareBars(
      {
        title: 'Moved',
        label: 'Moved',
        total: 10_000,
        rows: [{ name: 'ring', value: 1500, className: 'a' }],
        marker: { value: 2000, label: 'expected' },
        format,
      },
      300,
    )
    expect(l.rows[0]!.textInside).toBe(false)
    expect(l.rows[0]!.textX).toBe(l.marker!.x + 4)
  })
})
