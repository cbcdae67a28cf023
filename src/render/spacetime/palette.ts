/**
 * The diagram's colours, from the same CSS variables as the graph. Canvas can't read
 * `light-dark()` or `var()`, so each is resolved once per theme through a probe element.
 */

import { resolveCssColours } from '../css-colours'

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

export type Palette = Record<keyof typeof NAMES, string> & {
  /** Each message shape's colour by its graph glyph class (`k-diamond`, …), as the graph draws it. */
  readonly kinds: Readonly<Record<string, string>>
}

export function resolvePalette(el: HTMLElement): Palette {
  return resolveCssColours(el, NAMES)
}
