/**
 * The membership matrix in words, in the current language: the summary a screen reader
 * hears (how many members, then what the live ones think of each member that is down or
 * doubted), and what one cell says under the pointer or the keyboard's focus.
 */

import { pmapGet } from '../../pmap'
import { t } from '../../../i18n'
import { formatTime } from '../../../render/charts/time-format'
import { CELL_UNKNOWN, type MembershipMatrix, type Tally } from './matrix-model'
import type { Status } from '../types'

/** Members listed by name in the summary, of those down and of those doubted, before "and N more". */
const LISTED = 8

const statusWord = (s: Status) => t(`swim.views.status.${s}`)

/** `n7: 11 of 11 live members think it dead`, `…: 4 of 11 … suspect, 2 dead`, or that none noticed. */
export function subjectText(id: string, tally: Tally, down: boolean): string {
  const parts = (['dead', 'suspect'] as const)
    .filter((s) => tally[s] > 0)
    .sort((a, b) => tally[b] - tally[a])
  const unheard = tally.unknown > 0 ? t('swim.views.matrix.unheard', { count: tally.unknown }) : ''
  if (parts.length === 0) {
    if (down) return t('swim.views.matrix.unnoticed', { node: id }) + unheard
    return t('swim.views.matrix.unknownTo', { node: id, count: tally.unknown, live: tally.live })
  }
  const [first, ...rest] = parts
  const also = rest.map((s) =>
    t('swim.views.matrix.also', { count: tally[s], status: statusWord(s) }),
  )
  return (
    t('swim.views.matrix.subject', {
      node: id,
      count: tally[first!],
      live: tally.live,
      status: statusWord(first!),
    }) +
    also.join('') +
    unheard
  )
}

/** The summary: the group, then a sentence per member that is down or that some live member doubts. */
export function matrixSummary(
  m: MembershipMatrix,
  tallies: readonly Tally[],
  atMs: number,
): string[] {
  const up = m.rows.filter((r) => r === 'up').length
  const members = m.rows.filter((r) => r !== 'absent').length
  const lines = [t('swim.views.matrix.headline', { count: members, up, at: formatTime(atMs) })]
  const down: number[] = []
  const doubted: number[] = []
  m.rows.forEach((row, j) => {
    const tally = tallies[j]!
    if (row === 'crashed') down.push(j)
    else if (row === 'up' && tally.suspect + tally.dead + tally.unknown > 0) doubted.push(j)
  })
  const doubt = (j: number) => tallies[j]!.suspect + tallies[j]!.dead
  doubted.sort((a, b) => doubt(b) - doubt(a) || a - b)
  for (const j of down.slice(0, LISTED)) lines.push(subjectText(m.ids[j]!, tallies[j]!, true))
  if (down.length > LISTED) {
    lines.push(t('swim.views.matrix.moreDown', { count: down.length - LISTED }))
  }
  for (const j of doubted.slice(0, LISTED)) lines.push(subjectText(m.ids[j]!, tallies[j]!, false))
  if (doubted.length > LISTED) {
    lines.push(t('swim.views.matrix.moreDoubted', { count: doubted.length - LISTED }))
  }
  if (doubted.length === 0 && up > 1) lines.push(t('swim.views.matrix.allAlive'))
  return lines
}

/** What the cell at (row, column) says: `n3 thinks n7 is suspect (incarnation 2)`. */
export function cellText(m: MembershipMatrix, row: number, column: number): string {
  const observer = m.ids[row]!
  const subject = m.ids[column]!
  if (m.rows[row] === 'crashed') return t('swim.views.cell.crashed', { observer })
  if (m.rows[row] === 'absent') return t('swim.views.cell.absent', { observer })
  const cell = m.cells[row * m.size + column]!
  const entry = pmapGet(m.tables[row]!, subject)
  if (cell === CELL_UNKNOWN || entry === undefined) {
    return t('swim.views.cell.unknown', { observer, subject })
  }
  const vars = { observer, subject, status: statusWord(entry.status), inc: entry.inc }
  return t(row === column ? 'swim.views.cell.self' : 'swim.views.cell.thinks', vars)
}
