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
    if (id !== undefined) byLetter.set(letter, [...(byLetter.get(letter) ?? []), id])
  })
  return [...byLetter.keys()].sort().map((letter) => byLetter.get(letter)!)
}

/** "Network whole" or "Partitioned: n1 n2 | n3 n4 n5". */
export function describeNetwork(groupOf: readonly number[] | null, ids: readonly NodeId[]): string {
  if (groupOf === null) return t('network.whole')
  const groups = new Map<number, NodeId[]>()
  ids.forEach((id, i) => {
    const g = groupOf[i] ?? 0
    groups.set(g, [...(groups.get(g) ?? []), id])
  })
  const ordered = [...groups.keys()].sort((a, b) => a - b).map((g) => groups.get(g)!.join(' '))
  return t('network.partitioned', { groups: ordered.join(' | ') })
}
