/** Lay out first, then draw: node positions as plain numbers. */

import type { Point } from './model'

/** Evenly on a circle, the first node at the top, going clockwise. */
export function circleLayout(count: number, width: number, height: number): Point[] {
  const cx = width / 2
  const cy = height / 2
  const r = count === 1 ? 0 : Math.min(width, height) * 0.36
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count
    return { x: round(cx + r * Math.cos(angle)), y: round(cy + r * Math.sin(angle)) }
  })
}

/** Room a node needs around its centre: its ring and name above, its label and log below. */
const MARGIN = { x: 60, top: 50, bottom: 80 }

/**
 * Pulls partition groups apart: each group's nodes move away from the centre, toward the
 * centroid of their group, so the cut is visible as empty space between groups. Nodes
 * stay inside the canvas, with room for their labels.
 */
export function separateGroups(
  points: readonly Point[],
  groupOf: readonly number[] | null,
  width: number,
  height: number,
): Point[] {
  if (groupOf === null) return points.slice()
  const cx = width / 2
  const cy = height / 2
  const groups = new Map<number, number[]>()
  groupOf.forEach((g, i) => groups.set(g, [...(groups.get(g) ?? []), i]))
  const out = points.slice()
  const push = Math.min(width, height) * 0.12
  for (const members of groups.values()) {
    const gx = members.reduce((s, i) => s + points[i]!.x, 0) / members.length
    const gy = members.reduce((s, i) => s + points[i]!.y, 0) / members.length
    const dx = gx - cx
    const dy = gy - cy
    const len = Math.hypot(dx, dy) || 1
    for (const i of members) {
      const p = points[i]!
      out[i] = clampToCanvas(
        { x: p.x + (dx / len) * push, y: p.y + (dy / len) * push },
        width,
        height,
      )
    }
  }
  return out
}

export function lerp(a: Point, b: Point, f: number): Point {
  return { x: round(a.x + (b.x - a.x) * f), y: round(a.y + (b.y - a.y) * f) }
}

export function round(v: number): number {
  return Math.round(v * 1000) / 1000
}

export function clampToCanvas(p: Point, width: number, height: number): Point {
  const x = Math.min(width - MARGIN.x, Math.max(MARGIN.x, p.x))
  const y = Math.min(height - MARGIN.bottom, Math.max(MARGIN.top, p.y))
  return { x: round(x), y: round(y) }
}
