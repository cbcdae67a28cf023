/**
 * The diagram as a standalone SVG document, for a slide or a paper: what the canvas draws
 * (outage bands, the time grid, lanes and the cursor) and every arrow and mark as vectors,
 * however many, with the lanes named.
 */

import { escape, n, svgShapes } from './svg-layer'
import { LABEL_INSET_PX, LANE_FONT_FAMILY, LANE_FONT_PX, LANE_FONT_WEIGHT } from './gutter'
import type { LaneGutter } from './gutter'
import { AXIS_PX, type Layout } from './geometry'
import { stubLabels } from './draw'
import type { Emphasis } from './draw'
import type { Palette } from './palette'

/** `gutter`: the lane names as they fit the layout's gutter (laneGutter). */
export function diagramSvg(l: Layout, p: Palette, e: Emphasis, gutter: LaneGutter): string {
  const { width, height } = l.frame
  const h = l.laneHeight * 0.8
  let out = `<rect width="${width}" height="${height}" fill="${p.panel}"/>`
  for (const b of l.bands) {
    if (b.kind === 'outside') continue
    const opacity = b.kind === 'down' ? 0.28 : 0.1 + 0.06 * (b.kind % 3)
    const fill = b.kind === 'down' ? p.crashed : p.cut
    const y = l.laneY[b.lane]! - h / 2
    out += `<rect x="${n(b.x1)}" y="${n(y)}" width="${n(Math.max(1, b.x2 - b.x1))}" height="${n(h)}" fill="${fill}" opacity="${opacity.toFixed(2)}"/>`
  }
  for (const t of l.ticks) {
    out += `<line x1="${n(t.x)}" y1="14" x2="${n(t.x)}" y2="${height}" stroke="${p.line}" opacity="0.5"/>`
    out += `<text x="${n(t.x)}" y="11" text-anchor="middle" font-size="11" fill="${p.muted}">${escape(t.label)}</text>`
  }
  const font = `font-family="${LANE_FONT_FAMILY}" font-size="${LANE_FONT_PX}" font-weight="${LANE_FONT_WEIGHT}"`
  // Scrolled lanes: only those in view, cut at the time axis as on screen.
  const scrolled = l.frame.rows != null
  if (scrolled) {
    out += `<clipPath id="st-plot"><rect x="0" y="${AXIS_PX}" width="${width}" height="${height - AXIS_PX}"/></clipPath><g clip-path="url(#st-plot)">`
  }
  for (let i = l.first; i < l.end; i++) {
    const y = l.laneY[i]!
    out += `<line x1="${l.frame.gutterPx}" y1="${n(y)}" x2="${width}" y2="${n(y)}" stroke="${p.line}"/>`
    const label = gutter.labels[i]
    if (label !== undefined) {
      // A name cut short keeps its whole self as a title.
      const title = label.clipped ? `<title>${escape(label.text)}</title>` : ''
      out += `<text x="${LABEL_INSET_PX}" y="${n(y)}" dominant-baseline="central" ${font} fill="${p.muted}">${title}${escape(label.shown)}</text>`
    }
  }
  for (const b of l.bands) {
    if (b.kind !== 'outside') continue
    const y = Math.round(l.laneY[b.lane]!)
    out += `<rect x="${n(b.x1)}" y="${y - 1}" width="${n(Math.max(1, b.x2 - b.x1))}" height="3" fill="${p.panel}"/>`
  }
  out += svgShapes(l, p, e)
  if (scrolled) {
    for (const end of stubLabels(l)) {
      const y = end.below ? end.y + 10 : end.y - 2
      out += `<text x="${n(end.x)}" y="${n(y)}" text-anchor="middle" font-size="9" fill="${p.muted}">${escape(end.text)}</text>`
    }
    out += '</g>'
  }
  out += `<line x1="${n(l.cursorX)}" y1="0" x2="${n(l.cursorX)}" y2="${height}" stroke="${p.accent}" stroke-width="2"/>`
  const family = 'font-family="system-ui, sans-serif"'
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${family}>${out}</svg>`
}
