import { describe, expect, it } from 'vitest'
import { MessageIndex } from './messages'
import { Timeline } from './timeline'
import { protocolLookup } from '../protocols/registry'
import type { Scenario } from '../scenario/types'

// Lossy and slow: many messages are in flight, or dropped, at any moment.
const scenario: Scenario = {
  version: 1,
  protocol: 'raft',
  nodes: 5,
  seed: 9,
  params: { latencyMs: [40, 400] },
  inputs: [
    { at: 1000, type: 'link', from: 'n1', to: 'n3', lossRate: 0.3 },
    { at: 3000, type: 'crash', node: 'n2' },
  ],
}

describe('a message index forked at an entry', () => {
  const timeline = new Timeline(scenario, protocolLookup.get('raft')!)
  timeline.extendTo(8000)
  const trace = timeline.trace
  const whole = new MessageIndex().update(trace)

  // Near the end (few entries after: undone one by one) and early (most of the run after).
  for (const fraction of [0.97, 0.3]) {
    it(`at ${fraction} of the run answers as an index that read only that far`, () => {
      const count = Math.floor(trace.length * fraction)
      const fork = whole.forkAt(count)
      const fresh = new MessageIndex().update(trace.prefix(count))
      expect(fork.lastId).toBe(fresh.lastId)
      let ended = 0
      for (let id = 0; id <= fresh.lastId; id++) {
        expect([id, fork.endIndex(id)]).toEqual([id, fresh.endIndex(id)])
        expect(fork.sendIndex(id)).toBe(fresh.sendIndex(id))
        if (whole.endIndex(id) >= count) ended++
      }
      // Some messages sent before the point ended after it: their ends were undone.
      expect(ended).toBeGreaterThan(0)
    })
  }
})
