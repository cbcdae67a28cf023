import { describe, expect, it } from 'vitest'
import { createSimulation, runUntil } from '../../../sim/kernel'
import { protocolLookup } from '../../registry'
import {
  CELL_UNKNOWN,
  cellOf,
  membershipMatrix,
  tallies,
  type MembershipMatrix,
} from './matrix-model'
import { paintMatrix, parseRgb, type MatrixPalette } from './matrix-paint'
import { cellText, matrixSummary } from './matrix-text'
import { swimSpreadView } from './spread-data'
import { layoutSpreadChart } from './spread-chart'
import type { Scenario } from '../../../scenario/types'
import type { SwimGhost } from '../invariants'

const SCENARIO: Scenario = {
  version: 1,
  protocol: 'swim',
  nodes: 12,
  seed: 1,
  params: { lossRate: 0.05 },
  inputs: [{ at: 5000, type: 'crash', node: 'n7' }],
}

function runTo(t: number) {
  const sim = createSimulation(SCENARIO, protocolLookup.get('swim')!, { keepTrace: false })
  runUntil(sim.ctx, sim.world, t)
  return sim
}

describe('the membership matrix', () => {
  it('reads every live member’s table, and greys the crashed one', () => {
    const before = membershipMatrix(runTo(4000).world.nodes)
    expect(before.rows.every((r) => r === 'up')).toBe(true)
    expect([...before.cells].every((c) => c === cellOf('alive'))).toBe(true)
    expect(matrixSummary(before, tallies(before), 4000)).toEqual([
      'At 4.000 s: 12 members, 12 up',
      'Every live member thinks every other live member alive',
    ])

    // Long after the crash: every live member has n7 dead (detected at 8.3 s in this run).
    const sim = runTo(15_000)
    const m = membershipMatrix(sim.world.nodes)
    expect(m.rows[6]).toBe('crashed')
    expect(tallies(m)[6]).toEqual({ live: 11, unknown: 0, alive: 0, suspect: 0, dead: 11 })
    expect(matrixSummary(m, tallies(m), 15_000)).toContain(
      'n7: 11 of 11 live members think it dead',
    )
    expect(cellText(m, 2, 6)).toBe('n3 thinks n7 is dead (incarnation 0)')
    expect(cellText(m, 2, 2)).toBe('n3 thinks itself alive (incarnation 0)')
    expect(cellText(m, 6, 2)).toBe('n7 is down: it holds no view')
  })

  it('says who doubts a live member, and when a crash is not noticed yet', () => {
    const m: MembershipMatrix = {
      size: 3,
      ids: ['n1', 'n2', 'n3'],
      rows: ['up', 'up', 'crashed'],
      cells: Uint8Array.from([1, 2, 1, 1, 1, 1, 0, 0, 0]),
      tables: [null, null, null],
    }
    expect(matrixSummary(m, tallies(m), 0)).toEqual([
      'At 0.000 s: 3 members, 2 up',
      'n3 is down; no live member has noticed yet',
      'n2: 1 of 1 live members think it suspect',
    ])
  })
})

describe('painting the matrix', () => {
  const colour = (v: number) => [v, v, v] as const
  const palette: MatrixPalette = {
    cells: [colour(10), colour(20), colour(30), colour(40)],
    crashed: colour(50),
    absent: colour(60),
  }
  const m: MembershipMatrix = {
    size: 4,
    ids: ['n1', 'n2', 'n3', 'n4'],
    rows: ['up', 'up', 'crashed', 'up'],
    // n1 thinks n4 dead; n2 has not heard of n3.
    cells: Uint8Array.from([1, 1, 1, 3, 1, 1, CELL_UNKNOWN, 1, 0, 0, 0, 0, 1, 1, 1, 1]),
    tables: [],
  }
  const grey = (side: number) => {
    const out = new Uint8ClampedArray(side * side * 4)
    paintMatrix(m, palette, side, out)
    return Array.from({ length: side * side }, (_, k) => out[4 * k])
  }

  it('gives each cell its pixels while they fit', () => {
    expect(grey(8).slice(0, 8)).toEqual([20, 20, 20, 20, 20, 20, 40, 40])
    expect(grey(4)).toEqual([20, 20, 20, 40, 20, 20, 10, 20, 50, 50, 50, 50, 20, 20, 20, 20])
  })

  it('shows the gravest cell of a block when they do not', () => {
    // Top right: n1 thinks n4 dead; bottom left: n3's row is down.
    expect(grey(2)).toEqual([20, 40, 50, 50])
  })

  it('reads the colours as getComputedStyle writes them', () => {
    expect(parseRgb('rgb(185, 224, 204)')).toEqual([185, 224, 204])
    expect(parseRgb('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3])
  })
})

describe('the dissemination view of a SWIM run', () => {
  it('draws the run and the model from the first suspicion and the first death', () => {
    const sim = runTo(15_000)
    const view = swimSpreadView(
      SCENARIO,
      sim.ctx.params,
      sim.world.ghost as SwimGhost,
      { seenUntil: 15_000, cursor: 15_000 },
      0,
    )
    expect(view.choices.map((c) => c.label)).toEqual(['n7, crashed at 5.000 s'])
    expect(view.lines[0]).toBe('n7 crashed at 5.000 s.')
    expect(view.lines.at(-1)).toMatch(/^Every live member had it dead at [\d.]+ s: detected/)
    const chart = view.chart!
    expect(chart.label).toMatch(/At 15\.0 s: suspect or dead 100%, dead 100%$/)
    const layout = layoutSpreadChart(chart, 320)
    expect(layout.runs.map((r) => r.key)).toEqual(['suspect', 'dead'])
    expect(layout.models.map((r) => r.key)).toEqual(['suspect', 'dead'])
    for (const path of [...layout.runs, ...layout.models]) expect(path.d).toMatch(/^M[\d.]+,/)
  })

  it('asks for a crash when the run has none', () => {
    const sim = runTo(1000)
    const view = swimSpreadView(
      { ...SCENARIO, inputs: [] },
      sim.ctx.params,
      sim.world.ghost as SwimGhost,
      { seenUntil: 1000, cursor: 1000 },
      0,
    )
    expect(view.chart).toBeNull()
    expect(view.empty).toMatch(/^No member crashes in this run/)
  })
})
