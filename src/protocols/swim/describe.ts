/**
 * A member as the CLI's JSON and the accessible names see it: `alive` while up, what it
 * thinks of every member it knows (`members`, by id) and its incarnation; a gossip member
 * shows the rumour it holds.
 */

import { pmapForEach } from '../pmap'
import type { Durable, Status } from './types'
import type { MemberContext } from './machine'

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1))

export function membersOf(c: MemberContext): Record<string, Status> {
  if (c.kind === 'gossip') return {}
  const ids: string[] = []
  const status: Record<string, Status> = {}
  pmapForEach(c.members, (id, m) => {
    ids.push(id)
    status[id] = m.status
  })
  const out: Record<string, Status> = {}
  for (const id of ids.sort(byNumber)) out[id] = status[id]!
  return out
}

export function describeMember(c: MemberContext) {
  if (c.kind === 'gossip') {
    return {
      members: {},
      incarnation: 0,
      rumor: c.key === null ? null : { key: c.key, value: c.value, version: c.version },
    }
  }
  return { members: membersOf(c), incarnation: c.incarnation }
}

export function describeCrashed(d: Durable | null) {
  return { members: {}, incarnation: d?.incarnation ?? 0 }
}
