import { describe, expect, it } from 'vitest'
import { createSimulation, runUntil } from '../../../sim/kernel'
import { protocolLookup } from '../../registry'
import { crashAfterMap, straggler } from '../gallery/stories'
import { boardAt } from './board-model'
import { layoutBoard, ROW_PX } from './board-layout'
import { summaryText } from './board-text'
import type { MapReduceGhost } from '../invariants'
import type { Scenario } from '../../../scenario/types'

function boardOf(scenario: Scenario, t: number) {
  const sim = createSimulation(scenario, protocolLookup.get('mapreduce')!)
  runUntil(sim.ctx, sim.world, t)
  return boardAt(sim.world.ghost as MapReduceGhost, t)
}

const kinds = (row: { spans: readonly { kind: string }[] }) => row.spans.map((s) => s.kind)

describe('the task board', () => {
  it('has a row per task, each span of one state up to the cursor', () => {
    const board = boardOf(crashAfterMap.scenario, 3000)
    expect(board.rows.map((r) => r.name)).toEqual([
      'map 1',
      'map 2',
      'map 3',
      'map 4',
      'map 5',
      'map 6',
      'reduce 1',
      'reduce 2',
    ])
    for (const row of board.rows) {
      expect(row.spans[0]!.from).toBe(0)
      expect(row.spans.at(-1)!.to).toBe(3000)
      row.spans.slice(1).forEach((s, i) => expect(s.from).toBe(row.spans[i]!.to))
    }
    expect(board.doneAt).toBe(1912)
  })

  it('marks a completed map task lost with its worker, and its second run as a re-execution', () => {
    const board = boardOf(crashAfterMap.scenario, 3000)
    const map2 = board.rows[1]!
    expect(kinds(map2)).toEqual(['idle', 'running', 'completed', 'redo', 'completed'])
    expect(map2.lostAt).toEqual([1200])
    expect(kinds(board.rows[0]!)).toEqual(['idle', 'running', 'completed'])
    expect(summaryText(board)).toBe(
      'At 3.00 s: 6 of 6 map tasks and 2 of 2 reduce tasks completed. Run again after a ' +
        'worker failed: map 2, map 5, reduce 2. The job finished at 1.91 s.',
    )
  })

  it('shows a backup copy beside a straggler', () => {
    const board = boardOf(straggler.scenario, 1700)
    expect(board.rows.some((r) => kinds(r).includes('backup'))).toBe(true)
    expect(board.doneAt).toBeNull()
  })

  it('is cut at an earlier cursor: before the failure, nothing is lost yet', () => {
    const board = boardOf(crashAfterMap.scenario, 1000)
    expect(board.rows[1]!.now).toMatchObject({ state: 'completed', workers: ['n3'] })
    expect(board.rows.flatMap((r) => r.lostAt)).toEqual([])
    expect(board.rows.every((r) => r.spans.at(-1)!.to === 1000)).toBe(true)
    expect(boardAt(null, 0).rows).toEqual([])
  })

  it('lays spans out left to right on one time scale, with the cursor where it is', () => {
    const board = boardOf(crashAfterMap.scenario, 1500)
    const l = layoutBoard(board, 3000, 464)
    expect(l.heightPx).toBe(8 * ROW_PX)
    expect(l.cursorPx).toBe(Math.round(l.x(1500) * 10) / 10)
    expect(l.losses.map((x) => x.y)).toEqual([ROW_PX, 4 * ROW_PX, 7 * ROW_PX])
    for (const bar of l.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(l.cursorPx + 1)
    expect(l.ticks.map((t) => t.label)).toContain('1.0 s')
  })
})
