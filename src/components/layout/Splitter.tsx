/**
 * A bar between two panes that resizes one of them: drag it (mouse, pen or finger), or
 * focus it and use the arrow keys, Home and End; a double click or Enter restores the
 * default. It is a focusable `separator` with its size as the value, as WAI-ARIA's window
 * splitter pattern asks.
 */

import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { PANES, clampSize, type Pane } from './pane-sizes'
import './layout.css'

const KEY_STEP_PX = 24

export interface SplitterProps {
  readonly pane: Pane
  readonly size: number
  readonly label: string
  /** `vertical`: a bar between side-by-side panes, dragged left and right. */
  readonly orientation: 'vertical' | 'horizontal'
  /** +1 when dragging right (or down) grows the pane, -1 when it shrinks it. */
  readonly grows: 1 | -1
  onResize(px: number): void
  /** Back to the size the window gives it. */
  onReset(): void
}

export function Splitter(props: SplitterProps) {
  const { pane, size, orientation, grows, onResize, onReset } = props
  const drag = useRef<{ start: number; size: number } | null>(null)
  const along = (e: { clientX: number; clientY: number }) =>
    orientation === 'vertical' ? e.clientX : e.clientY

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return
    e.preventDefault()
    e.currentTarget.setPointerCapture(e.pointerId)
    drag.current = { start: along(e), size }
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (d === null) return
    onResize(clampSize(pane, d.size + grows * (along(e) - d.start)))
  }
  const onPointerUp = () => {
    drag.current = null
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const less = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp'
    const more = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown'
    let next: number | null = null
    if (e.key === less) next = size - grows * KEY_STEP_PX
    else if (e.key === more) next = size + grows * KEY_STEP_PX
    else if (e.key === 'Home') next = PANES[pane].min
    else if (e.key === 'End') next = PANES[pane].max
    else if (e.key === 'Enter') {
      e.preventDefault()
      onReset()
    }
    if (next === null) return
    e.preventDefault()
    onResize(clampSize(pane, next))
  }

  return (
    <div
      className={`splitter splitter-${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={props.label}
      aria-orientation={orientation}
      aria-valuenow={size}
      aria-valuemin={PANES[pane].min}
      aria-valuemax={PANES[pane].max}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onReset}
      onKeyDown={onKeyDown}
    />
  )
}
