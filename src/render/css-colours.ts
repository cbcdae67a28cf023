/**
 * The colours a canvas draws with, read from the page's CSS variables (so the theme
 * applies): each named variable's colour, and for the graphs and the diagram, each message
 * shape's colour by its class.
 */

import { SHAPES, UNKNOWN_GLYPH } from './graph-glyphs'

/** Each message shape's colour by its graph glyph class (`k-diamond`, …), as the graph draws it. */
export interface ShapeColours {
  readonly kinds: Readonly<Record<string, string>>
}

/** Reads computed colours through a hidden element put in `el`, so its variables apply. */
function withProbe<T>(el: HTMLElement, read: (probe: HTMLSpanElement) => T): T {
  const probe = document.createElement('span')
  probe.style.display = 'none'
  el.appendChild(probe)
  try {
    return read(probe)
  } finally {
    probe.remove()
  }
}

/** Each named CSS variable's colour where `el` is. */
export function resolveCssColours<K extends string>(
  el: HTMLElement,
  names: Readonly<Record<K, string>>,
): Record<K, string> {
  const entries = Object.entries(names) as [K, string][]
  const colours = resolveCssColourList(
    el,
    entries.map(([, variable]) => variable),
  )
  return Object.fromEntries(entries.map(([key], i) => [key, colours[i]!])) as Record<K, string>
}

/** Each of `variables`' colours where `el` is, in their order. */
export function resolveCssColourList(el: HTMLElement, variables: readonly string[]): string[] {
  return withProbe(el, (probe) =>
    variables.map((variable) => {
      probe.style.color = `var(${variable})`
      return getComputedStyle(probe).color
    }),
  )
}

/** The named colours and every message shape's. */
export function resolveCssColoursWithShapes<K extends string>(
  el: HTMLElement,
  names: Readonly<Record<K, string>>,
): Record<K, string> & ShapeColours {
  const kinds = withProbe(el, (probe) => {
    const out: Record<string, string> = {}
    probe.style.color = 'var(--k)'
    for (const cls of [...Object.values(SHAPES), UNKNOWN_GLYPH].map((g) => g.cls)) {
      probe.className = cls
      out[cls] = getComputedStyle(probe).color
    }
    return out
  })
  return { ...resolveCssColours(el, names), kinds }
}

/**
 * Calls `onChange` when the resolved colours may have changed: the theme button sets
 * `data-theme` on the root, or the system switches between light and dark.
 */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  const query = window.matchMedia?.('(prefers-color-scheme: dark)')
  query?.addEventListener('change', onChange)
  return () => {
    observer.disconnect()
    query?.removeEventListener('change', onChange)
  }
}
