/**
 * The cut gesture: with the Cut button pressed, or with Shift held, a drag that starts on
 * the graph's background draws a stroke; on release, the links it crossed are cut and the
 * graph hands the groups to the app as an ordinary partition. Esc, a second finger or a
 * cancelled pointer drops the stroke. Nodes keep their own drag, so a cut starts between
 * them. Pointer events serve mouse, pen and touch alike; preventing the pointerdown keeps
 * the mouse events that would pan the view from firing.
 */

import { planCrossed, linksCrossedBy, type CutPlan } from './graph-cut'
import type { CutView } from './graph-cut-view'
import { toSvgPoint } from './graph-dom'
import { t } from '../i18n/translate'
import type { GraphModel, Point } from './model'

/** Stroke points closer than this (viewBox units) add nothing but work. */
const MIN_STEP = 3

export interface CutInputDeps {
  readonly svg: SVGSVGElement
  /** The zoomed group the graph is drawn in: strokes are kept in its coordinates. */
  readonly space: SVGGraphicsElement
  readonly view: CutView
  /** How far a link's end hides under its node's body. */
  readonly inset: number
  model(): GraphModel | null
  /** Says how a cut went, in the graph's status line. */
  say(text: string): void
  /** Left out, the graph takes no cuts at all. */
  onCut?(groups: string[][]): void
}

interface Stroke {
  readonly pointer: number
  readonly path: Point[]
  readonly crossed: Set<string>
  plan: CutPlan | null
}

function describeGroups(groups: readonly (readonly string[])[]): string {
  return groups.map((g) => g.join(' ')).join(' | ')
}

export function wireCutInput(deps: CutInputDeps) {
  const { svg, space, view } = deps
  let mode = false
  let stroke: Stroke | null = null

  const startsCut = (e: PointerEvent) =>
    e.isPrimary &&
    e.button === 0 &&
    deps.onCut !== undefined &&
    (mode || e.shiftKey) &&
    e.target instanceof Element &&
    e.target.closest('.cg-node') === null

  function extend(s: Stroke, p: Point, model: GraphModel) {
    const last = s.path[s.path.length - 1]!
    if (Math.hypot(p.x - last.x, p.y - last.y) < MIN_STEP) return
    for (const key of linksCrossedBy(last, p, model.nodes, deps.inset)) s.crossed.add(key)
    s.path.push(p)
    s.plan = planCrossed(s.crossed, model.nodes, model.partition)
    view.draw(s.path, s.plan, model.nodes)
  }

  function stop() {
    if (stroke !== null && svg.hasPointerCapture(stroke.pointer)) {
      svg.releasePointerCapture(stroke.pointer)
    }
    stroke = null
    view.clear()
    svg.classList.remove('cutting')
    window.removeEventListener('keydown', onKeyDown, true)
  }

  function cancel() {
    if (stroke === null) return
    stop()
    deps.say(t('graph.cutCancelled'))
  }

  const onPointerDown = (e: PointerEvent) => {
    // A second finger while cutting means a pinch, not a longer stroke.
    if (stroke !== null) {
      if (e.pointerId !== stroke.pointer) cancel()
      return
    }
    if (!startsCut(e) || deps.model() === null) return
    e.preventDefault()
    svg.setPointerCapture(e.pointerId)
    svg.classList.add('cutting')
    const p = toSvgPoint(space, e.clientX, e.clientY)
    stroke = { pointer: e.pointerId, path: [p], crossed: new Set(), plan: null }
    deps.say('')
    window.addEventListener('keydown', onKeyDown, true)
  }
  const onPointerMove = (e: PointerEvent) => {
    const model = deps.model()
    if (stroke === null || e.pointerId !== stroke.pointer || model === null) return
    extend(stroke, toSvgPoint(space, e.clientX, e.clientY), model)
  }
  const onPointerUp = (e: PointerEvent) => {
    const model = deps.model()
    if (stroke === null || e.pointerId !== stroke.pointer || model === null) return
    extend(stroke, toSvgPoint(space, e.clientX, e.clientY), model)
    const { plan, path } = stroke
    stop()
    // A press without a drag is a click, not a cut.
    if (path.length < 2 || plan === null) return
    if (!plan.separates) {
      deps.say(t('graph.cutSeparatesNothing'))
      return
    }
    deps.say(t('graph.cutDone', { groups: describeGroups(plan.groups) }))
    deps.onCut?.(plan.groups)
  }
  const onPointerCancel = (e: PointerEvent) => {
    if (stroke !== null && e.pointerId === stroke.pointer) cancel()
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || stroke === null) return
    // Ahead of the app's shortcuts: this Esc drops the stroke and does nothing else.
    e.preventDefault()
    e.stopPropagation()
    cancel()
  }

  svg.addEventListener('pointerdown', onPointerDown)
  svg.addEventListener('pointermove', onPointerMove)
  svg.addEventListener('pointerup', onPointerUp)
  svg.addEventListener('pointercancel', onPointerCancel)

  return {
    /** The Cut button: every background drag cuts, and the view does not pan. */
    setMode(on: boolean) {
      mode = on
      svg.classList.toggle('cut-mode', on)
      if (!on) cancel()
    },
    /** Whether a press now would start a cut rather than a pan. */
    wants(e: Event): boolean {
      if (deps.onCut === undefined) return false
      return mode || stroke !== null || ('shiftKey' in e && e.shiftKey === true)
    },
    destroy() {
      stop()
      svg.removeEventListener('pointerdown', onPointerDown)
      svg.removeEventListener('pointermove', onPointerMove)
      svg.removeEventListener('pointerup', onPointerUp)
      svg.removeEventListener('pointercancel', onPointerCancel)
    },
  }
}
