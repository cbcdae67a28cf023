import { describe, expect, it } from 'vitest'
import { createAppStore } from './app-store'
import { DEFAULT_SCENARIO } from '../app/default-scenario'

const roles = (store: ReturnType<typeof createAppStore>) =>
  store.getState().nodes.map((n) => `${n.id}:${n.role}`)

describe('undo and redo of interventions', () => {
  it('takes back a crash and puts it back, with the same states', () => {
    const store = createAppStore({ scenario: DEFAULT_SCENARIO, cursor: 1500 })
    const before = roles(store)
    const leader = store.getState().nodes.find((n) => n.role === 'leader')!.id
    store.getState().act({ type: 'crash', node: leader })
    const after = roles(store)
    expect(after).toContain(`${leader}:crashed`)
    expect(store.getState().past).toHaveLength(1)

    store.getState().undo()
    expect(roles(store)).toEqual(before)
    expect(store.getState().scenario.inputs).toEqual([])
    expect(store.getState().cursor).toBe(1500)

    store.getState().redo()
    expect(roles(store)).toEqual(after)
    expect(store.getState().scenario.inputs).toEqual([{ type: 'crash', node: leader, at: 1500 }])
    expect(store.getState().future).toHaveLength(0)
  })

  it('undoes a branch and a new run back to the first run', () => {
    const store = createAppStore({ scenario: DEFAULT_SCENARIO })
    store.getState().seek(2000)
    store.getState().act({ type: 'timeout', node: 'n2' })
    store.getState().seek(500)
    store.getState().act({ type: 'crash', node: 'n3' })
    expect(store.getState().branches).toHaveLength(2)
    store.getState().newRun({ ...DEFAULT_SCENARIO, nodes: 3 }, '3 nodes', 700)
    expect(store.getState().nodes).toHaveLength(3)
    expect(store.getState().cursor).toBe(700)

    store.getState().undo()
    store.getState().undo()
    store.getState().undo()
    expect(store.getState().branches).toHaveLength(1)
    expect(store.getState().scenario).toEqual(DEFAULT_SCENARIO)
    expect(store.getState().nodes).toHaveLength(5)
    store.getState().undo()
    expect(store.getState().scenario).toEqual(DEFAULT_SCENARIO)
  })

  it('a new intervention after undo forgets what could be redone', () => {
    const store = createAppStore({ scenario: DEFAULT_SCENARIO, cursor: 1000 })
    store.getState().act({ type: 'crash', node: 'n1' })
    store.getState().undo()
    expect(store.getState().future).toHaveLength(1)
    store.getState().act({ type: 'crash', node: 'n2' })
    expect(store.getState().future).toHaveLength(0)
    store.getState().redo()
    expect(store.getState().scenario.inputs).toEqual([{ type: 'crash', node: 'n2', at: 1000 }])
  })

  it('offers the saved run as a branch when a link replaced it', () => {
    const saved = { ...DEFAULT_SCENARIO, seed: 7 }
    const store = createAppStore({
      scenario: DEFAULT_SCENARIO,
      saved: { scenario: saved, cursor: 900 },
    })
    const [first, second] = store.getState().branches
    expect(first!.scenario).toEqual(DEFAULT_SCENARIO)
    expect(second!.scenario).toEqual(saved)
    store.getState().switchBranch(second!.id)
    expect(store.getState().scenario.seed).toBe(7)
  })
})
