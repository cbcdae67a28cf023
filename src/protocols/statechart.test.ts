import { describe, expect, it } from 'vitest'
import { statechartOf } from './statechart'
import { raftMachine } from './raft/machine'

describe('a protocol machine as a statechart', () => {
  it('lists Raft’s states and the events that move between them', () => {
    const chart = statechartOf(raftMachine)
    expect(chart.states).toEqual(['follower', 'candidate', 'leader'])
    expect(chart.transitions).toEqual(
      expect.arrayContaining([
        { from: 'follower', to: 'candidate', event: 'timer.election' },
        { from: 'follower', to: 'leader', event: 'timer.election' },
        { from: 'candidate', to: 'candidate', event: 'timer.election' },
        { from: null, to: 'follower', event: 'AppendEntries' },
        { from: null, to: 'leader', event: 'RequestVoteReply' },
      ]),
    )
    // A transition that stays put without re-entering is not drawn as a move.
    expect(chart.transitions.some((t) => t.event === 'timer.heartbeat')).toBe(false)
    expect(statechartOf(raftMachine)).toBe(chart)
  })
})
