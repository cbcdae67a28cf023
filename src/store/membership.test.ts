import { describe, expect, it } from 'vitest'
import { createAppStore } from './app-store'
import { graphModelOf } from './graph-model'
import { ACTIONS } from '../app/actions'
import { DEFAULT_SCENARIO } from '../app/default-scenario'
import { actionAvailable, actionButtonTitle } from '../components/action-text'
import { roster } from '../test/fake-protocols'
import type { Protocol } from '../sim/protocol'
import type { Input, Scenario } from '../scenario/types'

const protocols = new Map<string, Protocol>([['roster', roster as unknown as Protocol]])

const cluster = (inputs: Input[] = [], nodes = 3): Scenario => ({
  version: 1,
  protocol: 'roster',
  nodes,
  seed: 7,
  params: {},
  inputs,
})

const open = (scenario = cluster(), cursor = 0) => createAppStore({ scenario, cursor, protocols })

const names = (store: ReturnType<typeof open>) => store.getState().nodes.map((n) => n.label)
const drawn = (store: ReturnType<typeof open>) =>
  graphModelOf(store.getState()).nodes.map((n) => n.id)

describe('joining a node', () => {
  it('puts a join at the cursor: the next id comes in, named and drawn', () => {
    const store = open()
    store.getState().seek(300)
    store.getState().joinNode()
    const s = store.getState()
    expect(s.scenario.inputs).toEqual([{ at: 300, type: 'join' }])
    expect(names(store)).toEqual(['n1: pinger', 'n2: pinger', 'n3: pinger', 'n4: pinger'])
    expect(drawn(store)).toEqual(['n1', 'n2', 'n3', 'n4'])
    // At the live edge the run is extended, not branched; undo takes the join back.
    expect(s.branches).toHaveLength(1)
    store.getState().undo()
    expect(store.getState().scenario.inputs).toEqual([])
    expect(names(store)).toHaveLength(3)
    store.getState().redo()
    expect(store.getState().scenario.inputs).toEqual([{ at: 300, type: 'join' }])
  })

  it('lists and draws no node before its join, and moves no one when it comes', () => {
    const store = open(cluster([{ at: 500, type: 'join' }]))
    store.getState().seek(400)
    expect(names(store)).toEqual(['n1: pinger', 'n2: pinger', 'n3: pinger'])
    const before = graphModelOf(store.getState()).nodes.map((n) => n.position)
    store.getState().seek(600)
    const after = graphModelOf(store.getState())
    expect(after.nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4'])
    expect(after.nodes.slice(0, 3).map((n) => n.position)).toEqual(before)
  })

  it('branches when it joins a node in the past, named by the input', () => {
    const store = open()
    store.getState().seek(2000)
    store.getState().seek(500)
    store.getState().joinNode()
    const s = store.getState()
    expect(s.branches).toHaveLength(2)
    expect(s.branches[1]!.label).toMatch(/join at 0\.500 s/)
  })

  it('stops at the protocol’s largest cluster, and says why', () => {
    const store = open(cluster([{ at: 100, type: 'join' }], 8))
    store.getState().seek(200)
    const join = ACTIONS.find((a) => a.button === 'Join a node')!
    expect(join.enabled!(store.getState())).toBe(false)
    expect(actionButtonTitle(join, store.getState(), false)).toBe(
      'No more nodes can join: roster runs at most 9 nodes',
    )
    store.getState().joinNode()
    expect(store.getState().scenario.inputs).toHaveLength(1)
  })

  it('is not there for a protocol whose nodes are fixed', () => {
    const store = createAppStore({ scenario: DEFAULT_SCENARIO })
    const membership = ACTIONS.filter((a) => a.button === 'Join a node' || a.button === 'Leave')
    expect(membership).toHaveLength(2)
    for (const a of membership) expect(actionAvailable(a, store.getState())).toBe(false)
    store.getState().joinNode()
    store.getState().leaveNode('n1')
    expect(store.getState().scenario.inputs).toEqual(DEFAULT_SCENARIO.inputs)
  })
})

describe('a node leaving', () => {
  it('puts a leave at the cursor: the node is `left` where listed, and no longer drawn', () => {
    const store = open()
    store.getState().seek(300)
    store.getState().leaveNode('n2')
    const s = store.getState()
    expect(s.scenario.inputs).toEqual([{ at: 300, type: 'leave', node: 'n2' }])
    expect(names(store)).toEqual(['n1: pinger', 'n2: left', 'n3: pinger'])
    const model = graphModelOf(s)
    expect(model.nodes.map((n) => n.id)).toEqual(['n1', 'n3'])
    expect(model.left).toEqual(['n2'])
    // Before the leave it is still there.
    store.getState().seek(200)
    expect(drawn(store)).toEqual(['n1', 'n2', 'n3'])
  })

  it('takes only a member, never the last one, and the Leave button says why', () => {
    const store = open(cluster([], 2))
    store.getState().seek(100)
    store.getState().leaveNode('n1')
    store.getState().leaveNode('n1')
    store.getState().leaveNode('n2')
    expect(store.getState().scenario.inputs).toEqual([{ at: 100, type: 'leave', node: 'n1' }])
    const leave = ACTIONS.find((a) => a.button === 'Leave')!
    store.getState().select({ kind: 'node', id: 'n2' })
    expect(leave.enabled!(store.getState())).toBe(false)
    expect(actionButtonTitle(leave, store.getState(), false)).toMatch(/last member/)
    store.getState().select({ kind: 'node', id: 'n1' })
    expect(actionButtonTitle(leave, store.getState(), false)).toMatch(/Only a member/)
    // Nor does a node that left take any other action.
    const others = ACTIONS.filter((a) => a.place === 'node' && a !== leave)
    for (const a of others) expect(a.enabled!(store.getState()), a.name).toBe(false)
  })

  it('leaves the node out of the partition the graph shows, and the keys act on the selection', () => {
    const store = open(cluster([{ at: 100, type: 'partition', groups: [['n1']] }]))
    store.getState().seek(200)
    store.getState().select({ kind: 'node', id: 'n3' })
    const leave = ACTIONS.find((a) => a.keys.includes('L'))!
    leave.perform(store)
    expect(graphModelOf(store.getState()).partition).toEqual([['n1'], ['n2']])
    ACTIONS.find((a) => a.keys.includes('J'))!.perform(store)
    expect(store.getState().scenario.inputs.map((i) => i.type)).toEqual([
      'partition',
      'leave',
      'join',
    ])
    expect(names(store)).toEqual(['n1: pinger', 'n2: pinger', 'n3: left', 'n4: pinger'])
  })
})
