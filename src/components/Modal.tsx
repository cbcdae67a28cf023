/**
 * A native modal dialog: it keeps focus inside and makes the rest of the page inert.
 * Escape closes it without reaching the app's own Escape shortcut (clear the selection).
 * Whoever opens it unmounts it to close it, and moves focus back once it is gone.
 */

import { useEffect, useRef, type ReactNode, type KeyboardEvent } from 'react'

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
    return () => d.close()
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
  return (
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
    </dialog>
  )
}
