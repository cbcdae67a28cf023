/**
 * The ring in words, in the current language: the summary under the ring (what a screen
 * reader hears of it), and what a key's dot says under the pointer.
 */

import { getLocale, t } from '../../../i18n'
import type { ChangeComparison } from './ring-compare'
import type { KeyDot, RingPicture } from './ring-model'

/** A count with the language's digit grouping: `10,000`, `10.000`. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString(getLocale())
}

/** "5 nodes, 8 tokens each, 3 stored keys; last join (n5): 1,912 of 10,000 keys moved …" */
export function ringSummary(picture: RingPicture, change: ChangeComparison | null): string {
  if (picture.members.length === 0) return t('ring.empty')
  const parts = [
    [
      t('ring.nodes', { count: picture.members.length }),
      t('ring.tokens', { count: picture.vnodes }),
      t('ring.stored', { count: picture.keys.length }),
    ].join(', '),
    change === null ? t('ring.noChange') : changeText(change),
  ]
  if (picture.stale.length > 0) parts.push(t('ring.stale', { nodes: picture.stale.join(', ') }))
  return parts.join('; ')
}

function changeText(c: ChangeComparison): string {
  return t(c.type === 'join' ? 'ring.lastJoin' : 'ring.lastLeave', {
    node: c.node,
    moved: formatCount(c.movedRing),
    keys: formatCount(c.keys),
    expected: formatCount(c.expected),
    modN: formatCount(c.movedModN),
  })
}

/** Who holds a key: its stores, then its hints (`n4 (hint for n2)`). */
export function holdersText(dot: KeyDot): string {
  const all = [...dot.holders, ...dot.hints.map((h) => t('ring.key.hint', h))]
  return all.length === 0 ? t('ring.key.nobody') : all.join(', ')
}

export function keyTitle(dot: KeyDot): string {
  let text = t('ring.key.title', {
    key: dot.key,
    owner: dot.owner,
    preference: dot.preference.join(', '),
    holders: holdersText(dot),
  })
  for (const m of dot.moving) text += t('ring.key.moving', m)
  if (dot.movedFrom !== null) text += t('ring.key.movedFrom', { node: dot.movedFrom })
  return text
}
