/**
 * The large graph's key, top left, in HTML over the canvas: what a node's colours say
 * (the members' opinions of it when the protocol tells them, else its role), crashed and
 * selected, then the message colours, with the same CSS variables the canvas resolves.
 * Below it, a line that counts what the picture shows. Like the small graph's legend it
 * is hidden from assistive technology: the nodes' names say the same.
 */

import { svgEl } from './graph-dom'
import { glyphFor, SHAPES, type Glyph } from './graph-glyphs'
import { t } from '../i18n/translate'
import type { GraphLegend } from './model'
import type { LargeGraphModel } from './large-graph-model'

function el<K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
  cls: string,
  text?: string,
) {
  const e = parent.appendChild(document.createElement(tag))
  e.className = cls
  if (text !== undefined) e.textContent = text
  return e
}

/** A swatch: a class of a styled span, or a message glyph as the canvas draws it. */
type Swatch = string | { readonly glyph: Glyph; readonly lost?: boolean }

function row(list: HTMLElement, text: string, ...swatches: Swatch[]): void {
  const li = el(list, 'li', 'lg-row')
  for (const s of swatches) {
    if (typeof s === 'string') {
      el(li, 'span', s)
      continue
    }
    const svg = svgEl(li, 'svg', { class: 'lg-glyph', viewBox: '-9 -7 18 14' })
    const cls = `cg-msg ${s.glyph.cls}${s.glyph.hollow ? ' hollow' : ''}${s.lost ? ' lost' : ''}`
    svgEl(svgEl(svg, 'g', { class: cls }), 'path', { class: 'cg-glyph', d: s.glyph.d })
  }
  el(li, 'span', 'lg-text', text)
}

const dot = (glyph: Glyph, lost = false): Swatch => ({ glyph, lost })

function header(list: HTMLElement, text: string): void {
  el(list, 'li', 'lg-head', text)
}

function drawRows(list: HTMLElement, legend: GraphLegend, opinions: boolean): void {
  if (opinions) {
    header(list, t('graph.large.opinions'))
    row(list, t('graph.large.alive'), 'lg-sw alive')
    row(list, t('graph.large.suspect'), 'lg-sw suspect')
    row(list, t('graph.large.dead'), 'lg-sw dead')
    row(list, t('graph.large.shares'), 'lg-sw mixed')
  } else {
    header(list, t('graph.legend.nodes'))
    for (const r of legend.roles) row(list, r.role, `lg-sw look-${r.look}`)
  }
  row(list, t('graph.legend.crashed'), 'lg-sw crashed')
  row(list, t('graph.large.selected'), 'lg-sw selected')
  header(list, t('graph.legend.messages'))
  for (const m of legend.messages) {
    const reply = m.reply === undefined ? [] : [dot(glyphFor(m.reply))]
    row(list, m.label, dot(glyphFor(m.request)), ...reply)
  }
  row(list, t('graph.legend.client'), dot(SHAPES.triangle), dot(SHAPES['triangle-reply']))
  row(list, t('graph.legend.willBeLost'), dot(SHAPES.envelope, true))
  row(list, t('graph.legend.dropped'), 'lg-cross')
  el(list, 'li', 'lg-note', t('graph.large.tail'))
}

export function createLargeLegend(parent: HTMLElement) {
  const box = el(parent, 'div', 'lg-legend')
  box.setAttribute('aria-hidden', 'true')
  const list = el(box, 'ul', 'lg-list')
  const summary = el(box, 'p', 'lg-summary')
  let drawn = ''
  let said = ''
  return {
    element: box,
    /** Draws the rows again only when the protocol (or whether it tells opinions) changes. */
    update(model: LargeGraphModel): boolean {
      const key = `${model.legend.protocol}/${model.hasOpinions}`
      const changed = key !== drawn
      if (changed) {
        drawn = key
        list.replaceChildren()
        drawRows(list, model.legend, model.hasOpinions)
      }
      const text = summaryOf(model)
      if (text !== said) summary.textContent = said = text
      return changed
    },
    destroy: () => box.remove(),
  }
}

/** `998 up, 2 crashed · 3 suspected, 1 declared dead`: counts of what the picture shows. */
export function summaryOf(model: LargeGraphModel): string {
  let up = 0
  let crashed = 0
  let suspected = 0
  let dead = 0
  const c = model.opinions?.counts
  model.nodes.forEach((n, i) => {
    if (!n.member) return
    if (n.up) up++
    else crashed++
    if (c === undefined) return
    if (c[3 * i + 1]! > 0) suspected++
    if (c[3 * i + 2]! > 0) dead++
  })
  const nodes = t('graph.large.summary', { up, crashed })
  return c === undefined
    ? nodes
    : `${nodes} · ${t('graph.large.summaryOpinions', { suspected, dead })}`
}
