/**
 * The diagram's colours, from the same CSS variables as the graph. Canvas can't read
 * `light-dark()` or `var()`, so each is resolved once per theme through a probe element.
 */

const NAMES = {
  ink: '--cg-ink',
  muted: '--cg-muted',
  line: '--cg-line',
  accent: '--cg-accent',
  cut: '--cg-cut',
  crashed: '--cg-crashed-edge',
  vote: '--cg-orange',
  append: '--cg-blue',
  heartbeat: '--cg-green',
  client: '--cg-purple',
  delayed: '--cg-purple',
  leader: '--cg-leader-edge',
  candidate: '--cg-candidate-edge',
  commit: '--cg-green',
  danger: '--cg-vermillion',
  panel: '--cg-panel',
} as const

export type Palette = Record<keyof typeof NAMES, string>

export function resolvePalette(el: HTMLElement): Palette {
  const probe = document.createElement('span')
  probe.style.display = 'none'
  el.appendChild(probe)
  const out = {} as Palette
  for (const [key, variable] of Object.entries(NAMES)) {
    probe.style.color = `var(${variable})`
    out[key as keyof Palette] = getComputedStyle(probe).color
  }
  probe.remove()
  return out
}

/** What decides the resolved colours: the theme button's choice and the system's. */
export function themeKey(): string {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  return `${document.documentElement.dataset.theme ?? 'system'}/${dark}`
}

/** A message kind's colour: by family, so a reply matches its request. */
export function kindColor(p: Palette, kind: string): string {
  if (kind.startsWith('RequestVote')) return p.vote
  if (kind.startsWith('AppendEntries')) return p.append
  if (kind.startsWith('Heartbeat')) return p.heartbeat
  if (kind.startsWith('Client')) return p.client
  return p.muted
}
