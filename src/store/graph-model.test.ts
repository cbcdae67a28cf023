import { describe, expect, it } from 'vitest'
import { createAppStore } from './app-store'
import { graphModel, graphModelOf } from './graph-model'
import { nodeLabel, nodeViews } from './node-views'
import { Timeline } from '../timeline/timeline'
import { BALLOT_SPEC, ballotRaft } from '../test/ballot-raft'
import { roster } from '../test/fake-protocols'
import type { Protocol } from '../sim/protocol'
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

  it('says messages move while the run plays, and not once it is paused', () => {
    const store = createAppStore({ scenario })
    store.getState().seek(1000)
    expect(model(store.getState()).moving).toBe(false)
    store.getState().play()
    expect(model(store.getState()).moving).toBe(true)
    store.getState().pause()
    expect(model(store.getState()).moving).toBe(false)
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

  it('carries the open protocol’s legend: its roles by look, its message rows', () => {
    const { legend } = model(createAppStore({ scenario }).getState())
    expect(legend.protocol).toBe(scenario.protocol)
    expect(legend.roles.map((r) => `${r.role}:${r.look}`)).toEqual([
      'leader:lead',
      'follower:plain',
      'candidate:seek',
    ])
    expect(legend.messages.length).toBeGreaterThan(0)
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

describe('the graph model of another protocol', () => {
  const timeline = new Timeline({ ...scenario, protocol: BALLOT_SPEC.name }, ballotRaft)
  const at = (t: number) => {
    const world = timeline.seek(t)
    const nodes = nodeViews(timeline.context, world, [])
    return graphModel({
      ctx: timeline.context,
      world,
      nodes,
      timeline,
      cursor: t,
      dragged: {},
      selectedNode: null,
      selectedMessage: null,
      hoveredMessage: null,
    })
  }

  it('names nodes with its roles and its epoch, and draws each role by its look', () => {
    const m = at(2000)
    const chief = m.nodes.find((n) => n.role === 'chief')!
    expect(chief.look).toBe('lead')
    expect(chief.epoch).toMatch(new RegExp(`^ballot [1-9]\\d*\\.${chief.id.slice(1)}$`))
    expect(chief.label).toBe(`${chief.id}: chief, ${chief.epoch}`)
    for (const n of m.nodes.filter((x) => x !== chief)) {
      expect(n.look).toBe('plain')
      expect(n.label).toMatch(/^n\d: member, ballot \d+\.\d$/)
    }
  })

  it('lists its roles in the legend, with their looks', () => {
    const { legend } = at(0)
    expect(legend.protocol).toBe('ballot-raft')
    expect(legend.roles).toEqual([
      { role: 'chief', look: 'lead' },
      { role: 'member', look: 'plain' },
      { role: 'hopeful', look: 'seek' },
    ])
    // One legend object per protocol, so the graph redraws it only when that changes.
    expect(at(100).legend).toBe(legend)
  })

  it('draws the entries the protocol says are decided as solid, whatever the commit index', () => {
    const n = at(2000).nodes[0]!
    expect(n.log.length).toBeGreaterThanOrEqual(1)
    expect(n.log.map((e) => e.committed)).toEqual(n.log.map((e) => (e.index - 1) % 2 === 0))
  })
})

describe('the graph model of a cluster whose nodes come and go', () => {
  const timeline = new Timeline(
    {
      ...scenario,
      protocol: 'roster',
      inputs: [
        { at: 300, type: 'join' },
        { at: 600, type: 'leave', node: 'n1' },
      ],
    },
    roster as unknown as Protocol,
  )
  const at = (t: number) => {
    const world = timeline.seek(t)
    const nodes = nodeViews(timeline.context, world, [])
    const inputs = { ctx: timeline.context, world, nodes, timeline, cursor: t, dragged: {} }
    const none = { selectedNode: null, selectedMessage: null, hoveredMessage: null }
    return { nodes, model: graphModel({ ...inputs, ...none }) }
  }

  it('draws no node before its join, nor one that left, and names the one that left', () => {
    const early = at(100)
    expect(early.nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3'])
    expect(early.model.nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3'])
    expect(at(400).model.nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4'])
    const late = at(700)
    expect(late.nodes.map((n) => n.label)).toEqual([
      'n1: left',
      'n2: pinger',
      'n3: pinger',
      'n4: pinger',
    ])
    expect(late.model.nodes.map((n) => n.id)).toEqual(['n2', 'n3', 'n4'])
    expect(late.model.left).toEqual(['n1'])
  })

  it('keeps every node where it was while the cursor crosses a join or a leave', () => {
    const early = Object.fromEntries(at(100).model.nodes.map((n) => [n.id, n.position]))
    const late = Object.fromEntries(at(700).model.nodes.map((n) => [n.id, n.position]))
    for (const id of ['n2', 'n3']) expect(late[id]).toEqual(early[id])
  })
})

describe('node names', () => {
  it('carry the epoch as the protocol writes it, and only the crash when down', () => {
    expect(nodeLabel('n1', true, 'leader', 'term 3')).toBe('n1: leader, term 3')
    expect(nodeLabel('n2', true, 'acceptor', 'ballot 3.1')).toBe('n2: acceptor, ballot 3.1')
    expect(nodeLabel('n3', true, 'primary', null)).toBe('n3: primary')
    expect(nodeLabel('n4', false, 'leader', 'term 3')).toBe('n4: crashed')
    expect(nodeLabel('n5', false, 'left', null)).toBe('n5: left')
  })
})
