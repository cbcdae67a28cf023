/** What is under the pointer in a laid-out diagram: a mark first, else an arrow, else time. */

import type { ArrowShape, Layout, MarkShape } from './geometry'

export type Hit =
  | { readonly kind: 'mark'; readonly shape: MarkShape }
  | { readonly kind: 'arrow'; readonly shape: ArrowShape }
  | null

const MARK_RADIUS_PX = 7
const ARROW_RADIUS_PX = 4

export function hitTest(l: Layout, x: number, y: number): Hit {
  let best: MarkShape | null = null
  let bestD = MARK_RADIUS_PX ** 2
  for (const m of l.marks) {
    const d = (m.x - x) ** 2 + (m.y - y) ** 2
    if (d <= bestD) {
      best = m
      bestD = d
    }
  }
  if (best !== null) return { kind: 'mark', shape: best }
  let arrow: ArrowShape | null = null
  let arrowD = ARROW_RADIUS_PX ** 2
  for (const a of l.arrows) {
    const d = segmentDistance2(x, y, a.x1, a.y1, a.x2, a.y2)
    if (d <= arrowD) {
      arrow = a
      arrowD = d
    }
  }
  return arrow === null ? null : { kind: 'arrow', shape: arrow }
}

function segmentDistance2(px: number, py: number, x1: number, y1: number, x2: number, y2: number) {
  const dx = x2 - x1
  const dy = y2 - y1
  const length2 = dx * dx + dy * dy
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length2))
  return (px - x1 - t * dx) ** 2 + (py - y1 - t * dy) ** 2
}
