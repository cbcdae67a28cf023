/**
 * Arrows and marks as SVG, while there are few enough: each is an element with a title,
 * a class and a data-id, which screen readers, tools and tests can find. Past a few
 * hundred the canvas draws them instead, in the same style (style.ts).
 */

import { emphasised, toneOf, type Emphasis } from './draw'
import { arrowHead, arrowStyle, CROSS, MARK_GLYPHS, markOpacity, PICKED_RING } from './style'
import type { Tone } from './style'
import type { Palette } from './palette'
import type { ArrowShape, Layout, MarkShape } from './geometry'
import { t, type MessageKey } from '../../i18n/translate'
import type { DropReason } from '../../sim/trace'

/** Arrows plus marks in view up to which SVG is used. */
export const SVG_LIMIT = 200

export function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

export const n = (x: number) => x.toFixed(1)

/** Why a message was lost, in an arrow's title (in English the trace's own word). */
const DROP_REASON = {
  loss: 'spacetime.dropReason.loss',
  partition: 'spacetime.dropReason.partition',
  crashed: 'spacetime.dropReason.crashed',
  fault: 'spacetime.dropReason.fault',
} as const satisfies Record<DropReason, MessageKey>

function arrowMarkup(s: ArrowShape, p: Palette, tone: Tone, hovered: boolean, detailed: boolean) {
  const a = s.arrow
  const style = arrowStyle(s, p, tone, hovered)
  const dash = style.dash.length === 0 ? '' : ` stroke-dasharray="${style.dash.join(' ')}"`
  const fate =
    a.fate === 'dropped'
      ? t('spacetime.arrow.lost', {
          reason: t(
            a.dropReason === null ? 'spacetime.dropReason.unknown' : DROP_REASON[a.dropReason],
          ),
        })
      : s.end === 'flying'
        ? t('spacetime.arrow.inFlight')
        : t('spacetime.arrow.delivered')
  const duplicate = a.duplicate ? t('spacetime.arrow.duplicate') : ''
  const delayed = a.delayed ? t('spacetime.arrow.delayed') : ''
  const title = `#${a.id} ${a.kind} ${a.from} → ${a.to}, ${fate}${duplicate}${delayed}`
  const line = `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${style.color}" stroke-width="${style.width}"${dash}/>`
  const end =
    s.end === 'dropped'
      ? `<path transform="translate(${n(s.x2)},${n(s.y2)})" d="${CROSS(4)}" stroke="${p.danger}" stroke-width="2"/>`
      : s.end === 'delivered' && detailed
        ? `<path d="${arrowHead(s)}" stroke="${style.color}" stroke-width="${style.width}"/>`
        : ''
  return `<g class="st-arrow st-${s.end}" data-id="${a.id}" opacity="${style.opacity}" stroke-linecap="round" fill="none"><title>${escape(title)}</title>${line}${end}</g>`
}

function markMarkup(m: MarkShape, p: Palette, tone: Tone, picked: boolean): string {
  const glyph = MARK_GLYPHS[m.kind]
  const color = p[glyph.color] as string
  const paint = glyph.fill
    ? `fill="${color}"`
    : `fill="none" stroke="${color}" stroke-width="${m.kind === 'crash' ? 2 : 1.5}"`
  const ring = picked
    ? `<path d="${PICKED_RING}" fill="none" stroke="${p.accent}" stroke-width="2"/>`
    : ''
  const title = `${m.mark.label} (${m.mark.node}, ${(m.mark.at / 1000).toFixed(3)} s)`
  return `<g class="st-mark st-${m.kind}" transform="translate(${n(m.x)},${n(m.y)})" opacity="${markOpacity(tone)}"><title>${escape(title)}</title><path d="${glyph.d}" ${paint}/>${ring}</g>`
}

export function svgShapes(l: Layout, p: Palette, e: Emphasis): string {
  let out = ''
  for (const a of l.arrows) out += arrowMarkup(a, p, toneOf(e, a.arrow.sendIndex), false, true)
  for (const a of emphasised(l, e)) out += arrowMarkup(a, p, 'normal', true, true)
  for (const m of l.marks) {
    out += markMarkup(m, p, toneOf(e, m.mark.eventIndex), m.mark.eventIndex === e.picked)
  }
  return out
}
