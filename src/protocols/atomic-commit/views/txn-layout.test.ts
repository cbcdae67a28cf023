import { describe, expect, it } from 'vitest'
import { spanBars, stripWidthPx, timeWindow, STRIP_HEIGHT_PX } from './txn-layout'
import type { Span, TxnCell, TxnTable } from './txn-model'

const span = (from: number, to: number, more: Partial<Span> = {}): Span => ({
  from,
  to,
  state: 'prepared',
  blocked: false,
  down: false,
  open: false,
  ...more,
})

const cell: TxnCell = {
  node: 'n2',
  spans: [
    span(100, 200, { state: 'working' }),
    span(200, 600, { blocked: true }),
    span(600, 900, { down: true }),
    span(900, 1100, { state: 'aborted', open: true }),
  ],
}

const table: TxnTable = {
  cursor: 1100,
  coordinator: 'n1',
  participants: ['n2'],
  rows: [
    {
      id: 'T1',
      start: 100,
      keys: ['x'],
      participants: ['n2'],
      decision: null,
      coordinator: { node: 'n1', spans: [span(100, 1100, { state: 'voting', open: true })] },
      cells: [cell],
      outcome: 'undecided',
    },
  ],
}

describe('the transaction view layout', () => {
  it('spans the first start to as far as was seen, the cursor inside', () => {
    const w = timeWindow(table, 2100, 104)
    expect(w.x.domain()).toEqual([100, 2100])
    expect(w.cursorPx).toBe(52)
    for (const tick of w.ticks) {
      expect(tick.px).toBeGreaterThanOrEqual(18)
      expect(tick.px).toBeLessThanOrEqual(104 - 18)
    }
    expect(w.ticks.map((tick) => tick.label)).toEqual(['1 s'])
  })

  it('gives a run just begun a window of at least 200 ms', () => {
    expect(timeWindow({ ...table, cursor: 150 }, 150, 100).x.domain()).toEqual([100, 300])
  })

  it('lays each span out as a bar: blocked by class, down thin, a click going to its start', () => {
    const bars = spanBars(cell, timeWindow(table, 1100, 104), false)
    expect(bars.map((b) => [b.x, b.width, b.className, b.from])).toEqual([
      [2, 10, 's-working', 100],
      [12, 40, 'blocked', 200],
      [52, 30, 'down', 600],
      [82, 20, 's-aborted', 900],
    ])
    expect(bars[2]!.height).toBeLessThan(bars[1]!.height)
    expect(bars[1]!.height).toBe(STRIP_HEIGHT_PX - 2)
    expect(bars[1]!.title).toBe('blocked 0.2–0.6 s')
  })

  it('shares the width out among the columns, within bounds', () => {
    expect(stripWidthPx(300, 4)).toBe(75)
    expect(stripWidthPx(100, 4)).toBe(48)
    expect(stripWidthPx(2000, 2)).toBe(220)
  })
})
