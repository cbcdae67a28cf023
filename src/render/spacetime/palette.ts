/**
 * The diagram's colours, from the same CSS variables as the graph. Canvas can't read
 * `light-dark()` or `var()`, so each is resolved once per theme through a probe element.
 */

import { SHAPES, UNKNOWN_GLYPH } from '../graph-glyphs'

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
  const probe = document.createElement('span')
  probe.style.display = 'none'
  el.appendChild(probe)
  const out: Record<string, string> = {}
  for (const [key, variable] of Object.entries(NAMES)) {
    probe.style.color = `var(${variable})`
    out[key] = getComputedStyle(probe).color
  }
  const kinds: Record<string, string> = {}
  probe.style.color = 'var(--k)'
  for (const cls of [...Object.values(SHAPES), UNKNOWN_GLYPH].map((g) => g.cls)) {
    probe.className = cls
    kinds[cls] = getComputedStyle(probe).color
  }
  probe.remove()
  return { ...(out as Record<keyof typeof NAMES, string>), kinds }
}

/** What decides the resolved colours: the theme button's choice and the system's. */
export function themeKey(): string {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  return `${document.documentElement.dataset.theme ?? 'system'}/${dark}`
}
