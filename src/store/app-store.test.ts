import { describe, expect, it } from 'vitest'
import { createAppStore } from './app-store'
import { DEFAULT_SCENARIO } from '../app/default-scenario'
import { runScenario } from '../sim/summary'
import { raft } from '../protocols/raft'
import type { Protocol } from '../sim/protocol'
import type { Scenario } from '../scenario/types'

const quiet: Scenario = { ...DEFAULT_SCENARIO, inputs: [] }
const leaderOf = (nodes: readonly { role: string; id: string }[]) =>
  nodes.find((n) => n.role === 'leader')?.id ?? null

describe('the app store', () => {
  it('shows the state the CLI reports for the same time', () => {
    const store = createAppStore({ scenario: DEFAULT_SCENARIO })
    store.getState().seek(3000)
    const cli = runScenario(DEFAULT_SCENARIO, raft as unknown as Protocol, 3000)
    expect(store.getState().nodes.map((n) => [n.id, n.role, n.term])).toEqual(
      cli.nodes.map((n) => [n.id, n.role, n.term]),
    )
    expect(store.getState().timeline.traceHashAt(3000)).toBe(cli.traceHash)
  })

  it('asks a node’s menu to take focus once: opening selects it, the menu clears the request', () => {
    const store = createAppStore({ scenario: quiet })
    store.getState().openNodeMenu('n3')
    expect(store.getState()).toMatchObject({
      selection: { kind: 'node', id: 'n3' },
      menuRequest: 'n3',
    })
    store.getState().nodeMenuOpened()
    expect(store.getState().menuRequest).toBeNull()
    // A plain click selects without asking for focus.
    store.getState().select({ kind: 'node', id: 'n2' })
    expect(store.getState().menuRequest).toBeNull()
  })

  it('plays forward and scrubs back to the same states', () => {
    const store = createAppStore({ scenario: quiet })
    store.getState().play()
    for (let i = 0; i < 100; i++) store.getState().advance(16)
    const at = store.getState().cursor
    expect(at).toBeCloseTo(160, 5)
    store.getState().seek(0)
    expect(store.getState().nodes.every((n) => n.role === 'follower' && n.term === 0)).toBe(true)
    store.getState().seek(1000)
    expect(leaderOf(store.getState().nodes)).not.toBeNull()
  })

  it('steps to the next event and back to the previous one', () => {
    const store = createAppStore({ scenario: quiet })
    store.getState().stepForward()
    const first = store.getState().cursor
    expect(first).toBeGreaterThan(0)
    store.getState().stepForward()
    const second = store.getState().cursor
    expect(second).toBeGreaterThan(first)
    store.getState().stepBack()
    expect(store.getState().cursor).toBe(first)
    store.getState().stepBack()
    expect(store.getState().cursor).toBe(0)
  })

  it('turns an action into an input at the cursor, and the run changes from there', () => {
    const store = createAppStore({ scenario: quiet })
    store.getState().seek(1000)
    const leader = leaderOf(store.getState().nodes)!
    store.getState().act({ type: 'crash', node: leader })
    const s = store.getState()
    expect(s.scenario.inputs).toEqual([{ at: 1000, type: 'crash', node: leader }])
    expect(s.nodes.find((n) => n.id === leader)!.label).toBe(`${leader}: crashed`)
    // At the live edge the run is extended, not branched.
    expect(s.branches).toHaveLength(1)
    store.getState().seek(2000)
    const next = leaderOf(store.getState().nodes)
    expect(next).not.toBeNull()
    expect(next).not.toBe(leader)
  })

  it('branches when acting in the past, keeping the old future to switch back to', () => {
    const store = createAppStore({ scenario: quiet })
    store.getState().seek(3000)
    const original = store.getState().nodes
    store.getState().seek(500)
    store.getState().act({ type: 'crash', node: 'n1' })
    const s = store.getState()
    expect(s.branches).toHaveLength(2)
    expect(s.branchId).toBe(s.branches[1]!.id)
    expect(s.branches[1]!.label).toMatch(/crash n1 at 0\.500 s/)
    expect(s.branches[0]!.scenario.inputs).toEqual([])
    store.getState().switchBranch(s.branches[0]!.id)
    store.getState().seek(3000)
    expect(store.getState().nodes).toEqual(original)
  })

  it('starts a new run for new parameters, keeping the old one', () => {
    const store = createAppStore({ scenario: quiet })
    store.getState().seek(2000)
    store.getState().newRun({ ...quiet, nodes: 7, seed: 9 }, '7 nodes, seed 9')
    const s = store.getState()
    expect(s.nodes).toHaveLength(7)
    expect(s.cursor).toBe(0)
    expect(s.branches.map((b) => b.label)).toEqual(['Run 1', 'Run 2: 7 nodes, seed 9'])
  })
})

describe('going to an event', () => {
  it('pauses there, picks it for causality and selects its message while in flight', () => {
    const store = createAppStore({ scenario: DEFAULT_SCENARIO })
    store.getState().seek(1000)
    const trace = store.getState().timeline.trace.slice()
    const entry = trace.findIndex((e) => e.kind === 'send' && e.t > 300)
    store.getState().play()
    store.getState().goToEvent(entry)
    const s = store.getState()
    expect(s.playing).toBe(false)
    expect(s.cursor).toBe(trace[entry]!.t)
    expect(s.causalEvent).toBe(entry)
    expect(s.selection).toEqual({ kind: 'message', id: (trace[entry] as { id: number }).id })
    store.getState().jumpTo(50)
    expect(store.getState().cursor).toBe(50)
  })
})
