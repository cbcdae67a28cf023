/**
 * Raft's safety properties (Figure 3 of the extended paper), checked after every step of
 * every node. The checker keeps ghost state that nodes forget: who led each term, what
 * was committed and applied at each index, and a hash chain over each node's log, so that
 * each check costs only what changed. Arrays in the ghost are replaced, never mutated, so
 * a checkpoint shares them.
 */

import { at as itemAt, emptyList, push, toArray, truncate, type SharedList } from '../shared-list'
import type { InvariantChecker, Violation } from '../../sim/protocol'
import { entryAt } from './log'
import type { Log } from './log'
import type { Entry, RaftContext } from './types'

export interface RaftNode {
  readonly role: string
  readonly context: RaftContext
}

export interface RaftGhost {
  /** Leader of each term seen so far. */
  leaders: Readonly<Record<number, string>>
  /** Per node: its last seen log and the chain hash of each prefix of it. */
  logs: readonly { readonly log: Log; readonly chain: SharedList<number> }[]
  /** Hash of the entry first committed at each index (position 0 is index 1), and the
   * term of the node that first saw it committed. */
  committed: SharedList<number>
  committedIn: SharedList<number>
  /** Hash of the entry first applied at each index, and by whom. */
  applied: SharedList<number>
  appliedBy: SharedList<string>
  reported: Readonly<Record<string, true>>
}

const entryHashes = new WeakMap<Entry, number>()

function hashString(s: string, seed: number): number {
  let h = seed ^ 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

export function entryHash(e: Entry): number {
  let h = entryHashes.get(e)
  if (h === undefined) {
    const c = e.command
    h = hashString(`${e.term}|${c.op}|${c.key}|${c.value}|${c.client}|${c.seq}`, 0)
    entryHashes.set(e, h)
  }
  return h
}

/** Chain hashes of a log, reusing the old chain up to the first entry that changed. */
function chainOf(old: { log: Log; chain: SharedList<number> }, log: Log) {
  const limit = Math.min(old.log.length, log.length)
  // Versions of one log share their array up to where they part.
  let same = old.log.items === log.items ? limit : 0
  while (same < limit && itemAt(old.log, same) === itemAt(log, same)) same++
  let chain = truncate(old.chain, same)
  for (let i = same; i < log.length; i++) {
    const prev = i === 0 ? 0 : itemAt(chain, i - 1)!
    chain = push(chain, Math.imul(prev ^ entryHash(itemAt(log, i)!), 0x5bd1e995) ^ (i + 1))
  }
  return { chain, firstChanged: same }
}

type Check = (ghost: RaftGhost, at: number, id: string, b: RaftNode | null, a: RaftNode) => void

export function createRaftInvariants(
  nodeOf: (state: unknown) => RaftNode,
  ids: (count: number) => readonly string[],
): InvariantChecker<unknown, RaftGhost> {
  /** Nearly every check finds nothing: then it answers this one empty list. */
  const NONE: Violation[] = []
  let found: Violation[] = NONE
  let all: readonly { readonly state: unknown }[] = []
  let names: readonly string[] = []

  const report = (g: RaftGhost, key: string, v: Violation) => {
    if (g.reported[key]) return
    g.reported = { ...g.reported, [key]: true }
    if (found === NONE) found = []
    found.push(v)
  }

  const electionSafety: Check = (g, at, id, b, a) => {
    if (
      a.role !== 'leader' ||
      (b?.role === 'leader' && b.context.currentTerm === a.context.currentTerm)
    )
      return
    const term = a.context.currentTerm
    const other = g.leaders[term]
    if (other === undefined) g.leaders = { ...g.leaders, [term]: id }
    else if (other !== id) {
      report(g, `es:${term}`, {
        invariant: 'Election Safety',
        at,
        nodes: [other, id],
        message: `${other} and ${id} are both leaders of term ${term}`,
      })
    }
  }

  const leaderAppendOnly: Check = (g, at, id, b, a) => {
    if (b === null || b.role !== 'leader' || a.role !== 'leader') return
    if (b.context.currentTerm !== a.context.currentTerm || b.context.log === a.context.log) return
    const old = b.context.log
    const now = a.context.log
    for (let i = 0; i < old.length; i++) {
      if (itemAt(now, i) === itemAt(old, i)) continue
      report(g, `lao:${id}:${a.context.currentTerm}:${i + 1}`, {
        invariant: 'Leader Append-Only',
        at,
        nodes: [id],
        message: `${id}, leader of term ${a.context.currentTerm}, removed or overwrote entry ${i + 1} of its own log`,
      })
      return
    }
  }

  const logMatching = (g: RaftGhost, at: number, me: number, firstChanged: number) => {
    const mine = g.logs[me]!
    for (let other = 0; other < g.logs.length; other++) {
      if (other === me || all[other]!.state === null) continue
      const theirs = g.logs[other]!
      const end = Math.min(mine.log.length, theirs.log.length)
      for (let i = firstChanged; i < end; i++) {
        const term = itemAt(mine.log, i)!.term
        if (term !== itemAt(theirs.log, i)!.term) continue
        if (itemAt(mine.chain, i) === itemAt(theirs.chain, i)) continue
        const [x, y] = [names[me]!, names[other]!].sort()
        report(g, `lm:${x}:${y}:${i + 1}:${term}`, {
          invariant: 'Log Matching',
          at,
          nodes: [x!, y!],
          message: `${x} and ${y} both hold an entry of term ${term} at index ${i + 1}, but their logs differ up to it`,
        })
        break
      }
    }
  }

  const recordCommits = (g: RaftGhost, a: RaftNode) => {
    const { log, commitIndex, currentTerm } = a.context
    for (let i = g.committed.length; i < commitIndex; i++) {
      g.committed = push(g.committed, entryHash(entryAt(log, i + 1)!))
      g.committedIn = push(g.committedIn, currentTerm)
    }
  }

  const leaderCompleteness = (g: RaftGhost, at: number, id: string, a: RaftNode) => {
    const { log, currentTerm } = a.context
    for (let i = 0; i < g.committed.length; i++) {
      // Only leaders of later terms must hold it; a deposed leader may not know yet.
      if (itemAt(g.committedIn, i)! >= currentTerm) continue
      const entry = entryAt(log, i + 1)
      if (entry !== undefined && entryHash(entry) === itemAt(g.committed, i)) continue
      report(g, `lc:${id}:${currentTerm}:${i + 1}`, {
        invariant: 'Leader Completeness',
        at,
        nodes: [id],
        message: `${id} leads term ${currentTerm} without the entry committed at index ${i + 1}`,
      })
      return
    }
  }

  const stateMachineSafety: Check = (g, at, id, b, a) => {
    const from = b?.context.lastApplied ?? 0
    const to = a.context.lastApplied
    if (to <= from) return
    for (let i = from; i < to; i++) {
      const h = entryHash(entryAt(a.context.log, i + 1)!)
      if (i >= g.applied.length) {
        g.applied = push(g.applied, h)
        g.appliedBy = push(g.appliedBy, id)
      } else if (itemAt(g.applied, i) !== h) {
        const first = itemAt(g.appliedBy, i)!
        report(g, `sms:${id}:${i + 1}`, {
          invariant: 'State Machine Safety',
          at,
          nodes: [first, id],
          message: `${id} applied a different command at index ${i + 1} than ${first} did`,
        })
      }
    }
  }

  return {
    init: (count) => ({
      leaders: {},
      logs: Array.from({ length: count }, () => ({ log: emptyList, chain: emptyList })),
      committed: emptyList,
      committedIn: emptyList,
      applied: emptyList,
      appliedBy: emptyList,
      reported: {},
    }),
    clone: (g) => ({ ...g }),
    digest: (g) => ({
      ...g,
      logs: g.logs.map((l) => ({ log: toArray(l.log), chain: toArray(l.chain) })),
      committed: toArray(g.committed),
      committedIn: toArray(g.committedIn),
      applied: toArray(g.applied),
      appliedBy: toArray(g.appliedBy),
    }),
    check(g, at, id, before, after, nodes) {
      if (after === null) return NONE
      found = NONE
      all = nodes
      if (names.length !== nodes.length) names = ids(nodes.length)
      const me = names.indexOf(id)
      const b = before === null ? null : nodeOf(before)
      const a = nodeOf(after)
      electionSafety(g, at, id, b, a)
      leaderAppendOnly(g, at, id, b, a)
      const seen = g.logs[me]!
      if (seen.log !== a.context.log) {
        const { chain, firstChanged } = chainOf(seen, a.context.log)
        const logs = g.logs.slice()
        logs[me] = { log: a.context.log, chain }
        g.logs = logs
        logMatching(g, at, me, firstChanged)
      }
      const becameLeader = a.role === 'leader' && b?.role !== 'leader'
      const commitsBefore = g.committed.length
      recordCommits(g, a)
      if (becameLeader) leaderCompleteness(g, at, id, a)
      else if (g.committed.length > commitsBefore) {
        // New commits must already be in the log of every leader of a later term.
        nodes.forEach((n, i) => {
          if (n.state === null) return
          const other = nodeOf(n.state)
          if (other.role === 'leader') leaderCompleteness(g, at, names[i]!, other)
        })
      }
      stateMachineSafety(g, at, id, b, a)
      return found
    },
  }
}
