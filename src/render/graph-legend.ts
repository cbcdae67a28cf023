/**
 * The legend, top left: node roles and message kinds with the same shapes and colours the
 * graph uses. It is narrow on purpose: nodes sit on a circle of radius 0.36·min(w, h)
 * around the centre, and a column this thin stays clear of it for any node count.
 */

import { svgEl, svgTitle } from './graph-dom'
import { arcPath } from './graph-geometry'
import { DROP_PATH, GLYPHS, type Glyph } from './graph-glyphs'

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

function role(name: string, label = name): Row {
  return (g) => {
    const s = svgEl(g, 'g', { class: `role-${name}`, transform: 'translate(16,0)' })
    svgEl(s, 'circle', { class: 'cg-body', r: 6.5 })
    if (name === 'leader') svgEl(s, 'circle', { class: 'cg-inner', r: 3.5 })
    if (name === 'crashed') svgEl(s, 'line', { class: 'cg-strike', x1: -4, y1: 4, x2: 4, y2: -4 })
    return label
  }
}

function kinds(request: Glyph, reply: Glyph | null, label: string): Row {
  return (g) => {
    glyphAt(g, request, 11)
    if (reply !== null) glyphAt(g, reply, 25)
    return label
  }
}

const rows: readonly (Row | Caption)[] = [
  header('Nodes'),
  role('leader'),
  role('follower'),
  role('candidate'),
  role('crashed'),
  (g) => {
    svgEl(g, 'circle', { class: 'cg-timer-track', cx: 16, r: 6 })
    svgEl(g, 'path', { class: 'cg-timer', d: arcPath(0.7, 6), transform: 'translate(16,0)' })
    return 'timer left'
  },
  header('Messages'),
  kinds(GLYPHS.RequestVote!, GLYPHS.RequestVoteReply!, 'RequestVote'),
  kinds(GLYPHS.AppendEntries!, GLYPHS.AppendEntriesReply!, 'AppendEntries'),
  kinds(GLYPHS.Heartbeat!, null, 'Heartbeat'),
  kinds(GLYPHS.ClientRequest!, GLYPHS.ClientReply!, 'Client'),
  (g) => {
    glyphAt(g, GLYPHS.AppendEntries!, 11, ' lost')
    return 'will be lost'
  },
  (g) => {
    const d = svgEl(g, 'g', { class: 'cg-drop', transform: 'translate(11,0) scale(0.8)' })
    svgEl(d, 'path', { class: 'cg-drop-cross', d: DROP_PATH })
    return 'dropped'
  },
  note('hollow = reply'),
]

export function drawLegend(parent: SVGGElement): void {
  const legend = svgEl(parent, 'g', {
    class: 'cg-legend',
    'aria-hidden': 'true',
    transform: `translate(${X},${Y})`,
  })
  svgTitle(legend, 'Legend: node roles and message kinds')
  const height = rows.length * ROW + 10
  svgEl(legend, 'rect', { class: 'cg-legend-panel', width: WIDTH, height, rx: 6 })
  rows.forEach((row, i) => {
    const g = svgEl(legend, 'g', { transform: `translate(0,${12 + i * ROW})` })
    if ('text' in row) {
      svgEl(g, 'text', { class: row.cls, x: 8, y: 0 }).textContent = row.text
      return
    }
    svgEl(g, 'text', { class: 'cg-legend-text', x: TEXT_X, y: 0 }).textContent = row(g)
  })
}

/** The box client requests come from and replies go to. */
export function createClientAnchor(parent: SVGGElement) {
  const g = svgEl(parent, 'g', { class: 'cg-client', 'aria-hidden': 'true' })
  svgEl(g, 'rect', { x: -30, y: -12, width: 60, height: 24, rx: 6 })
  svgEl(g, 'text', { y: 0 }).textContent = 'clients'
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
