import { afterEach, describe, expect, it } from 'vitest'
import { setLocale } from '../../../i18n'
import { cellText, noKeyText, rowText, seconds, summaryText } from './txn-text'
import type { Span, TxnCell, TxnRow, TxnTable } from './txn-model'

const span = (from: number, to: number, state: Span['state'], more: Partial<Span> = {}): Span => ({
  from,
  to,
  state,
  blocked: false,
  down: false,
  open: false,
  ...more,
})

const n2: TxnCell = {
  node: 'n2',
  spans: [
    span(123, 133, 'working'),
    span(133, 341, 'prepared'),
    span(341, 1500, 'prepared', { blocked: true }),
    span(1500, 2500, 'aborted', { open: true }),
  ],
}

const n1: TxnCell = {
  node: 'n1',
  spans: [
    span(123, 160, 'voting'),
    span(160, 1500, 'forgotten', { down: true }),
    span(1500, 1710, 'forgotten'),
    span(1710, 2500, 'aborted', { open: true }),
  ],
}

const row = (outcome: TxnRow['outcome'], cells: TxnRow['cells'] = [n2]): TxnRow => ({
  id: 'T1',
  start: 123,
  keys: ['x', 'y'],
  participants: ['n2'],
  decision: null,
  coordinator: n1,
  cells,
  outcome,
})

const table = (rows: TxnRow[]): TxnTable => ({
  cursor: 2500,
  coordinator: 'n1',
  participants: ['n2'],
  rows,
})

describe('the transaction view in words', () => {
  afterEach(() => setLocale('en'))

  it('reads a participant cell from its prepare on, blocked and down by name', () => {
    expect(cellText('T1', n2, false)).toBe(
      'n2: T1 prepared 0.133–0.341 s, blocked 0.341–1.5 s, aborted from 1.5 s',
    )
    const waiting: TxnCell = { node: 'n4', spans: [span(123, 200, 'working', { open: true })] }
    expect(cellText('T1', waiting, false)).toBe('n4: T1 working from 0.123 s')
    setLocale('de')
    expect(cellText('T1', n2, false)).toBe(
      'n2: T1 vorbereitet 0,133–0,341 s, blockiert 0,341–1,5 s, abgebrochen ab 1,5 s',
    )
  })

  it('reads the coordinator cell with its logged decision', () => {
    expect(cellText('T1', n1, true)).toBe(
      'n1: T1 voting 0.123–0.16 s, down 0.16–1.5 s, no record 1.5–1.71 s, abort logged from 1.71 s',
    )
  })

  it('names a participant the transaction has no key on, and the row', () => {
    expect(noKeyText('T1', 'n3')).toBe('n3: no key of T1')
    expect(rowText(row('aborted'))).toBe('T1 (x, y), begun at 0.123 s: aborted')
  })

  it('sums the table up, with who is blocked at the cursor', () => {
    const blocked: TxnCell = {
      node: 'n2',
      spans: [span(133, 500, 'prepared', { blocked: true, open: true })],
    }
    expect(summaryText(table([row('committed'), row('undecided', [blocked])]))).toBe(
      '2 transactions: 1 committed, 1 undecided. Blocked now: n2 (T1).',
    )
    expect(summaryText(table([row('split')]))).toBe(
      '1 transaction: 1 split (committed at some participants, aborted at others).',
    )
  })

  it('writes seconds to the millisecond without trailing zeros', () => {
    expect([seconds(133), seconds(1500), seconds(2000), seconds(0)]).toEqual([
      '0.133',
      '1.5',
      '2',
      '0',
    ])
  })
})
