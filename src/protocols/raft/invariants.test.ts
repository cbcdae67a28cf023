import { describe, expect, it } from 'vitest'
import { createRaftInvariants, type RaftNode } from './invariants'
import { nodeIds } from '../../scenario/types'
import type { Command, Entry, RaftContext } from './types'
import { startContext } from './context'
import { logOf } from './log'

const cmd = (key: string, value: string): Command => ({
  op: 'put',
  key,
  value,
  client: key,
  seq: 1,
})
const entry = (term: number, key = 'k', value = '1'): Entry => ({ term, command: cmd(key, value) })

function node(role: string, over: Partial<RaftContext>): RaftNode {
  const start = startContext({
    id: 'n1',
    peers: [],
    electionTimeoutMs: [150, 300],
    heartbeatMs: 50,
    durable: null,
  })
  const context: RaftContext = { ...start, currentTerm: 1, ...over }
  return { role, context }
}

/** Steps nodes one at a time through the checker, as the kernel does. */
function checker(count: number) {
  const inv = createRaftInvariants((s) => s as RaftNode, nodeIds)
  const ghost = inv.init(count)
  const slots: { state: RaftNode | null }[] = nodeIds(count).map(() => ({ state: null }))
  return (id: string, after: RaftNode) => {
    const i = Number(id.slice(1)) - 1
    const before = slots[i]!.state
    slots[i]!.state = after
    return inv
      .check(ghost, 100, id, before, after, slots, [])
      .map((v) => `${v.invariant}: ${v.message}`)
  }
}

describe('Raft invariants', () => {
  it('Election Safety: two leaders of one term', () => {
    const step = checker(3)
    expect(step('n1', node('leader', { currentTerm: 3 }))).toEqual([])
    expect(step('n2', node('leader', { currentTerm: 3 }))).toEqual([
      'Election Safety: n1 and n2 are both leaders of term 3',
    ])
    // Reported once, not on every later step.
    expect(step('n2', node('leader', { currentTerm: 3, commitIndex: 0 }))).toEqual([])
    expect(step('n3', node('leader', { currentTerm: 4 }))).toEqual([])
  })

  it('Leader Append-Only: a leader that overwrites its log', () => {
    const step = checker(3)
    const log = [entry(1), entry(1, 'b')]
    step('n1', node('leader', { currentTerm: 1, log: logOf(log) }))
    expect(
      step('n1', node('leader', { currentTerm: 1, log: logOf([log[0]!, entry(1, 'c')]) })),
    ).toEqual([
      'Leader Append-Only: n1, leader of term 1, removed or overwrote entry 2 of its own log',
    ])
    expect(
      step(
        'n1',
        node('leader', { currentTerm: 1, log: logOf([log[0]!, entry(1, 'c'), entry(1)]) }),
      ),
    ).toEqual([])
  })

  it('Log Matching: same index and term, different history', () => {
    const step = checker(2)
    expect(step('n1', node('follower', { log: logOf([entry(1, 'a'), entry(2, 'x')]) }))).toEqual([])
    expect(step('n2', node('follower', { log: logOf([entry(1, 'b'), entry(2, 'x')]) }))).toEqual([
      'Log Matching: n1 and n2 both hold an entry of term 1 at index 1, but their logs differ up to it',
    ])
    const step2 = checker(2)
    const shared = entry(1, 'a')
    expect(step2('n1', node('follower', { log: logOf([shared, entry(2, 'x')]) }))).toEqual([])
    // A log that differs only in a later term is allowed (it will be repaired).
    expect(step2('n2', node('follower', { log: logOf([shared, entry(3, 'y')]) }))).toEqual([])
  })

  it('Leader Completeness: a leader of a later term without a committed entry', () => {
    const step = checker(3)
    const committed = entry(1, 'a')
    step('n1', node('leader', { currentTerm: 1, log: logOf([committed]), commitIndex: 1 }))
    // A deposed leader of an older term is not bound by it.
    expect(step('n3', node('leader', { currentTerm: 1, log: logOf([]) }))).toHaveLength(1) // two leaders of term 1
    expect(step('n2', node('leader', { currentTerm: 2, log: logOf([entry(2, 'b')]) }))).toEqual([
      'Leader Completeness: n2 leads term 2 without the entry committed at index 1',
    ])
  })

  it('State Machine Safety: two nodes apply different commands at one index', () => {
    const step = checker(2)
    step('n1', node('follower', { log: logOf([entry(1, 'a')]), commitIndex: 1, lastApplied: 1 }))
    const out = step(
      'n2',
      node('follower', { log: logOf([entry(2, 'b')]), commitIndex: 1, lastApplied: 1 }),
    )
    expect(out).toContain(
      'State Machine Safety: n2 applied a different command at index 1 than n1 did',
    )
  })
})
