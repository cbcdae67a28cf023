/**
 * The partition editor's model: one group letter per node. The world keeps a partition as
 * a group index per node (`groupOf`); the scenario keeps it as lists of node ids.
 */

import type { NodeId } from '../scenario/types'
import { t } from '../i18n'

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** Three groups are enough to draw most splits; a wider partition from a file gets more. */
export function groupLetters(groupOf: readonly number[] | null): string[] {
  const count = Math.max(3, ...(groupOf ?? []).map((g) => g + 1))
  return LETTERS.slice(0, Math.min(count, LETTERS.length)).split('')
}

/** The current partition as letters, or everyone in A when the network is whole. */
export function picksFromGroupOf(groupOf: readonly number[] | null, count: number): string[] {
  return Array.from({ length: count }, (_, i) => LETTERS[groupOf?.[i] ?? 0] ?? 'A')
}

/** The non-empty groups in letter order, as a `partition` input wants them. */
export function groupsFromPicks(picks: readonly string[], ids: readonly NodeId[]): NodeId[][] {
  const byLetter = new Map<string, NodeId[]>()
  picks.forEach((letter, i) => {
    const id = ids[i]
    if (id === undefined) return
    const group = byLetter.get(letter)
    if (group === undefined) byLetter.set(letter, [id])
    else group.push(id)
  })
  return [...byLetter.keys()].sort().map((letter) => byLetter.get(letter)!)
}

/** "Network whole" or "Partitioned: n1 n2 | n3 n4 n5". */
export function describeNetwork(groupOf: readonly number[] | null, ids: readonly NodeId[]): string {
  if (groupOf === null) return t('network.whole')
  const groups = new Map<number, NodeId[]>()
  ids.forEach((id, i) => {
    const g = groupOf[i] ?? 0
    const group = groups.get(g)
    if (group === undefined) groups.set(g, [id])
    else group.push(id)
  })
  // A large cluster's groups would be a thousand ids: they read as ranges.
  const write = ids.length > RANGES_ABOVE ? idRanges : (group: NodeId[]) => group.join(' ')
  const ordered = [...groups.keys()].sort((a, b) => a - b).map((g) => write(groups.get(g)!))
  return t('network.partitioned', { groups: ordered.join(' | ') })
}

/** Past this many nodes, groups are written and edited as ranges of ids. */
export const RANGES_ABOVE = 40

const number = (id: string) => Number(id.slice(1))

/** Ids as ranges where they run on: `n1-n500 n502 n504-n510`. */
export function idRanges(ids: readonly NodeId[]): string {
  const parts: string[] = []
  for (let i = 0; i < ids.length;) {
    let j = i
    while (j + 1 < ids.length && number(ids[j + 1]!) === number(ids[j]!) + 1) j++
    parts.push(j - i >= 2 ? `${ids[i]}-${ids[j]}` : ids.slice(i, j + 1).join(' '))
    i = j + 1
  }
  return parts.join(' ')
}
