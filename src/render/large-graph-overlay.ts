/**
 * The large graph's nodes for keyboards, screen readers and tests: a transparent, focusable
 * element over each node on the canvas, with the role and accessible name the small
 * graph's nodes have (`button`, `n7: alive`, `n7: crashed`; DESIGN.md) and `aria-pressed`
 * when selected. Names are written only when they change. A thousand tab stops would
 * trap the keyboard, so the cluster is one: Tab reaches the selected (or last focused)
 * node, and the arrow keys, Home and End move between nodes from there.
 */

import { isNavKey, neighbour, hitRadius } from './large-graph-hit'
import { t } from '../i18n/translate'
import type { GraphCallbacks, Point } from './model'
import type { LargeLayout } from './large-graph-layout'
import type { LargeGraphModel, LargeNode } from './large-graph-model'

interface NodeElement {
  readonly el: HTMLDivElement
  node: LargeNode | null
  pressed: boolean
  shown: boolean
}

export interface OverlayDeps {
  readonly parent: HTMLElement
  readonly callbacks: GraphCallbacks
  /** The pointer is over a node's slot now (-1: none). */
  onHover(slot: number): void
  /** Keyboard focus is on a node's slot now (-1: none). */
  onFocus(slot: number): void
}

function isMenuKey(e: KeyboardEvent): boolean {
  if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) return true
  return (e.key === 'm' || e.key === 'M') && !e.ctrlKey && !e.metaKey && !e.altKey
}

function slotOf(target: EventTarget | null): number {
  const el = target instanceof HTMLElement ? target.closest<HTMLElement>('.lg-node') : null
  return el === null ? -1 : Number(el.dataset.slot)
}

export function createNodeOverlay(deps: OverlayDeps) {
  const { callbacks } = deps
  const root = deps.parent.appendChild(document.createElement('div'))
  root.className = 'lg-nodes'
  root.setAttribute('role', 'group')
  root.setAttribute('aria-label', t('graph.cluster'))
  const elements: NodeElement[] = []
  let layout: LargeLayout | null = null
  let model: LargeGraphModel | null = null
  /** The one node Tab reaches. */
  let stop = -1
  let lastFocused = -1

  const shown = (slot: number) => elements[slot]?.shown === true
  const idOf = (slot: number) => model?.nodes[slot]?.id
  const centre = (slot: number): Point =>
    layout === null ? { x: 0, y: 0 } : { x: layout.x[slot]!, y: layout.y[slot]! }

  const create = (slot: number): NodeElement => {
    const el = document.createElement('div')
    el.className = 'lg-node'
    el.setAttribute('role', 'button')
    el.tabIndex = -1
    el.setAttribute('aria-pressed', 'false')
    el.dataset.slot = String(slot)
    root.appendChild(el)
    const view = { el, node: null, pressed: false, shown: true }
    if (layout !== null) place(view, slot, layout)
    return view
  }

  const place = (v: NodeElement, slot: number, l: LargeLayout) => {
    if (slot >= l.count) return
    const h = Math.min(hitRadius(l), Math.max(l.radius + 1, l.spacing / 2))
    v.el.style.width = v.el.style.height = `${2 * h}px`
    v.el.style.transform = `translate(${l.x[slot]! - h}px, ${l.y[slot]! - h}px)`
  }

  const setStop = (slot: number) => {
    if (slot === stop) return
    if (stop >= 0 && elements[stop] !== undefined) elements[stop]!.el.tabIndex = -1
    stop = slot
    if (slot >= 0) elements[slot]!.el.tabIndex = 0
  }

  const firstShown = () => elements.findIndex((v) => v.shown)

  const onClick = (e: MouseEvent) => {
    const id = idOf(slotOf(e.target))
    if (id !== undefined) callbacks.onSelectNode(id)
  }
  const onContextMenu = (e: MouseEvent) => {
    const slot = slotOf(e.target)
    const id = idOf(slot)
    if (id === undefined) return
    e.preventDefault()
    callbacks.onNodeMenu(id, centre(slot))
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const slot = slotOf(e.target)
    const id = idOf(slot)
    if (id === undefined || layout === null) return
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      callbacks.onSelectNode(id)
    } else if (isMenuKey(e)) {
      e.preventDefault()
      callbacks.onNodeMenu(id, centre(slot))
    } else if (isNavKey(e.key) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault()
      const next = neighbour(layout, slot, e.key, shown)
      if (next !== slot) focus(next)
    }
  }
  const onFocusIn = (e: FocusEvent) => {
    const slot = slotOf(e.target)
    if (slot < 0) return
    lastFocused = slot
    setStop(slot)
    // Only keyboard focus shows the id: a click shows it as the selection anyway.
    deps.onFocus(elements[slot]!.el.matches(':focus-visible') ? slot : -1)
  }
  const onFocusOut = () => deps.onFocus(-1)
  const onPointerOver = (e: PointerEvent) => deps.onHover(slotOf(e.target))
  const onPointerLeave = () => deps.onHover(-1)
  root.addEventListener('click', onClick)
  root.addEventListener('contextmenu', onContextMenu)
  root.addEventListener('keydown', onKeyDown)
  root.addEventListener('focusin', onFocusIn)
  root.addEventListener('focusout', onFocusOut)
  root.addEventListener('pointerover', onPointerOver)
  root.addEventListener('pointerleave', onPointerLeave)

  function focus(slot: number) {
    elements[slot]?.el.focus()
  }

  return {
    /** Writes what changed: names, pressed states, who is drawn, the tab stop. */
    update(next: LargeGraphModel) {
      model = next
      const count = next.nodes.length
      for (let i = elements.length; i < count; i++) elements.push(create(i))
      for (let i = 0; i < elements.length; i++) {
        const v = elements[i]!
        const n = i < count ? next.nodes[i]! : null
        const show = n !== null && n.member
        if (show !== v.shown) {
          v.shown = show
          v.el.hidden = !show
        }
        if (n !== null && n !== v.node) {
          if (n.label !== v.node?.label) v.el.setAttribute('aria-label', n.label)
          if (n.id !== v.node?.id) v.el.dataset.id = n.id
          v.node = n
        }
        const pressed = i === next.selectedNode
        if (pressed !== v.pressed) {
          v.pressed = pressed
          v.el.setAttribute('aria-pressed', String(pressed))
        }
      }
      const want = [next.selectedNode, lastFocused, stop].find((s) => s >= 0 && shown(s))
      setStop(want ?? firstShown())
    },
    /** Puts every element over its node, after a new layout. */
    place(next: LargeLayout) {
      layout = next
      elements.forEach((v, i) => place(v, i, next))
    },
    /** Follows the canvas's pan and zoom. */
    transform(x: number, y: number, k: number) {
      root.style.transform =
        k === 1 && x === 0 && y === 0 ? '' : `translate(${x}px, ${y}px) scale(${k})`
    },
    element: root,
    destroy() {
      root.remove()
    },
  }
}
