/**
 * The diagram as a standalone SVG document, for a slide or a paper: what the canvas draws
 * (outage bands, the time grid, lanes and the cursor) and every arrow and mark as vectors,
 * however many, with the lanes named.
 */

import { escape, n, svgShapes } from './svg-layer'
import { GUTTER_PX, type Layout } from './geometry'
import type { Emphasis } from './draw'
import type { Palette } from './palette'

export function diagramSvg(l: Layout, p: Palette, e: Emphasis, lanes: readonly string[]): string {
  const { width, height } = l.frame
  const h = l.laneHeight * 0.8
  let out = `<rect width="${width}" height="${height}" fill="${p.panel}"/>`
  for (const b of l.bands) {
    const opacity = b.kind === 'down' ? 0.28 : 0.1 + 0.06 * (b.kind % 3)
    const fill = b.kind === 'down' ? p.crashed : p.cut
    const y = l.laneY[b.lane]! - h / 2
    out += `<rect x="${n(b.x1)}" y="${n(y)}" width="${n(Math.max(1, b.x2 - b.x1))}" height="${n(h)}" fill="${fill}" opacity="${opacity.toFixed(2)}"/>`
  }
  for (const t of l.ticks) {
    out += `<line x1="${n(t.x)}" y1="14" x2="${n(t.x)}" y2="${height}" stroke="${p.line}" opacity="0.5"/>`
    out += `<text x="${n(t.x)}" y="11" text-anchor="middle" font-size="11" fill="${p.muted}">${escape(t.label)}</text>`
  }
  l.laneY.forEach((y, i) => {
    out += `<line x1="${GUTTER_PX}" y1="${n(y)}" x2="${width}" y2="${n(y)}" stroke="${p.line}"/>`
    const name = lanes[i]
    if (name !== undefined) {
      out += `<text x="6" y="${n(y)}" dominant-baseline="central" font-size="12" fill="${p.ink}">${escape(name)}</text>`
    }
  })
  out += svgShapes(l, p, e)
  out += `<line x1="${n(l.cursorX)}" y1="0" x2="${n(l.cursorX)}" y2="${height}" stroke="${p.accent}" stroke-width="2"/>`
  const font = 'font-family="system-ui, sans-serif"'
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${font}>${out}</svg>`
}
