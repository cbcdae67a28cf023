/**
 * The ring's membership over a run, replayed from the scenario's `join` and `leave` inputs
 * the kernel has applied (`world.nextInput` of them). A join brings in the next id after
 * every node so far; a leave of a node that is no member changes nothing, as in the kernel.
 * Members stay in join order, which is the order `hash mod N` numbers them by.
 */

import type { Input, Scenario } from '../../../scenario/types'

export interface MembershipChange {
  readonly at: number
  readonly type: 'join' | 'leave'
  readonly node: string
  readonly before: readonly string[]
  readonly after: readonly string[]
}

/** Every join and leave among `applied`, each with the members before and after it. */
export function membershipChanges(
  startNodes: number,
  applied: readonly Input[],
): MembershipChange[] {
  let members = Array.from({ length: startNodes }, (_, i) => `n${i + 1}`)
  let joined = startNodes
  const changes: MembershipChange[] = []
  for (const input of applied) {
    if (input.type === 'join') {
      const node = `n${++joined}`
      const after = [...members, node]
      changes.push({ at: input.at, type: 'join', node, before: members, after })
      members = after
    } else if (input.type === 'leave' && members.includes(input.node)) {
      const after = members.filter((id) => id !== input.node)
      changes.push({ at: input.at, type: 'leave', node: input.node, before: members, after })
      members = after
    }
  }
  return changes
}

let last: {
  readonly scenario: Scenario
  readonly applied: number
  readonly change: MembershipChange | null
} | null = null

/**
 * The latest join or leave among the first `applied` inputs of `scenario`, or null. The
 * answer is remembered for the last scenario and count asked about, so the same change
 * comes back as the same object while the cursor moves between two inputs.
 */
export function latestChange(scenario: Scenario, applied: number): MembershipChange | null {
  if (last?.scenario !== scenario || last.applied !== applied) {
    const change = membershipChanges(scenario.nodes, scenario.inputs.slice(0, applied)).at(-1)
    last = { scenario, applied, change: change ?? null }
  }
  return last.change
}
