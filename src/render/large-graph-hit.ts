/**
 * What a point on the large graph is over, and where the arrow keys go: pure functions of
 * the layout, so pointer and keyboard work the same without a DOM.
 */

import type { LargeLayout } from './large-graph-layout'

/** A press this close to a node takes it, even on a node a few px wide. */
const MIN_HIT_PX = 6
/** How far from a message's dot a press may land and still take it. */
export const MESSAGE_HIT_PX = 7

/** How far from a node's centre a press still takes it: its radius, or half a spacing. */
export function hitRadius(layout: LargeLayout): number {
  return Math.max(MIN_HIT_PX, layout.radius + 2, Math.min(layout.spacing / 2, layout.radius * 2))
}

/**
 * The slot of the node nearest (x, y) within its hit radius, or -1. `drawn(slot)` leaves
 * out nodes not on screen (yet to join, or gone).
 */
export function nodeAt(
  layout: LargeLayout,
  x: number,
  y: number,
  drawn: (slot: number) => boolean,
): number {
  const reach = hitRadius(layout)
  let best = -1
  let bestD = reach * reach
  for (let i = 0; i < layout.count; i++) {
    const dx = layout.x[i]! - x
    const dy = layout.y[i]! - y
    const d = dx * dx + dy * dy
    if (d <= bestD && drawn(i)) {
      best = i
      bestD = d
    }
  }
  return best
}

export interface PlacedMessage {
  readonly id: number
  readonly x: number
  readonly y: number
}

/** The message whose dot is nearest (x, y) within MESSAGE_HIT_PX, or null. */
export function messageAt(messages: readonly PlacedMessage[], x: number, y: number): number | null {
  let best: number | null = null
  let bestD = MESSAGE_HIT_PX * MESSAGE_HIT_PX
  for (const m of messages) {
    const d = (m.x - x) ** 2 + (m.y - y) ** 2
    if (d <= bestD) {
      best = m.id
      bestD = d
    }
  }
  return best
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End'

export function isNavKey(key: string): key is NavKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)
}

/**
 * Where an arrow key moves focus from `slot`: left and right to the previous and next
 * node, up and down a row in a grid (else as left and right), Home and End to the first
 * and last. Skips nodes not drawn; stays put at an end.
 */
export function neighbour(
  layout: LargeLayout,
  slot: number,
  key: NavKey,
  drawn: (slot: number) => boolean,
): number {
  const row = layout.columns > 0 ? layout.columns : 1
  const step =
    key === 'ArrowLeft' || key === 'Home'
      ? -1
      : key === 'ArrowUp'
        ? -row
        : key === 'ArrowDown'
          ? row
          : 1
  if (key === 'Home' || key === 'End') {
    const from = key === 'Home' ? 0 : layout.count - 1
    for (let i = from; i >= 0 && i < layout.count; i -= step) if (drawn(i)) return i
    return slot
  }
  for (let i = slot + step; i >= 0 && i < layout.count; i += step) if (drawn(i)) return i
  return slot
}
