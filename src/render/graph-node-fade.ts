/**
 * A node that joins fades in, and one that leaves fades out, so a change of members reads
 * as one. The fading node is taken out of the accessibility tree and the tab order at once:
 * only its picture lingers. With reduced motion (or no Web Animations), nothing fades.
 */

const FADE_MS = 500

function still(g: SVGGElement): boolean {
  if (typeof g.animate !== 'function') return true
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

export function fadeIn(g: SVGGElement): void {
  if (still(g)) return
  g.animate([{ opacity: 0 }, { opacity: 1 }], { duration: FADE_MS, easing: 'ease-out' })
}

/** Removes the node's element, after it has faded out. */
export function fadeOut(g: SVGGElement): void {
  if (still(g)) {
    g.remove()
    return
  }
  for (const name of ['role', 'tabindex', 'aria-label', 'aria-pressed', 'data-id']) {
    g.removeAttribute(name)
  }
  g.setAttribute('aria-hidden', 'true')
  g.style.pointerEvents = 'none'
  const fade = g.animate([{ opacity: 1 }, { opacity: 0 }], {
    duration: FADE_MS,
    easing: 'ease-in',
    fill: 'forwards',
  })
  const done = () => g.remove()
  fade.addEventListener('finish', done, { once: true })
  fade.addEventListener('cancel', done, { once: true })
}
