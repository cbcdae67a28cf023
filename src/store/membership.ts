/**
 * Who may join and leave at the cursor, read from the app's state: what the Join and
 * Leave actions show, enable and explain. Only a protocol whose spec says `membership`
 * takes either; joins stop at its largest cluster (scenario/membership-order.ts).
 */

import { joinCount } from '../scenario/types'
import type { AppState } from './app-store'

type Members = Pick<AppState, 'timeline' | 'scenario' | 'nodes'>

/** Whether the open run's protocol lets nodes join and leave. */
export function takesMembers(s: Pick<AppState, 'timeline'>): boolean {
  return s.timeline.context.protocol.spec.membership === true
}

/**
 * How many more nodes may join: every join of the scenario counts, wherever it falls,
 * since node ids are never reused (a join at the cursor goes before the later ones).
 */
export function joinsLeft(s: Pick<AppState, 'timeline' | 'scenario'>): number {
  const { max } = s.timeline.context.protocol.spec.nodes
  return Math.max(0, max - s.scenario.nodes - joinCount(s.scenario.inputs))
}

export function canJoin(s: Members): boolean {
  return takesMembers(s) && joinsLeft(s) > 0
}

export function isMember(s: Pick<AppState, 'nodes'>, id: string): boolean {
  return s.nodes.some((n) => n.id === id && n.member)
}

/** A member may leave, unless it is the last one: a cluster keeps at least one node. */
export function canLeave(s: Members, id: string): boolean {
  return takesMembers(s) && isMember(s, id) && s.nodes.filter((n) => n.member).length > 1
}

/** The members' ids at the cursor, in join order. */
export function memberIds(s: Pick<AppState, 'nodes'>): string[] {
  return s.nodes.flatMap((n) => (n.member ? [n.id] : []))
}
