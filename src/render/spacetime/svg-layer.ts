/**
 * Arrows and marks as SVG, while there are few enough: each is an element with a title
 * (hover it to read what it is), a class and a data-id, which tools and tests can find.
 * Past a few hundred the canvas draws them instead, at a fraction of the cost.
 */

import { kindColor, type Palette } from './palette'
import { toneOf, type Emphasis, type Tone } from './draw'
import type { ArrowShape, Layout, MarkShape } from './geometry'

/** Arrows plus marks in view up to which SVG is used. */
export const SVG_LIMIT = 400

const OPACITY: Record<Tone, number> = { normal: 0.9, past: 1, future: 1, faded: 0.12 }

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

const n = (x: number) => x.toFixed(1)

function arrowMarkup(s: ArrowShape, p: Palette, tone: Tone, hovered: boolean): string {
  const a = s.arrow
  const color = hovered ? p.ink : tone === 'future' ? p.delayed : kindColor(p, a.kind)
  const width = hovered ? 3 : a.delayed ? 2.2 : tone === 'normal' ? 1.2 : 1.8
  const dash =
    s.end === 'flying'
      ? ' stroke-dasharray="4 3"'
      : a.duplicate
        ? ' stroke-dasharray="1.5 2.5"'
        : ''
  const reply = a.kind.endsWith('Reply') && !hovered && tone === 'normal' ? 0.55 : OPACITY[tone]
  const fate =
    a.fate === 'dropped'
      ? `lost (${a.dropReason ?? 'lost'})`
      : s.end === 'flying'
        ? 'in flight'
        : 'delivered'
  const title = `#${a.id} ${a.kind} ${a.from} → ${a.to}, ${fate}${a.duplicate ? ', a duplicate' : ''}${a.delayed ? ', delayed' : ''}`
  const cross =
    s.end === 'dropped'
      ? `<path d="M${n(s.x2 - 4)},${n(s.y2 - 4)}L${n(s.x2 + 4)},${n(s.y2 + 4)}M${n(s.x2 + 4)},${n(s.y2 - 4)}L${n(s.x2 - 4)},${n(s.y2 + 4)}" stroke="${p.danger}" stroke-width="2"/>`
      : ''
  return `<g class="st-arrow st-${s.end}" data-id="${a.id}" opacity="${reply}"><title>${escape(title)}</title><line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${color}" stroke-width="${width}" stroke-linecap="round"${dash}/>${cross}</g>`
}

const MARK_COLOR: Record<MarkShape['kind'], keyof Palette> = {
  crash: 'danger',
  restart: 'commit',
  leader: 'leader',
  election: 'candidate',
  timeout: 'candidate',
  commit: 'commit',
  invoke: 'client',
  return: 'client',
  violation: 'danger',
  event: 'ink',
}

function markMarkup(m: MarkShape, p: Palette, tone: Tone, picked: boolean): string {
  const color = p[MARK_COLOR[m.kind]]
  const { x, y } = m
  const shape =
    m.kind === 'crash'
      ? `<path d="M${n(x - 6)},${n(y - 6)}L${n(x + 6)},${n(y + 6)}M${n(x + 6)},${n(y - 6)}L${n(x - 6)},${n(y + 6)}" stroke="${color}" stroke-width="2"/>`
      : m.kind === 'violation'
        ? `<path d="M${n(x)},${n(y - 8)}L${n(x + 8)},${n(y)}L${n(x)},${n(y + 8)}L${n(x - 8)},${n(y)}Z" fill="${color}"/>`
        : m.kind === 'election'
          ? `<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="none" stroke="${color}" stroke-width="1.5"/>`
          : m.kind === 'commit'
            ? `<rect x="${n(x - 3.5)}" y="${n(y - 3.5)}" width="7" height="7" fill="${color}"/>`
            : `<circle cx="${n(x)}" cy="${n(y)}" r="${m.kind === 'leader' ? 5 : 3.5}" fill="${color}"/>`
  const ring = picked
    ? `<circle cx="${n(x)}" cy="${n(y)}" r="9" fill="none" stroke="${p.accent}" stroke-width="2"/>`
    : ''
  return `<g class="st-mark st-${m.kind}" opacity="${tone === 'faded' ? 0.2 : 1}"><title>${escape(`${m.mark.label} (${m.mark.node}, ${(m.mark.at / 1000).toFixed(3)} s)`)}</title>${shape}${ring}</g>`
}

export function svgShapes(l: Layout, p: Palette, e: Emphasis): string {
  let out = ''
  for (const a of l.arrows) out += arrowMarkup(a, p, toneOf(e, a.arrow.sendIndex), false)
  const hovered = l.arrows.find((a) => a.arrow.id === e.hovered)
  if (hovered !== undefined) out += arrowMarkup(hovered, p, 'normal', true)
  for (const m of l.marks) {
    out += markMarkup(m, p, toneOf(e, m.mark.eventIndex), m.mark.eventIndex === e.picked)
  }
  return out
}
