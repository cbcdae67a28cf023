/**
 * A protocol's XState machine as a statechart to draw: its top-level states and the
 * transitions between them, each named by the event that takes it. A transition defined
 * on the machine itself (a message any state handles) comes from every state (`from: null`).
 */

import type { AnyStateMachine } from 'xstate'

export interface ChartTransition {
  /** The state it leaves, or null: any state. */
  readonly from: string | null
  readonly to: string
  readonly event: string
}

export interface Statechart {
  readonly states: readonly string[]
  readonly transitions: readonly ChartTransition[]
}

const charts = new WeakMap<AnyStateMachine, Statechart>()

export function statechartOf(machine: AnyStateMachine): Statechart {
  let chart = charts.get(machine)
  if (chart !== undefined) return chart
  const root = machine.root
  const transitions: ChartTransition[] = []
  const seen = new Set<string>()
  const add = (from: string | null, transitionsOf: typeof root.transitions) => {
    for (const [event, defs] of transitionsOf) {
      for (const def of defs) {
        for (const target of def.target ?? []) {
          const key = `${from}|${target.key}|${event}`
          if (seen.has(key) || (from === target.key && def.reenter !== true)) continue
          seen.add(key)
          transitions.push({ from, to: target.key, event })
        }
      }
    }
  }
  for (const [name, node] of Object.entries(root.states)) add(name, node.transitions)
  add(null, root.transitions)
  chart = { states: Object.keys(root.states), transitions }
  charts.set(machine, chart)
  return chart
}
