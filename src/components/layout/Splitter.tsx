/**
 * A bar between two panes that resizes one of them: drag it (mouse, pen or finger), or
 * focus it and use the arrow keys, Home and End; a double click or Enter restores the
 * default. It is a focusable `separator` with its size as the value, as WAI-ARIA's window
 * splitter pattern asks.
 */

import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { PANES, clampSize, type Pane } from './pane-sizes'
import type { PaneSizing } from './use-pane-sizes'
import './layout.css'

const KEY_STEP_PX = 24

export interface SplitterProps {
  readonly pane: Pane
  readonly label: string
  readonly sizing: PaneSizing
}

export function Splitter({ pane, label, sizing }: SplitterProps) {
  const size = sizing.sizes[pane]
  const { orientation } = PANES[pane]
  const onResize = (px: number) => sizing.resize(pane, clampSize(pane, px))
  const onReset = () => sizing.reset(pane)
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
    onResize(d.size - (along(e) - d.start))
  }
  const onPointerUp = () => {
    drag.current = null
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The pane is after the splitter: moving the splitter back (left, up) grows it.
    const back = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp'
    const forth = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown'
    let next: number | null = null
    if (e.key === back) next = size + KEY_STEP_PX
    else if (e.key === forth) next = size - KEY_STEP_PX
    else if (e.key === 'Home') next = PANES[pane].min
    else if (e.key === 'End') next = PANES[pane].max
    else if (e.key === 'Enter') {
      e.preventDefault()
      onReset()
    }
    if (next === null) return
    e.preventDefault()
    onResize(next)
  }

  return (
    <div
      className={`splitter splitter-${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
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
