/**
 * The legend, top left: the open protocol's roles and message kinds, with the same shapes
 * and colours the graph uses, and what every protocol shares (crashed, the timer, client
 * messages, losses). It is narrow on purpose: nodes sit on a circle of radius 0.36·min(w,
 * h) around the centre, and a column this thin stays clear of it for any node count.
 */

import { svgEl, svgTitle } from './graph-dom'
import { arcPath } from './graph-geometry'
import { DROP_PATH, SHAPES, glyphFor, type Glyph } from './graph-glyphs'
import type { GraphLegend, LegendRole } from './model'
import type { LegendKinds } from '../protocols/presentation'
import { t } from '../i18n/translate'

const X = 8
const Y = 8
const WIDTH = 124
const ROW = 15
const TEXT_X = 35

type Row = (g: SVGGElement) => string

interface Caption {
  readonly text: string
  readonly cls: string
}

const header = (text: string): Caption => ({ text, cls: 'cg-legend-head' })
const note = (text: string): Caption => ({ text, cls: 'cg-legend-note' })

function glyphAt(parent: SVGGElement, glyph: Glyph, x: number, extra = '') {
  const cls = `cg-msg ${glyph.cls}${glyph.hollow ? ' hollow' : ''}${extra}`
  const g = svgEl(parent, 'g', { class: cls, transform: `translate(${x},0)` })
  svgEl(g, 'path', { class: 'cg-glyph', d: glyph.d })
  if (glyph.detail !== '') svgEl(g, 'path', { class: 'cg-glyph-detail', d: glyph.detail })
}

/** A role's swatch: a small node body in the role's look (or crashed, with its strike). */
function roleRow({ role, look }: LegendRole, crashed = false): Row {
  return (g) => {
    const cls = `look-${look}${crashed ? ' role-crashed' : ''}`
    const s = svgEl(g, 'g', { class: cls, transform: 'translate(16,0)' })
    svgEl(s, 'circle', { class: 'cg-body', r: 6.5 })
    if (look === 'lead') svgEl(s, 'circle', { class: 'cg-inner', r: 3.5 })
    if (look === 'service')
      svgEl(s, 'rect', { class: 'cg-rack', x: -3, y: -1, width: 6, height: 2 })
    if (crashed) svgEl(s, 'line', { class: 'cg-strike', x1: -4, y1: 4, x2: 4, y2: -4 })
    return role
  }
}

function kinds(request: Glyph, reply: Glyph | null, label: string): Row {
  return (g) => {
    glyphAt(g, request, 11)
    if (reply !== null) glyphAt(g, reply, 25)
    return label
  }
}

const messageRow = (m: LegendKinds): Row =>
  kinds(glyphFor(m.request), m.reply === undefined ? null : glyphFor(m.reply), m.label)

/** The rows for a protocol, from its roles and message kinds down to what all share. */
function rowsOf(legend: GraphLegend): (Row | Caption)[] {
  return [
    header(t('graph.legend.nodes')),
    ...legend.roles.map((r) => roleRow(r)),
    roleRow({ role: t('graph.legend.crashed'), look: 'plain' }, true),
    (g) => {
      svgEl(g, 'circle', { class: 'cg-timer-track', cx: 16, r: 6 })
      svgEl(g, 'path', { class: 'cg-timer', d: arcPath(0.7, 6), transform: 'translate(16,0)' })
      return t('graph.legend.timerLeft')
    },
    header(t('graph.legend.messages')),
    ...legend.messages.map(messageRow),
    kinds(SHAPES.triangle, SHAPES['triangle-reply'], t('graph.legend.client')),
    (g) => {
      // An envelope stands for any message here: what the row shows is the broken outline.
      glyphAt(g, SHAPES.envelope, 11, ' lost')
      return t('graph.legend.willBeLost')
    },
    (g) => {
      const d = svgEl(g, 'g', { class: 'cg-drop', transform: 'translate(11,0) scale(0.8)' })
      svgEl(d, 'path', { class: 'cg-drop-cross', d: DROP_PATH })
      return t('graph.legend.dropped')
    },
    note(t('graph.legend.hollowReply')),
  ]
}

/** Room for a label, right of its swatch. */
const TEXT_WIDTH = WIDTH - TEXT_X - 6
/** A wrapped label's further lines come this far below its first. */
const LINE = 12
/** What an 11px character takes on average, for text not laid out yet (a hidden graph). */
const CHAR_PX = 6.2

/** The width `text` takes in `el`'s font: measured when laid out, else estimated. */
function textWidth(el: SVGTextElement, text: string): number {
  el.textContent = text
  const measured = el.getComputedTextLength?.() ?? 0
  return measured > 0 ? measured : text.length * CHAR_PX
}

/**
 * Writes a label into `el`, wrapped at spaces onto further lines where it is wider than
 * the column (a protocol's long message names); returns how many lines it took.
 */
function writeLabel(el: SVGTextElement, label: string): number {
  const lines: string[] = []
  for (const word of label.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && textWidth(el, `${last} ${word}`) <= TEXT_WIDTH) {
      lines[lines.length - 1] = `${last} ${word}`
    } else lines.push(word)
  }
  el.textContent = lines.length === 1 ? label : ''
  if (lines.length === 1) return 1
  lines.forEach((line, i) => {
    const span = svgEl(el, 'tspan', { x: TEXT_X, dy: i === 0 ? 0 : LINE })
    span.textContent = line
  })
  return lines.length
}

function drawLegend(parent: SVGGElement, legend: GraphLegend): SVGGElement {
  const g = svgEl(parent, 'g', {
    class: 'cg-legend',
    'aria-hidden': 'true',
    transform: `translate(${X},${Y})`,
  })
  svgTitle(g, t('graph.legend'))
  const panel = svgEl(g, 'rect', { class: 'cg-legend-panel', width: WIDTH, rx: 6 })
  let y = 12
  for (const row of rowsOf(legend)) {
    const line = svgEl(g, 'g', { transform: `translate(0,${y})` })
    y += ROW
    if ('text' in row) {
      svgEl(line, 'text', { class: row.cls, x: 8, y: 0 }).textContent = row.text
      continue
    }
    const text = svgEl(line, 'text', { class: 'cg-legend-text', x: TEXT_X, y: 0 })
    y += (writeLabel(text, row(line)) - 1) * LINE
  }
  panel.setAttribute('height', String(y - 2))
  return g
}

/** The legend of the open run's protocol, drawn again only when the protocol changes. */
export function createLegend(parent: SVGGElement) {
  let drawn: { readonly protocol: string; readonly g: SVGGElement } | null = null
  return {
    update(legend: GraphLegend) {
      if (drawn?.protocol === legend.protocol) return
      drawn?.g.remove()
      drawn = { protocol: legend.protocol, g: drawLegend(parent, legend) }
    },
  }
}

/** The box client requests come from and replies go to. */
export function createClientAnchor(parent: SVGGElement) {
  const g = svgEl(parent, 'g', { class: 'cg-client', 'aria-hidden': 'true' })
  svgEl(g, 'rect', { x: -30, y: -12, width: 60, height: 24, rx: 6 })
  svgEl(g, 'text', { y: 0 }).textContent = t('graph.clients')
  let x = NaN
  let y = NaN
  return {
    update(at: { readonly x: number; readonly y: number }) {
      if (at.x === x && at.y === y) return
      x = at.x
      y = at.y
      g.setAttribute('transform', `translate(${x},${y})`)
    },
  }
}
