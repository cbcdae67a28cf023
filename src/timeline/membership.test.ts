import { describe, expect, it } from 'vitest'
import { Timeline } from './timeline'
import { roster } from '../test/fake-protocols'
import type { Protocol } from '../sim/protocol'
import type { Input, Scenario } from '../scenario/types'

const cluster = (inputs: Input[]): Scenario => ({
  version: 1,
  protocol: 'roster',
  nodes: 3,
  seed: 7,
  params: {},
  inputs,
})

const run = cluster([
  { at: 300, type: 'join' },
  { at: 500, type: 'crash', node: 'n3' },
  { at: 600, type: 'leave', node: 'n3' },
  { at: 700, type: 'leave', node: 'n2' },
])

const timelineOf = (s: Scenario) => new Timeline(s, roster as unknown as Protocol)

describe('joins and leaves in the views of a run', () => {
  const timeline = timelineOf(run)
  timeline.extendTo(1000)

  it('names them in the event log: the node a join brings in, and the one that left', () => {
    const log = timeline.eventIndex()
    const lines = Array.from({ length: log.length }, (_, i) => log.describe(i))
    expect(lines).toContain('input: join n4')
    expect(lines).toContain('n4 joined as pinger')
    expect(lines).toContain('input: leave n3')
    expect(lines).toContain('n2 left the cluster')
    // The nodes the run starts with start; only a newcomer joins.
    expect(lines).toContain('n1 started as pinger')
  })

  it('marks them in the space-time diagram, and draws a lane only while its node is a member', () => {
    const window = timeline.spacetime().visible(0, 1000)
    const marks = window.marks.filter((m) => m.kind === 'join' || m.kind === 'leave')
    expect(marks.map((m) => [m.kind, m.node, m.at])).toEqual([
      ['join', 'n4', 300],
      ['leave', 'n3', 600],
      ['leave', 'n2', 700],
    ])
    expect(window.outside).toEqual([
      { node: 'n4', from: 0, to: 300 },
      { node: 'n3', from: 600, to: null },
      { node: 'n2', from: 700, to: null },
    ])
    // A node that leaves while crashed is no longer shaded as down once it left.
    expect(window.down).toEqual([{ node: 'n3', from: 500, to: 600 }])
  })

  it('puts them on the timeline among the faults', () => {
    const labels = timeline.markers().filter((m) => m.kind === 'fault')
    expect(labels.map((m) => `${m.label}@${m.t}`)).toEqual([
      'join@300',
      'crash@500',
      'leave@600',
      'leave@700',
    ])
  })
})

describe('a branch that adds a join', () => {
  it('runs as the same scenario from scratch does: the new node needs a slot from the start', () => {
    const base = timelineOf(cluster([]))
    base.extendTo(2000)
    const joined = cluster([{ at: 400, type: 'join' }])
    const branch = base.branch(joined, 400)
    branch.extendTo(2000)
    const fresh = timelineOf(joined)
    fresh.extendTo(2000)
    expect(branch.traceHashAt(2000)).toBe(fresh.traceHashAt(2000))
    expect(branch.seek(1000).nodes.map((n) => n.absent ?? false)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})
