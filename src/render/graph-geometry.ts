/**
 * Pure geometry for the cluster graph: path strings and angles from plain numbers, so the
 * renderer only applies attributes and these can be tested without a DOM.
 */

import type { Point } from './model'

/** Rounds to two decimals: enough for a path at any zoom, and short strings to write. */
export function r2(v: number): number {
  return Math.round(v * 100) / 100
}

/**
 * An arc on a circle of radius `r` around the origin, from 12 o'clock clockwise through
 * `fraction` of a full turn. Empty for nothing, two half arcs for a full turn, because a
 * single SVG arc cannot end where it starts.
 */
export function arcPath(fraction: number, r: number): string {
  const f = Math.min(1, Math.max(0, fraction))
  if (!(f > 0)) return ''
  if (f >= 1) return `M0,${-r}A${r},${r} 0 1 1 0,${r}A${r},${r} 0 1 1 0,${-r}`
  const angle = -Math.PI / 2 + f * 2 * Math.PI
  const x = r2(r * Math.cos(angle))
  const y = r2(r * Math.sin(angle))
  return `M0,${-r}A${r},${r} 0 ${f > 0.5 ? 1 : 0} 1 ${x},${y}`
}

/** A circle as a path, for shapes that must be one `d` attribute. */
export function circlePath(c: Point, r: number): string {
  return `M${r2(c.x - r)},${r2(c.y)}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0Z`
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
}

/** One side of the hull, walking the sorted points forwards or backwards. */
function halfHull(sorted: readonly Point[], backwards: boolean): Point[] {
  const out: Point[] = []
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[backwards ? sorted.length - 1 - k : k]!
    while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) {
      out.pop()
    }
    out.push(p)
  }
  // The last point starts the other side.
  out.pop()
  return out
}

/** Convex hull by Andrew's algorithm (monotone chains), turning positively; duplicates collapse. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points]
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .filter((p, i, all) => i === 0 || p.x !== all[i - 1]!.x || p.y !== all[i - 1]!.y)
  if (sorted.length <= 2) return sorted
  return [...halfHull(sorted, false), ...halfHull(sorted, true)]
}

/**
 * The outline of a convex hull grown by `pad` on every side: straight edges pushed out
 * along their normals, joined by arcs around each corner. One point gives a circle, two
 * give a capsule, so any group reads as one soft blob.
 */
export function roundedHullPath(points: readonly Point[], pad: number): string {
  const hull = convexHull(points)
  const first = hull[0]
  if (first === undefined) return ''
  if (hull.length === 1) return circlePath(first, pad)
  const n = hull.length
  let d = ''
  for (let i = 0; i < n; i++) {
    const a = hull[i]!
    const b = hull[(i + 1) % n]!
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1
    // Hull points turn positively, so the outward normal is the edge turned to the right.
    const nx = ((b.y - a.y) / len) * pad
    const ny = (-(b.x - a.x) / len) * pad
    const start = `${r2(a.x + nx)},${r2(a.y + ny)}`
    d += i === 0 ? `M${start}` : `A${pad},${pad} 0 0 1 ${start}`
    d += `L${r2(b.x + nx)},${r2(b.y + ny)}`
  }
  // Close the last corner back to where the outline began.
  const a = hull[0]!
  const b = hull[1]!
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1
  const sx = r2(a.x + ((b.y - a.y) / len) * pad)
  const sy = r2(a.y + (-(b.x - a.x) / len) * pad)
  return `${d}A${pad},${pad} 0 0 1 ${sx},${sy}Z`
}

/** Direction from `a` to `b` in degrees, for SVG's rotate(); 0 when they coincide. */
export function angleDeg(a: Point, b: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  if (dx === 0 && dy === 0) return 0
  return Math.round((Math.atan2(dy, dx) * 180) / Math.PI)
}

/**
 * The soft blob behind a partition group: a rounded hull around its nodes, reaching down
 * past each node's role line and log so the whole node sits inside.
 */
export function groupOutline(centres: readonly Point[], pad: number, below: number): string {
  const points: Point[] = []
  for (const c of centres) points.push(c, { x: c.x, y: c.y + below })
  return roundedHullPath(points, pad)
}
