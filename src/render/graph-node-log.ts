/**
 * A node's compact log: one small square per entry of the tail, oldest first, coloured by
 * term, solid when committed and hollow when not, with "+N" for the entries left out.
 * Squares are reused by slot, not keyed by log index: appending shifts the tail, and
 * rewriting a class is cheaper than replacing every element.
 */

import { svgEl } from './graph-dom'
import { termColourIndex } from './graph-glyphs'
import type { GraphNode } from './model'

export const ENTRY_SIZE = 9
const ENTRY_STEP = 11

interface Slot {
  readonly rect: SVGRectElement
  term: number
  committed: boolean
}

export interface LogView {
  update(log: GraphNode['log'], logLength: number): void
}

export function createLogView(parent: SVGGElement): LogView {
  const g = svgEl(parent, 'g', { class: 'cg-log' })
  const more = svgEl(g, 'text', { class: 'cg-log-more', y: ENTRY_SIZE - 1 })
  const slots: Slot[] = []
  let count = -1
  let hidden = -1

  function layout(n: number) {
    const x0 = -(n * ENTRY_STEP - (ENTRY_STEP - ENTRY_SIZE)) / 2
    while (slots.length > n) slots.pop()!.rect.remove()
    while (slots.length < n) {
      const rect = svgEl(g, 'rect', { width: ENTRY_SIZE, height: ENTRY_SIZE, rx: 1.5 })
      slots.push({ rect, term: NaN, committed: false })
    }
    slots.forEach((s, i) => s.rect.setAttribute('x', String(x0 + i * ENTRY_STEP)))
    more.setAttribute('x', String(x0 - 3))
  }

  return {
    update(log, logLength) {
      if (log.length !== count) {
        count = log.length
        layout(count)
      }
      for (let i = 0; i < count; i++) {
        const e = log[i]!
        const s = slots[i]!
        if (s.term === e.term && s.committed === e.committed) continue
        s.term = e.term
        s.committed = e.committed
        const open = e.committed ? '' : ' open'
        s.rect.setAttribute('class', `cg-entry t${termColourIndex(e.term)}${open}`)
      }
      const rest = Math.max(0, logLength - count)
      if (rest !== hidden) {
        hidden = rest
        more.textContent = rest > 0 ? `+${rest}` : ''
      }
    },
  }
}
