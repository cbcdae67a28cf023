/**
 * Drag-to-partition as pure geometry: which links a stroke crosses, and the groups that
 * are left when those links are gone.
 *
 * A cut is the links the stroke actually crosses, not the infinite line through its ends.
 * That is what a user expects from drawing: the links lit up under the pointer are exactly
 * the ones cut, a short stroke between two nodes never reaches across the rest of the
 * graph, and a curved stroke (or a loop around one node) cuts where it was drawn. The
 * price is that the stroke must cross every link between the sides; one that misses some
 * separates nothing, and the graph says so.
 */

import type { Point } from './model'

export interface CutNode {
  readonly id: string
  readonly position: Point
}

/** Partition groups as node id lists (the `partition` input's shape), or null when whole. */
export type Groups = readonly (readonly string[])[]

export interface CutPlan {
  /** The links the stroke crosses, as `linkKey`s. */
  readonly crossed: readonly string[]
  /** The groups after the cut: the current ones, each split where the stroke cut it. */
  readonly groups: string[][]
  /** Whether the cut makes more groups than there are now. */
  readonly separates: boolean
}

/** One name for the link between `a` and `b`, in the order the nodes are listed. */
export function linkKey(a: string, b: string): string {
  return `${a}|${b}`
}

function turn(o: Point, a: Point, b: Point): number {
  return Math.sign((a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x))
}

/**
 * Whether segment p1–p2 meets segment q1–q2. Touching counts, so a stroke whose corner
 * lands exactly on a link still cuts it; segments on one line never do (a stroke along a
 * link does not cross it).
 */
export function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const a = turn(p1, p2, q1)
  const b = turn(p1, p2, q2)
  const c = turn(q1, q2, p1)
  const d = turn(q1, q2, p2)
  if (a === 0 && b === 0) return false
  return a * b <= 0 && c * d <= 0
}

/**
 * The part of the link from `a` to `b` that shows: each end is under its node's body, so a
 * stroke through a node does not cut every link it has. Nodes that overlap keep the whole
 * segment, so their link can still be cut.
 */
export function visibleLink(a: Point, b: Point, inset: number): [Point, Point] {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = Math.hypot(dx, dy)
  if (length <= 2 * inset) return [a, b]
  const ux = (dx / length) * inset
  const uy = (dy / length) * inset
  return [
    { x: a.x + ux, y: a.y + uy },
    { x: b.x - ux, y: b.y - uy },
  ]
}

/** The links one stroke segment crosses, to add them up while the stroke is drawn. */
export function linksCrossedBy(
  from: Point,
  to: Point,
  nodes: readonly CutNode[],
  inset: number,
): string[] {
  const out: string[] = []
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!
      const b = nodes[j]!
      const [q1, q2] = visibleLink(a.position, b.position, inset)
      if (segmentsCross(from, to, q1, q2)) out.push(linkKey(a.id, b.id))
    }
  }
  return out
}

/** Every link a stroke (a polyline) crosses, in node order, each once. */
export function crossedLinks(
  stroke: readonly Point[],
  nodes: readonly CutNode[],
  inset: number,
): string[] {
  const crossed = new Set<string>()
  for (let k = 1; k < stroke.length; k++) {
    for (const key of linksCrossedBy(stroke[k - 1]!, stroke[k]!, nodes, inset)) crossed.add(key)
  }
  return orderedKeys(
    crossed,
    nodes.map((n) => n.id),
  )
}

function orderedKeys(keys: ReadonlySet<string>, ids: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const key = linkKey(ids[i]!, ids[j]!)
      if (keys.has(key)) out.push(key)
    }
  }
  return out
}

/**
 * The groups once the crossed links are cut: nodes stay together while some uncut path
 * joins them inside their current group, so a cut refines the partition in force (two
 * cuts make three groups) and never joins what is already apart. Groups come in the order
 * of their first node, members in node order. A node that no current group lists (the
 * `partition` input puts those together) counts as one more group.
 */
export function cutGroups(
  ids: readonly string[],
  crossed: ReadonlySet<string>,
  partition: Groups | null,
): string[][] {
  const groupOf = new Map<string, number>()
  partition?.forEach((members, g) => members.forEach((id) => groupOf.set(id, g)))
  const together = (a: string, b: string) =>
    (groupOf.get(a) ?? -1) === (groupOf.get(b) ?? -1) && !crossed.has(linkKey(a, b))
  const index = new Map(ids.map((id, i) => [id, i]))
  const seen = new Set<string>()
  const groups: string[][] = []
  for (const start of ids) {
    if (seen.has(start)) continue
    seen.add(start)
    const members = [start]
    for (let k = 0; k < members.length; k++) {
      const at = members[k]!
      for (const other of ids) {
        if (seen.has(other)) continue
        const [a, b] = index.get(at)! < index.get(other)! ? [at, other] : [other, at]
        if (!together(a, b)) continue
        seen.add(other)
        members.push(other)
      }
    }
    groups.push(members.sort((a, b) => index.get(a)! - index.get(b)!))
  }
  return groups
}

/** What a stroke does to the nodes at their positions, given the partition in force. */
export function planCut(
  stroke: readonly Point[],
  nodes: readonly CutNode[],
  partition: Groups | null,
  inset: number,
): CutPlan {
  return planCrossed(crossedLinks(stroke, nodes, inset), nodes, partition)
}

/** The same from the links already known to be crossed (the stroke drawn so far). */
export function planCrossed(
  crossed: Iterable<string>,
  nodes: readonly CutNode[],
  partition: Groups | null,
): CutPlan {
  const ids = nodes.map((n) => n.id)
  const keys = new Set(crossed)
  const before = cutGroups(ids, new Set(), partition).length
  const groups = cutGroups(ids, keys, partition)
  return { crossed: orderedKeys(keys, ids), groups, separates: groups.length > before }
}
