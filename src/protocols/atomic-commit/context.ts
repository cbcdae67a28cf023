/**
 * An atomic-commit node's context as it starts: `n1` is the coordinator, with its decision
 * log from disk (none in the volatile-decision variant); the others are participants, with
 * their transaction records and store from disk.
 */

import type { CommitContext, Durable, Options } from './types'

const number = (id: string) => Number(id.slice(1))

export interface StartArgs extends Options {
  readonly id: string
  readonly peers: readonly string[]
  readonly durable: Durable | null
}

export function startContext(a: StartArgs): CommitContext {
  const all = [...a.peers, a.id].sort((x, y) => number(x) - number(y))
  const coordinator = all[0]!
  const participants = all.slice(1)
  // The options are written out in each literal, not spread into it: V8 builds an object
  // spread into and then added to slowly, and every start of a node makes one.
  if (a.id === coordinator) {
    const d = a.durable?.kind === 'coordinator' ? a.durable : null
    return {
      threePhase: a.threePhase,
      timeoutMs: a.timeoutMs,
      noVoteRate: a.noVoteRate,
      cooperative: a.cooperative,
      variant: a.variant,
      kind: 'coordinator',
      id: a.id,
      participants,
      log: a.variant === 'volatile-decision' ? {} : (d?.log ?? {}),
      sessions: d?.sessions ?? {},
      counter: d?.counter ?? 0,
      active: [],
    }
  }
  const d = a.durable?.kind === 'participant' ? a.durable : null
  return {
    threePhase: a.threePhase,
    timeoutMs: a.timeoutMs,
    noVoteRate: a.noVoteRate,
    cooperative: a.cooperative,
    variant: a.variant,
    kind: 'participant',
    id: a.id,
    coordinator,
    participants,
    txns: d?.txns ?? [],
    store: d?.store ?? {},
    forced: null,
    blocked: [],
    heard: {},
  }
}

export function durableOf(c: CommitContext): Durable {
  if (c.kind === 'coordinator') {
    return { kind: 'coordinator', log: c.log, sessions: c.sessions, counter: c.counter }
  }
  return { kind: 'participant', txns: c.txns, store: c.store }
}
