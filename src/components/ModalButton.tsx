/**
 * A button that opens a modal dialog, and gives focus back to itself when the dialog goes.
 * The dialog's content gets `close`, to close it from inside (Cancel, Open, Done).
 */

import { useCallback, useId, useState, type ReactNode } from 'react'
import { Modal } from './Modal'

interface ModalButtonProps {
  /** The button's text, and the dialog's accessible name. */
  readonly label: string
  readonly className: string
  /** `noteId`: the id to give the paragraph that describes the dialog, if it has one. */
  readonly children: (close: () => void, noteId: string) => ReactNode
  /** Whether the content describes the dialog in a paragraph with `noteId`. */
  readonly described?: boolean
}

export function ModalButton({ label, className, children, described }: ModalButtonProps) {
  const noteId = useId()
  // The button that opened the dialog, while it is open.
  const [opener, setOpener] = useState<HTMLButtonElement | null>(null)
  const close = useCallback(() => {
    setOpener(null)
    // Once the modal is gone the page is no longer inert and the button can take focus.
    requestAnimationFrame(() => opener?.focus())
  }, [opener])
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={(e) => setOpener(e.currentTarget)}>
        {label}
      </button>
      {opener !== null && (
        <Modal
          label={label}
          className={className}
          onClose={close}
          {...(described === true ? { describedBy: noteId } : {})}
        >
          {children(close, noteId)}
        </Modal>
      )}
    </>
  )
}
