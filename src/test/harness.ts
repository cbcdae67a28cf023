/**
 * A test harness that reads like a story: act on the cluster now, run for a while, look.
 * Every action is a scenario input at the current time, exactly as in the app, so a
 * failing story prints a scenario that reproduces it.
 */

import { createSimulation, runUntil, type Simulation } from '../sim/kernel'
import { protocolLookup } from '../protocols/registry'
import type { Input, Params, Scenario } from '../scenario/types'

type Distribute<T> = T extends Input ? Omit<T, 'at'> : never
export type Action = Distribute<Input>

export interface Harness {
  readonly sim: Simulation
  readonly scenario: Scenario
  now(): number
  runFor(ms: number): Harness
  act(action: Action): Harness
  crash(node: string): Harness
  restart(node: string): Harness
  timeout(node: string): Harness
  partition(...groups: string[][]): Harness
  heal(): Harness
  put(key: string, value: string, node?: string): Harness
  get(key: string, node?: string): Harness
  /** Up nodes in the leader role, highest term first. */
  leaders(): string[]
  /** The leader with the highest term among up nodes, or null. */
  leader(): string | null
  node(id: string): Record<string, unknown> & { up: boolean; role: string; term: number }
  violations(): string[]
}

export function createHarness(options: {
  nodes: number
  seed: number
  protocol?: string
  params?: Params
}): Harness {
  const inputs: Input[] = []
  const scenario: Scenario = {
    version: 1,
    protocol: options.protocol ?? 'raft',
    nodes: options.nodes,
    seed: options.seed,
    params: options.params ?? {},
    inputs,
  }
  const protocol = protocolLookup.get(scenario.protocol)!
  const sim = createSimulation(scenario, protocol)
  const { ctx, world } = sim
  const h: Harness = {
    sim,
    scenario,
    now: () => world.time,
    runFor(ms) {
      runUntil(ctx, world, world.time + ms)
      return h
    },
    act(action) {
      inputs.push({ ...action, at: world.time } as Input)
      // Inputs at the current time are applied once the clock moves past them.
      runUntil(ctx, world, world.time)
      return h
    },
    crash: (node) => h.act({ type: 'crash', node }),
    restart: (node) => h.act({ type: 'restart', node }),
    timeout: (node) => h.act({ type: 'timeout', node }),
    partition: (...groups) => h.act({ type: 'partition', groups }),
    heal: () => h.act({ type: 'heal' }),
    put: (key, value, node) =>
      h.act({ type: 'client', op: 'put', key, value, ...(node ? { node } : {}) }),
    get: (key, node) => h.act({ type: 'client', op: 'get', key, ...(node ? { node } : {}) }),
    leaders() {
      return world.nodes
        .filter((n) => n.up && protocol.view(n.state).role === 'leader')
        .sort((a, b) => (protocol.view(b.state).term ?? 0) - (protocol.view(a.state).term ?? 0))
        .map((n) => n.id)
    },
    leader: () => h.leaders()[0] ?? null,
    node(id) {
      const slot = world.nodes[ctx.nodeLookup.get(id)!]!
      if (!slot.up) return { up: false, role: 'crashed', term: -1 }
      const view = protocol.view(slot.state)
      return { ...protocol.describe(slot.state), up: true, role: view.role, term: view.term ?? 0 }
    },
    violations() {
      return ctx.recorder!.entries!.ofKind('violation').map((e) => `${e.invariant}: ${e.message}`)
    },
  }
  return h
}
