/**
 * A native modal dialog: it keeps focus inside and makes the rest of the page inert. It is
 * drawn outside the app's root, which is marked `inert` while it is open, so assistive
 * technology (and tests) find only the dialog's controls, not the page's behind it.
 * Escape closes it without reaching the app's own Escape shortcut (clear the selection).
 * Whoever opens it unmounts it to close it, and moves focus back once it is gone.
 */

import { useEffect, useRef, type ReactNode, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'

interface ModalProps {
  readonly label: string
  readonly className: string
  readonly describedBy?: string
  readonly onClose: () => void
  readonly children: ReactNode
}

export function Modal({ label, className, describedBy, onClose, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current!
    if (!d.open) d.showModal()
    const release = holdPageInert()
    return () => {
      d.close()
      release()
    }
  }, [])
  // Closing the dialog first lets focus return to the button, which a modal keeps inert.
  const close = () => {
    dialog.current?.close()
    onClose()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    e.preventDefault()
    e.stopPropagation()
    close()
  }
  return createPortal(
    <dialog
      ref={dialog}
      className={className}
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
    >
      {children}
    </dialog>,
    document.body,
  )
}

/** How many modals hold the page inert; the last one to close lets it go. */
let holders = 0

function holdPageInert(): () => void {
  const root = document.getElementById('root')
  holders++
  if (root !== null) {
    root.inert = true
    root.setAttribute('aria-hidden', 'true')
  }
  return () => {
    holders--
    if (root !== null && holders === 0) {
      root.inert = false
      root.removeAttribute('aria-hidden')
    }
  }
}
