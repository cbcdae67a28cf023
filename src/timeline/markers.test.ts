import { describe, expect, it } from 'vitest'
import { Timeline } from './timeline'
import { markersUpTo, type Marker } from './markers'
import { raft } from '../protocols/raft'
import type { Protocol } from '../sim/protocol'

describe('timeline markers', () => {
  it('marks faults, elections, commits and client operations, in time order', () => {
    const timeline = new Timeline(
      {
        version: 1,
        protocol: 'raft',
        nodes: 3,
        seed: 2,
        params: {},
        inputs: [
          { at: 1000, type: 'client', op: 'put', key: 'x', value: '1' },
          { at: 1500, type: 'crash', node: 'n2' },
          { at: 1600, type: 'crash', node: 'n2' },
        ],
      },
      raft as unknown as Protocol,
    )
    timeline.extendTo(3000)
    const markers = timeline.markers()
    const kinds = new Set(markers.map((m) => m.kind))
    expect([...kinds].sort()).toEqual(['client', 'commit', 'election', 'fault'])
    // The second crash found n2 already down: ignored inputs are not marked.
    expect(markers.filter((m) => m.kind === 'fault').map((m) => m.t)).toEqual([1500])
    expect(markers.map((m) => m.t)).toEqual(markers.map((m) => m.t).sort((a, b) => a - b))
    // Read incrementally: asking again adds nothing new.
    expect(timeline.markers()).toHaveLength(markers.length)
  })

  it('counts the marks at or before a time', () => {
    const marks = [100, 250, 250, 900].map((t): Marker => ({ t, kind: 'commit', label: '' }))
    expect(markersUpTo(marks, 0)).toBe(0)
    expect(markersUpTo(marks, 100)).toBe(1)
    expect(markersUpTo(marks, 249.9)).toBe(1)
    expect(markersUpTo(marks, 250)).toBe(3)
    expect(markersUpTo(marks, 1000)).toBe(4)
    expect(markersUpTo([], 1000)).toBe(0)
  })
})
