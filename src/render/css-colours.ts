/**
 * The colours a canvas draws with, read from the page's CSS variables (so the theme
 * applies): each named variable's colour, and each message shape's colour by its class.
 */

import { SHAPES, UNKNOWN_GLYPH } from './graph-glyphs'

export function resolveCssColours<K extends string>(
  el: HTMLElement,
  names: Readonly<Record<K, string>>,
): Record<K, string> & { readonly kinds: Readonly<Record<string, string>> } {
  const probe = document.createElement('span')
  probe.style.display = 'none'
  el.appendChild(probe)
  const out: Record<string, string> = {}
  for (const [key, variable] of Object.entries(names)) {
    probe.style.color = `var(${variable as string})`
    out[key] = getComputedStyle(probe).color
  }
  const kinds: Record<string, string> = {}
  probe.style.color = 'var(--k)'
  for (const cls of [...Object.values(SHAPES), UNKNOWN_GLYPH].map((g) => g.cls)) {
    probe.className = cls
    kinds[cls] = getComputedStyle(probe).color
  }
  probe.remove()
  return { ...(out as Record<K, string>), kinds }
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
