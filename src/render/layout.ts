/** Lay out first, then draw: node positions on a circle, as plain numbers. */

export interface Point {
  readonly x: number
  readonly y: number
}

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

function round(v: number): number {
  return Math.round(v * 1000) / 1000
}
