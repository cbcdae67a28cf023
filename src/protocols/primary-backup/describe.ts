/**
 * A node as the CLI's JSON and the cluster view see it: the view it knows (its number,
 * primary and backup) and its store; the view service's store is empty.
 */

import type { Durable, PbContext } from './types'

export function roleOf(c: PbContext): string {
  if (c.kind === 'service') return 'view service'
  if (c.view.primary === c.id) return 'primary'
  if (c.view.backup === c.id) return 'backup'
  return 'idle'
}

export function describeNode(c: PbContext) {
  const base = {
    view: c.view.num,
    primary: c.view.primary,
    backup: c.view.backup,
    acked: c.acked,
  }
  if (c.kind === 'service') return { ...base, store: {} }
  return { ...base, applied: c.applied, store: c.store }
}

/** What a crashed node keeps: the view service its view; a server nothing but its count. */
export function describeCrashed(d: Durable | null) {
  if (d?.kind === 'service') {
    return {
      view: d.view.num,
      primary: d.view.primary,
      backup: d.view.backup,
      acked: d.acked,
      store: {},
    }
  }
  return { view: 0, primary: null, backup: null, acked: false, applied: 0, store: {} }
}
