/** Small DOM helpers for the graph: creating SVG elements and mapping pointer coordinates. */

import type { Point } from './model'

const SVG_NS = 'http://www.w3.org/2000/svg'

type Attrs = Readonly<Record<string, string | number>>

/** Appends an SVG element with its attributes; decorative unless told otherwise. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  parent: Element,
  tag: K,
  attrs: Attrs = {},
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag)
  for (const name in attrs) el.setAttribute(name, String(attrs[name]))
  parent.appendChild(el)
  return el
}

/** Appends `<title>`, which browsers show as a tooltip on SVG. */
export function svgTitle(parent: Element, text: string): SVGTitleElement {
  const title = svgEl(parent, 'title')
  title.textContent = text
  return title
}

/**
 * A point on the screen in an SVG element's own coordinates (the svg's viewBox, or a
 * group's inside its transform), through the inverse of its screen transform, so
 * letterboxing by preserveAspectRatio and the view's pan and zoom are undone.
 */
export function toSvgPoint(el: SVGGraphicsElement, clientX: number, clientY: number): Point {
  const ctm = el.getScreenCTM()
  if (ctm === null) return { x: clientX, y: clientY }
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse())
  return { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }
}
