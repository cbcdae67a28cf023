import { describe, expect, it } from 'vitest'
import { createAppStore } from './app-store'
import { graphModelOf } from './graph-model'
import type { Scenario } from '../scenario/types'

const scenario: Scenario = {
  version: 1,
  protocol: 'raft',
  nodes: 3,
  seed: 4,
  params: { latencyMs: [20, 20] },
  inputs: [],
}

const model = graphModelOf

describe('the graph model', () => {
  it('places each message in flight by its send and delivery times', () => {
    const store = createAppStore({ scenario })
    store.getState().seek(1000)
    const m = model(store.getState()).messages[0]!
    const send = store.getState().timeline.sendOf(m.id)!
    const expected = (1000 - send.t) / (send.deliverAt - send.t)
    expect(m.progress).toBeCloseTo(expected, 9)
    // Scrubbing moves it exactly: halfway along its 20 ms flight, it is halfway.
    store.getState().seek(send.t + 10)
    const again = model(store.getState()).messages.find((x) => x.id === m.id)!
    expect(again.progress).toBeCloseTo(0.5, 9)
  })

  it('shows election timers running down, and a heartbeat as its own kind', () => {
    const store = createAppStore({ scenario })
    const left = (t: number) => {
      store.getState().seek(t)
      return model(store.getState()).nodes[0]!.timerLeft!
    }
    expect(left(10)).toBeGreaterThan(left(100))
    store.getState().seek(2000)
    const kinds = new Set(model(store.getState()).messages.map((m) => m.kind))
    expect([...kinds].some((k) => k === 'Heartbeat' || k === 'AppendEntriesReply')).toBe(true)
  })

  it('marks messages into a partition as lost, separates the groups, and shows drops', () => {
    const store = createAppStore({ scenario })
    store.getState().seek(1000)
    const before = model(store.getState())
    store.getState().act({ type: 'partition', groups: [['n1']] })
    const after = model(store.getState())
    expect(after.partition).toEqual([['n1'], ['n2', 'n3']])
    expect(after.nodes[0]!.position).not.toEqual(before.nodes[0]!.position)
    const cut = after.messages.filter((m) => (m.from === 'n1') !== (m.to === 'n1'))
    for (const m of cut) expect(m.fate).toBe('lost')
    store.getState().seek(1030)
    expect(model(store.getState()).drops.length).toBeGreaterThan(0)
  })

  it('keeps a node where the user dragged it', () => {
    const store = createAppStore({ scenario })
    store.getState().dragNode('n2', { x: 10, y: 20 })
    expect(model(store.getState()).nodes[1]!.position).toEqual({ x: 10, y: 20 })
  })

  it('shows the log tail with committed entries', () => {
    const store = createAppStore({
      scenario: {
        ...scenario,
        inputs: [{ at: 800, type: 'client', op: 'put', key: 'x', value: '1' }],
      },
    })
    store.getState().seek(2000)
    const n = model(store.getState()).nodes[0]!
    expect(n.logLength).toBeGreaterThanOrEqual(2)
    expect(n.log.every((e) => e.committed)).toBe(true)
  })
})
