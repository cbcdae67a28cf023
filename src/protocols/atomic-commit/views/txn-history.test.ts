import { describe, expect, it } from 'vitest'
import { Timeline } from '../../../timeline/timeline'
import { protocolLookup } from '../../registry'
import { THREE_PHASE_GALLERY, TWO_PHASE_GALLERY, TWO_PHASE_VARIANT_GALLERY } from '../gallery'
import { txnTableAt } from './txn-history'
import type { Span, TxnCell, TxnTable } from './txn-model'
import type { Preset } from '../../../scenario/preset'

const stories = [...TWO_PHASE_GALLERY, ...TWO_PHASE_VARIANT_GALLERY, ...THREE_PHASE_GALLERY]
const story = (id: string) => stories.find((p) => p.id === id)!
const timelineOf = (p: Preset) => new Timeline(p.scenario, protocolLookup.get(p.scenario.protocol)!)

/** A cell as `state from–to`, `!` for blocked, `↓` for down, `…` for still so at the cursor. */
const brief = (cell: TxnCell | null) =>
  cell?.spans.map(
    (s: Span) =>
      `${s.state}${s.blocked ? '!' : ''}${s.down ? '↓' : ''} ${s.from}–${s.to}${s.open ? '…' : ''}`,
  ) ?? null

const cellsOf = (table: TxnTable, row = 0) => {
  const r = table.rows[row]!
  return Object.fromEntries([r.coordinator, ...r.cells].map((c, i) => [c?.node ?? i, brief(c)]))
}

describe('the transaction table of a run', () => {
  it('2pc-blocking: n2, n3 and n4 prepare, then are blocked while n1 is down', () => {
    const table = txnTableAt(timelineOf(story('2pc-blocking')), 1000)
    expect(table.coordinator).toBe('n1')
    expect(table.participants).toEqual(['n2', 'n3', 'n4'])
    expect(table.rows.map((r) => [r.id, r.keys, r.outcome, r.decision])).toEqual([
      ['T1', ['x', 'y', 'z'], 'undecided', null],
    ])
    expect(cellsOf(table)).toEqual({
      n1: ['voting 123–160', 'forgotten↓ 160–1000…'],
      n2: ['working 123–133', 'prepared 133–333', 'prepared! 333–1000…'],
      n3: ['working 123–144', 'prepared 144–344', 'prepared! 344–1000…'],
      n4: ['working 123–153', 'prepared 153–353', 'prepared! 353–1000…'],
    })
  })

  it('2pc-blocking: after n1 restarts at 1.5 s they learn abort; the retry logs it', () => {
    const table = txnTableAt(timelineOf(story('2pc-blocking')), 2500)
    const row = table.rows[0]!
    expect(row.outcome).toBe('aborted')
    expect(row.decision).toEqual({ value: 'abort', at: 1710 })
    expect(cellsOf(table)).toEqual({
      n1: ['voting 123–160', 'forgotten↓ 160–1500', 'forgotten 1500–1710', 'aborted 1710–2500…'],
      n2: ['working 123–133', 'prepared 133–333', 'prepared! 333–1582', 'aborted 1582–2500…'],
      n3: ['working 123–144', 'prepared 144–344', 'prepared! 344–1583', 'aborted 1583–2500…'],
      n4: ['working 123–153', 'prepared 153–353', 'prepared! 353–1593', 'aborted 1593–2500…'],
    })
  })

  it('3pc-partition: n2 and n3 pre-commit and commit, n4 aborts alone: split', () => {
    const table = txnTableAt(timelineOf(story('3pc-partition')), 900)
    const row = table.rows[0]!
    expect(row.outcome).toBe('split')
    expect(row.decision).toEqual({ value: 'commit', at: 375 })
    expect(row.cells.map((c) => c!.spans.map((s) => s.state))).toEqual([
      ['working', 'prepared', 'precommitted', 'committed'],
      ['working', 'prepared', 'precommitted', 'committed'],
      ['working', 'prepared', 'aborted'],
    ])
    expect(brief(row.coordinator)).toEqual([
      'voting 123–175',
      'precommitting 175–375',
      'committed 375–900…',
    ])
    // Three-phase commit never blocks.
    expect(row.cells.some((c) => c!.spans.some((s) => s.blocked))).toBe(false)
  })

  it('2pc-commit and 2pc-abort: everyone ends one way, after the logged decision', () => {
    const commit = txnTableAt(timelineOf(story('2pc-commit')), 260).rows[0]!
    expect(commit.outcome).toBe('committed')
    expect(commit.decision?.value).toBe('commit')
    expect(commit.cells.every((c) => c!.spans.at(-1)!.state === 'committed')).toBe(true)
    const abort = txnTableAt(timelineOf(story('2pc-abort')), 260).rows[0]!
    expect(abort.outcome).toBe('aborted')
    expect(abort.cells.every((c) => c!.spans.at(-1)!.state === 'aborted')).toBe(true)
  })

  it('2pc-volatile-decision: the restarted coordinator has no record of its commit', () => {
    const row = txnTableAt(timelineOf(story('2pc-volatile-decision')), 600).rows[0]!
    expect(row.outcome).toBe('split')
    expect(brief(row.coordinator)).toEqual([
      'voting 123–175',
      'committed 175–180',
      'committed↓ 180–300',
      'forgotten 300–600…',
    ])
  })

  it('2pc-cooperative: n4, never prepared, aborts when asked; n2 and n3 abort after it', () => {
    const row = txnTableAt(timelineOf(story('2pc-cooperative')), 700).rows[0]!
    expect(brief(row.cells[2]!)).toEqual(['working 123–351', 'aborted 351–700…'])
    expect(row.cells.slice(0, 2).every((c) => c!.spans.some((s) => s.blocked))).toBe(true)
  })

  it('has no rows before the coordinator begins a transaction', () => {
    expect(txnTableAt(timelineOf(story('2pc-commit')), 100).rows).toEqual([])
  })
})

describe.each(stories.map((p) => [p.id, p] as const))('%s', (_id, p) => {
  const cursors = [0, 130, 175, 350, p.t, 1600, 2500]

  it('cut at any cursor, equals the table recorded only that far', () => {
    const long = timelineOf(p)
    txnTableAt(long, 3000)
    for (const cursor of cursors) {
      expect(txnTableAt(long, cursor)).toEqual(txnTableAt(timelineOf(p), cursor))
    }
  })

  it('has cells whose spans follow each other up to the cursor, the last one open', () => {
    const timeline = timelineOf(p)
    for (const cursor of cursors) {
      for (const row of txnTableAt(timeline, cursor).rows) {
        for (const cell of [row.coordinator, ...row.cells]) {
          if (cell === null) continue
          const spans = cell.spans
          expect(spans[0]!.from).toBe(row.start)
          spans.forEach((s, i) => {
            expect(s.to).toBe(spans[i + 1]?.from ?? cursor)
            expect(s.open).toBe(i === spans.length - 1)
          })
        }
      }
    }
  })
})
