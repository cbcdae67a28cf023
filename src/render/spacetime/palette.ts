/**
 * The diagram's colours, from the same CSS variables as the graph. Canvas can't read
 * `light-dark()` or `var()`, so each is resolved once per theme through a probe element.
 */

import { resolveCssColoursWithShapes, type ShapeColours } from '../css-colours'

const NAMES = {
  ink: '--cg-ink',
  muted: '--cg-muted',
  line: '--cg-line',
  accent: '--cg-accent',
  cut: '--cg-cut',
  crashed: '--cg-crashed-edge',
  client: '--cg-purple',
  delayed: '--cg-purple',
  lead: '--cg-lead-edge',
  seek: '--cg-seek-edge',
  commit: '--cg-green',
  danger: '--cg-vermillion',
  panel: '--cg-panel',
} as const

export type Palette = Record<keyof typeof NAMES, string> & ShapeColours

export function resolvePalette(el: HTMLElement): Palette {
  return resolveCssColoursWithShapes(el, NAMES)
}
