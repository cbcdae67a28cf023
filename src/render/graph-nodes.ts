/**
 * Nodes: one focusable button per node, named exactly by `node.label` (DESIGN.md), with
 * every visual part inside it hidden from assistive technology. A node is drawn by its
 * role's look, which its protocol declares, so the graph knows no protocol's roles. Looks
 * differ in colour and in shape (a crown and double ring to lead, a dashed ring to seek,
 * a dotted one when idle, a rack mark for a service, a strike for a crashed node), so the
 * graph reads without colour too.
 */

import { svgEl } from './graph-dom'
import { arcPath } from './graph-geometry'
import { keyedJoin } from './graph-join'
import { fadeIn, fadeOut } from './graph-node-fade'
import { createLogView, type LogView } from './graph-node-log'
import type { GraphNode, Point } from './model'
import type { RoleLook } from '../sim/protocol'

export const NODE_R = 28
export const TIMER_R = 33
/** The timer ring's stroke (graph.css draws the SVG one as wide). */
export const TIMER_WIDTH = 3
const SELECT_R = 39
/** Where the "⋯" menu handle sits, relative to the node's centre. */
export const HANDLE_AT: Point = { x: 29, y: -29 }
const FOCUS_BOX = {
  x: -66,
  y: -SELECT_R - 6,
  width: 132,
  height: SELECT_R + 6 + NODE_R + 40,
  rx: 14,
}
const CROWN = 'M-7.5,-10.5L-7.5,-18L-3.5,-14.5L0,-20L3.5,-14.5L7.5,-18L7.5,-10.5Z'
/** Two stacked bars, a server rack, where a leader wears its crown. */
const RACK = 'M-7.5,-19.5H7.5V-16H-7.5ZM-7.5,-14H7.5V-10.5H-7.5Z'

export interface NodeView {
  readonly g: SVGGElement
  readonly id: string
  x: number
  y: number
  readonly timer: SVGPathElement
  readonly timerTrack: SVGCircleElement
  readonly roleText: SVGTextElement
  /** The role line no longer says the node's role: written once it can be seen. */
  roleStale: boolean
  readonly log: LogView
  role: string
  look: RoleLook
  up: boolean
  epoch: string | null
  selected: boolean
  violated: boolean
  marked: boolean
  label: string
  timerLeft: number | null
}

/** The role line under a node: `leader · term 3`, `acceptor · ballot 3.1`, `primary`, `crashed`. */
export function roleLine(up: boolean, role: string, epoch: string | null): string {
  if (!up) return 'crashed'
  return epoch === null ? role : `${role} · ${epoch}`
}

/** A role as a CSS class: `role-leader`, … `role-crashed`; other characters become dashes. */
export function roleClass(up: boolean, role: string): string {
  return `role-${up ? role.toLowerCase().replace(/[^a-z0-9-]/g, '-') : 'crashed'}`
}

function createNodeView(layer: SVGGElement, n: GraphNode): NodeView {
  const g = svgEl(layer, 'g', { role: 'button', tabindex: 0, 'data-id': n.id })
  const hidden = { 'aria-hidden': 'true' }
  // The focus ring frames the label and log too, so it never cuts through text.
  svgEl(g, 'rect', { ...hidden, class: 'cg-focus', ...FOCUS_BOX })
  svgEl(g, 'circle', { ...hidden, class: 'cg-select', r: SELECT_R })
  // An opaque disc under the face, so a faded (crashed) node still hides the links behind it.
  svgEl(g, 'circle', { ...hidden, class: 'cg-backing', r: NODE_R })
  const face = svgEl(g, 'g', { ...hidden, class: 'cg-face' })
  const timerTrack = svgEl(face, 'circle', { class: 'cg-timer-track', r: TIMER_R })
  const timer = svgEl(face, 'path', { class: 'cg-timer' })
  svgEl(face, 'circle', { class: 'cg-body', r: NODE_R })
  svgEl(face, 'circle', { class: 'cg-inner', r: NODE_R - 5 })
  svgEl(face, 'path', { class: 'cg-crown', d: CROWN })
  svgEl(face, 'path', { class: 'cg-rack', d: RACK })
  const s = NODE_R * 0.62
  svgEl(face, 'line', { class: 'cg-strike', x1: -s, y1: s, x2: s, y2: -s })
  svgEl(face, 'text', { class: 'cg-id', y: 1 }).textContent = n.id
  const roleText = svgEl(face, 'text', { class: 'cg-role', y: NODE_R + 17 })
  const logHolder = svgEl(face, 'g', { transform: `translate(0,${NODE_R + 25})` })
  const handle = svgEl(g, 'g', {
    ...hidden,
    class: 'cg-handle',
    transform: `translate(${HANDLE_AT.x},${HANDLE_AT.y})`,
  })
  svgEl(handle, 'circle', { r: 9 })
  svgEl(handle, 'text', { y: 0.5 }).textContent = '⋯'
  return {
    g,
    id: n.id,
    x: NaN,
    y: NaN,
    timer,
    timerTrack,
    roleText,
    roleStale: true,
    log: createLogView(logHolder),
    role: '',
    look: 'plain',
    up: false,
    epoch: null,
    selected: false,
    violated: false,
    marked: false,
    label: '',
    timerLeft: NaN,
  }
}

/** How the layer draws its nodes this frame (see `createNodeLayer`'s update). */
export interface NodeDrawing {
  readonly selected: string | null
  readonly timersOnCanvas: boolean
  /** Role lines and logs are hidden (graph.css): they are left as they are until shown. */
  readonly dense: boolean
}

function updateNodeView(v: NodeView, n: GraphNode, how: NodeDrawing): void {
  const selected = n.id === how.selected
  if (n.position.x !== v.x || n.position.y !== v.y) {
    v.x = n.position.x
    v.y = n.position.y
    v.g.setAttribute('transform', `translate(${v.x},${v.y})`)
  }
  const changed = n.role !== v.role || n.look !== v.look || n.up !== v.up || n.epoch !== v.epoch
  if (changed || selected !== v.selected || n.violated !== v.violated || n.marked !== v.marked) {
    v.role = n.role
    v.look = n.look
    v.up = n.up
    v.epoch = n.epoch
    v.selected = selected
    v.violated = n.violated
    v.marked = n.marked
    const flags = `${selected ? ' selected' : ''}${n.violated ? ' violated' : ''}${n.marked ? ' marked' : ''}`
    v.g.setAttribute('class', `cg-node ${roleClass(n.up, n.role)} look-${n.look}${flags}`)
    v.g.setAttribute('aria-pressed', String(selected))
    v.roleStale = true
    // A crash hides the timer even when the model still carries its last value.
    v.timerLeft = NaN
  }
  if (n.label !== v.label) {
    v.label = n.label
    v.g.setAttribute('aria-label', n.label)
  }
  if (how.timersOnCanvas) {
    // Drawn on the canvas while they run down (the run plays): written again once back.
    v.timerLeft = NaN
  } else if (n.timerLeft !== v.timerLeft) {
    v.timerLeft = n.timerLeft
    const on = n.timerLeft !== null && n.up
    v.timerTrack.setAttribute('display', on ? 'inline' : 'none')
    v.timer.setAttribute('d', on ? arcPath(n.timerLeft ?? 0, TIMER_R) : '')
  }
  if (how.dense) return
  if (v.roleStale) {
    v.roleStale = false
    v.roleText.textContent = roleLine(n.up, n.role, n.epoch)
  }
  v.log.update(n.log, n.logLength)
}

/**
 * `decorate` wires behaviour (dragging) to each node's element once, when it is made. A
 * node that appears after the first frame (it joined) fades in; one that goes because it
 * left (`left` names it) fades out.
 */
export function createNodeLayer(layer: SVGGElement, decorate: (g: SVGGElement) => void) {
  let how: NodeDrawing = { selected: null, timersOnCanvas: false, dense: false }
  let left: readonly string[] = []
  let drawn = false
  const join = keyedJoin<string, GraphNode, NodeView>({
    key: (n) => n.id,
    create: (n) => {
      const v = createNodeView(layer, n)
      decorate(v.g)
      if (drawn) fadeIn(v.g)
      return v
    },
    update: (v, n) => updateNodeView(v, n, how),
    remove: (v) => (left.includes(v.id) ? fadeOut(v.g) : v.g.remove()),
  })
  return {
    /** `timersOnCanvas`: the timer rings are drawn elsewhere, and left alone here. */
    update(nodes: readonly GraphNode[], drawing: NodeDrawing, gone: readonly string[] = []) {
      how = drawing
      left = gone
      join.sync(nodes)
      drawn = true
    },
    get: (id: string) => join.get(id),
  }
}
