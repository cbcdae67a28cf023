import { describe, expect, it } from 'vitest'
import { historyAt } from './live-checks'
import { insertInput } from './branches'
import { Timeline } from '../timeline/timeline'
import { raft } from '../protocols/raft'
import type { Protocol } from '../sim/protocol'
import type { Scenario } from '../scenario/types'

const protocol = raft as unknown as Protocol

const scenario: Scenario = {
  version: 1,
  protocol: 'raft',
  nodes: 3,
  seed: 8,
  params: {},
  inputs: [
    { at: 600, type: 'client', op: 'put', key: 'x', value: '1' },
    { at: 900, type: 'client', op: 'get', key: 'x' },
    { at: 1400, type: 'client', op: 'put', key: 'x', value: '2' },
    { at: 1800, type: 'client', op: 'get', key: 'x' },
  ],
}

/** The history check at each cursor, as the app asks while it plays. */
function checksAt(timeline: Timeline, cursors: readonly number[]) {
  return cursors.map((t) => historyAt(timeline, timeline.seek(t), t))
}

describe('history checks of a branch', () => {
  const cursors = [700, 1000, 1300, 1500, 1700, 2000, 2500]
  const branchAt = 1600

  it('keeps the answers for histories before the branch, and finds the rest anew', () => {
    // Checkpoints every 20 events: the branch shares most of the trace before it.
    const parent = new Timeline(scenario, protocol, { interval: 20 })
    const before = checksAt(parent, cursors)
    // The leader crashes: the last get returns later, so a count of client events after
    // the branch (the key the answers are kept by) stands for another history.
    const states = parent.trace.ofKind('state').filter((e) => e.t < branchAt)
    const leader = states.filter((e) => e.role === 'leader').at(-1)!.node
    const crash = { at: branchAt, type: 'crash', node: leader } as const
    const changed = { ...scenario, inputs: insertInput(scenario.inputs, crash) }
    const branch = parent.branch(changed, branchAt)
    const after = checksAt(branch, cursors)
    const fresh = checksAt(new Timeline(changed, protocol), cursors)
    expect(after).toEqual(fresh)
    // Histories wholly before the branch are the parent's answers, not made again.
    expect(after[1]).toBe(before[1])
    expect(after[2]).toBe(before[2])
    // After it, the branch's own.
    expect(after.at(-1)).not.toEqual(before.at(-1))
  })
})
