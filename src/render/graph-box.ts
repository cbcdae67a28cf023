/**
 * The graph's svg is sized in pixels, following its box, rather than by percentages.
 * Chromium lays a flex or grid item out more than once when anything beside it changes (a
 * row added to the event log, every frame while playing); an svg sized in percentages of
 * such an item is measured at another size in between, which counts as a change of its
 * scale, so every element in it, every label above all, was laid out again, twice, in each
 * of those frames. At a fixed size only what moved is laid out.
 */

export interface BoxSize {
  /** The svg's size in CSS px, as last seen (0 × 0 before the first look). */
  size(): { readonly width: number; readonly height: number }
  stop(): void
}

/** Keeps `svg` exactly as large as `box`. */
export function sizeToBox(svg: SVGSVGElement, box: HTMLElement): BoxSize {
  let size = { width: 0, height: 0 }
  const observer = new ResizeObserver((entries) => {
    const rect = entries.at(-1)?.contentRect
    if (rect === undefined) return
    size = { width: rect.width, height: rect.height }
    svg.style.width = `${rect.width}px`
    svg.style.height = `${rect.height}px`
  })
  observer.observe(box)
  return { size: () => size, stop: () => observer.disconnect() }
}
