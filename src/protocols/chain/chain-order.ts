/** Where a server stands in a configuration: its predecessor, successor and role. */

import type { Member, ServerContext } from './types'

export function indexIn(members: readonly Member[], id: string): number {
  return members.findIndex((m) => m.id === id)
}

export function predecessorIn(members: readonly Member[], id: string): string | null {
  const i = indexIn(members, id)
  return i > 0 ? members[i - 1]!.id : null
}

export function successorIn(members: readonly Member[], id: string): string | null {
  const i = indexIn(members, id)
  return i >= 0 && i < members.length - 1 ? members[i + 1]!.id : null
}

export const predecessor = (c: ServerContext) => (c.placed ? predecessorIn(c.members, c.id) : null)
export const successor = (c: ServerContext) => (c.placed ? successorIn(c.members, c.id) : null)

export const head = (members: readonly Member[]) => members[0]?.id ?? null
export const tail = (members: readonly Member[]) => members.at(-1)?.id ?? null

export const isHead = (c: ServerContext) => c.placed && head(c.members) === c.id
export const isTail = (c: ServerContext) => c.placed && tail(c.members) === c.id

/** head, middle or tail; a lone server is the head (and its own tail); idle when unplaced. */
export function serverRole(c: ServerContext): 'head' | 'middle' | 'tail' | 'idle' {
  if (!c.placed) return 'idle'
  if (isHead(c)) return 'head'
  return isTail(c) ? 'tail' : 'middle'
}

export const lastSeq = (c: { readonly hist: readonly { readonly seq: number }[] }) =>
  c.hist.at(-1)?.seq ?? 0

/** Whether this server may answer reads: placed, filled, and within its lease. */
export const leased = (c: ServerContext) => c.placed && c.filled && c.tick < c.leaseUntil

/** The chain as ids. */
export const order = (members: readonly Member[]) => members.map((m) => m.id)
