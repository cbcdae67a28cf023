/**
 * Messages in flight, as glyphs that point from sender to receiver, and drops, as fading
 * crosses where a message died. These are the elements that move every frame, so each
 * view remembers what it last wrote and touches the DOM only for what changed.
 */

import { svgEl, svgTitle } from './graph-dom'
import { angleDeg } from './graph-geometry'
import { DROP_PATH, glyphFor } from './graph-glyphs'
import { keyedJoin } from './graph-join'
import type { GraphDrop, GraphMessage, Point } from './model'

const HIT_R = 12
const RING_R = 11

interface MessageView {
  readonly g: SVGGElement
  readonly glyph: SVGPathElement
  readonly detail: SVGPathElement
  readonly title: SVGTitleElement
  kind: string
  from: string
  to: string
  lost: boolean
  selected: boolean
  hovered: boolean
  x: number
  y: number
  angle: number
}

/** The tooltip of a message: its kind, id and route, `Heartbeat #812 n1 → n3`. */
export function messageTitle(m: Pick<GraphMessage, 'kind' | 'id' | 'from' | 'to'>): string {
  return `${m.kind} #${m.id} ${m.from} → ${m.to}`
}

function createMessageView(layer: SVGGElement, m: GraphMessage): MessageView {
  const g = svgEl(layer, 'g', { 'data-id': m.id })
  const title = svgTitle(g, '')
  svgEl(g, 'circle', { class: 'cg-hit', r: HIT_R })
  svgEl(g, 'circle', { class: 'cg-msg-ring', r: RING_R })
  const glyph = svgEl(g, 'path', { class: 'cg-glyph' })
  const detail = svgEl(g, 'path', { class: 'cg-glyph-detail' })
  return {
    g,
    glyph,
    detail,
    title,
    kind: '',
    from: '',
    to: '',
    lost: false,
    selected: false,
    hovered: false,
    x: NaN,
    y: NaN,
    angle: NaN,
  }
}

export interface MessageContext {
  readonly selected: number | null
  readonly hovered: number | null
  /** Pointed at by a lesson step: drawn as if hovered. */
  readonly marked: readonly number[]
  /** Where a sender or receiver is; clients and unknown ids answer the client anchor. */
  at(id: string): Point
}

function updateMessageView(v: MessageView, m: GraphMessage, ctx: MessageContext): void {
  const lost = m.fate === 'lost'
  const selected = m.id === ctx.selected
  const hovered = m.id === ctx.hovered || ctx.marked.includes(m.id)
  if (m.kind !== v.kind || lost !== v.lost || selected !== v.selected || hovered !== v.hovered) {
    const glyph = glyphFor(m.kind)
    if (m.kind !== v.kind) {
      v.glyph.setAttribute('d', glyph.d)
      v.detail.setAttribute('d', glyph.detail)
    }
    v.kind = m.kind
    v.lost = lost
    v.selected = selected
    v.hovered = hovered
    const flags = `${glyph.hollow ? ' hollow' : ''}${lost ? ' lost' : ''}${selected ? ' selected' : ''}${hovered ? ' hovered' : ''}`
    v.g.setAttribute('class', `cg-msg ${glyph.cls}${flags}`)
    v.from = ''
  }
  if (m.from !== v.from || m.to !== v.to) {
    v.from = m.from
    v.to = m.to
    v.title.textContent = messageTitle(m)
  }
  const angle = angleDeg(ctx.at(m.from), ctx.at(m.to))
  const { x, y } = m.position
  if (x !== v.x || y !== v.y || angle !== v.angle) {
    v.x = x
    v.y = y
    v.angle = angle
    v.g.setAttribute('transform', `translate(${x},${y}) rotate(${angle})`)
  }
}

/** The id of the message drawn at an event's target, if any. */
function idAt(target: EventTarget | null): number | null {
  const el = target instanceof Element ? target.closest<SVGGElement>('.cg-msg') : null
  const id = Number(el?.dataset.id)
  return el !== null && Number.isFinite(id) ? id : null
}

export interface MessageCallbacks {
  onSelectMessage(id: number): void
  onHoverMessage(id: number | null): void
}

/**
 * Views of delivered messages, kept hidden for the next ones sent: a few new messages in
 * every frame otherwise cost six new elements each, and as many removed.
 */
const SPARE_VIEWS = 200

/** Hides a view for reuse: no class, id or tooltip a query or a reader could find. */
function shelve(v: MessageView): void {
  v.g.setAttribute('display', 'none')
  v.g.setAttribute('class', 'cg-msg-spare')
  v.g.removeAttribute('data-id')
  v.title.textContent = ''
}

/** Takes a shelved view back for message `m`; the update that follows draws it whole. */
function reuse(v: MessageView, m: GraphMessage): MessageView {
  v.g.removeAttribute('display')
  v.g.setAttribute('data-id', String(m.id))
  v.kind = ''
  v.from = ''
  v.to = ''
  return v
}

/**
 * Clicks and hovers on messages, wherever they are drawn: `idOf` names the message under
 * the pointer for an event (a click, or one of `hoverEvents`), or null. Returns the undo.
 */
export function listenToMessages(
  target: Element,
  hoverEvents: readonly string[],
  idOf: (e: MouseEvent) => number | null,
  callbacks: MessageCallbacks,
): () => void {
  const onClick = (e: Event) => {
    const id = idOf(e as MouseEvent)
    if (id !== null) callbacks.onSelectMessage(id)
  }
  let hovered: number | null = null
  const onHover = (e: Event) => {
    const id = idOf(e as MouseEvent)
    if (id === hovered) return
    hovered = id
    callbacks.onHoverMessage(id)
  }
  target.addEventListener('click', onClick)
  for (const type of hoverEvents) target.addEventListener(type, onHover)
  return () => {
    target.removeEventListener('click', onClick)
    for (const type of hoverEvents) target.removeEventListener(type, onHover)
  }
}

export function createMessageLayer(layer: SVGGElement, callbacks: MessageCallbacks) {
  let ctx: MessageContext = {
    selected: null,
    hovered: null,
    marked: [],
    at: () => ({ x: 0, y: 0 }),
  }
  const spare: MessageView[] = []
  const join = keyedJoin<number, GraphMessage, MessageView>({
    key: (m) => m.id,
    create: (m) => {
      const v = spare.pop()
      return v === undefined ? createMessageView(layer, m) : reuse(v, m)
    },
    update: (v, m) => updateMessageView(v, m, ctx),
    remove: (v) => {
      if (spare.length >= SPARE_VIEWS) return v.g.remove()
      shelve(v)
      spare.push(v)
    },
  })
  const unlisten = listenToMessages(
    layer,
    ['mouseover', 'mouseout'],
    (e) => idAt(e.type === 'mouseout' ? e.relatedTarget : e.target),
    callbacks,
  )
  return {
    update(messages: readonly GraphMessage[], context: MessageContext) {
      ctx = context
      join.sync(messages)
    },
    destroy() {
      unlisten()
    },
  }
}

interface DropView {
  readonly g: SVGGElement
  x: number
  y: number
  freshness: number
}

function createDropView(layer: SVGGElement): DropView {
  const g = svgEl(layer, 'g', { class: 'cg-drop' })
  svgEl(g, 'path', { class: 'cg-drop-halo', d: DROP_PATH })
  svgEl(g, 'path', { class: 'cg-drop-cross', d: DROP_PATH })
  return { g, x: NaN, y: NaN, freshness: NaN }
}

function updateDropView(v: DropView, d: GraphDrop): void {
  if (d.position.x !== v.x || d.position.y !== v.y) {
    v.x = d.position.x
    v.y = d.position.y
    v.g.setAttribute('transform', `translate(${v.x},${v.y})`)
  }
  const f = Math.round(Math.min(1, Math.max(0, d.freshness)) * 100) / 100
  if (f !== v.freshness) {
    v.freshness = f
    v.g.setAttribute('opacity', String(f))
  }
}

export function createDropLayer(layer: SVGGElement) {
  const join = keyedJoin<number, GraphDrop, DropView>({
    key: (d) => d.id,
    create: () => createDropView(layer),
    update: updateDropView,
    remove: (v) => v.g.remove(),
  })
  return { update: (drops: readonly GraphDrop[]) => join.sync(drops) }
}
