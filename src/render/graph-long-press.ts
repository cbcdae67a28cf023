/**
 * Long-press on a node, for touch and pen, which have no right button: a finger held still
 * on a node for HOLD_MS opens its menu. A press that has been held is over as a gesture:
 * it does not also click (select) or drag the node, and the browser's own long-press
 * context menu that may follow is not a second opening.
 */

export const HOLD_MS = 500
/** A finger wobbles; moving further than this (screen pixels) is a drag, not a hold. */
const HOLD_SLOP_PX = 10
/** How long after a held press its click and context menu are still its own. */
const AFTERMATH_MS = 800

export interface LongPressDeps {
  readonly layer: Element
  onHold(id: string, clientX: number, clientY: number): void
}

interface Press {
  readonly pointer: number
  readonly id: string
  readonly x: number
  readonly y: number
  readonly timer: ReturnType<typeof setTimeout>
}

function nodeIdOf(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined
  return target.closest<SVGGElement>('.cg-node')?.dataset.id
}

export function wireLongPress({ layer, onHold }: LongPressDeps) {
  let press: Press | null = null
  let held: string | null = null
  let heldUntil = 0

  const drop = () => {
    if (press !== null) clearTimeout(press.timer)
    press = null
  }
  const onPointerDown = (e: PointerEvent) => {
    drop()
    const id = nodeIdOf(e.target)
    if (e.pointerType === 'mouse' || !e.isPrimary || id === undefined) return
    held = null
    const { clientX: x, clientY: y, pointerId: pointer } = e
    const timer = setTimeout(() => {
      press = null
      held = id
      heldUntil = Number.POSITIVE_INFINITY
      onHold(id, x, y)
    }, HOLD_MS)
    press = { pointer, id, x, y, timer }
  }
  const onPointerMove = (e: PointerEvent) => {
    if (press === null || e.pointerId !== press.pointer) return
    if (Math.hypot(e.clientX - press.x, e.clientY - press.y) > HOLD_SLOP_PX) drop()
  }
  const onPointerEnd = (e: PointerEvent) => {
    if (press !== null && e.pointerId === press.pointer) drop()
    if (held !== null) heldUntil = performance.now() + AFTERMATH_MS
  }
  // The finger lifting would otherwise make mouse events and a click, and the mousedown
  // would take focus from the menu to the node. Captured, because d3-drag stops the
  // touchend at the node.
  const onTouchEnd = (e: TouchEvent) => {
    const id = nodeIdOf(e.target)
    if (id !== undefined && held === id && e.cancelable) e.preventDefault()
  }

  layer.addEventListener('pointerdown', onPointerDown as EventListener)
  layer.addEventListener('pointermove', onPointerMove as EventListener)
  layer.addEventListener('pointerup', onPointerEnd as EventListener)
  layer.addEventListener('pointercancel', onPointerEnd as EventListener)
  layer.addEventListener('touchend', onTouchEnd as EventListener, { capture: true, passive: false })

  return {
    /** Whether node `id` is (or just was) held, so its click, drag and context menu are not. */
    holds(id: string): boolean {
      return held === id && performance.now() < heldUntil
    },
    /** A drag took over the press before it was held. */
    cancel: drop,
    destroy() {
      drop()
      layer.removeEventListener('pointerdown', onPointerDown as EventListener)
      layer.removeEventListener('pointermove', onPointerMove as EventListener)
      layer.removeEventListener('pointerup', onPointerEnd as EventListener)
      layer.removeEventListener('pointercancel', onPointerEnd as EventListener)
      layer.removeEventListener('touchend', onTouchEnd as EventListener, { capture: true })
    },
  }
}
