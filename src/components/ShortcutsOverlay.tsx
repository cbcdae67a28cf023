/** The `?` overlay: every keyboard shortcut, read from the same list the keys use. */

import { useEffect, useRef } from 'react'
import { ACTIONS } from '../app/actions'

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  return (
    <div className="overlay" role="presentation" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        onClick={(e) => e.stopPropagation()}
      >
        <h2>Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            <tr>
              <td>
                <kbd>?</kbd>
              </td>
              <td>Show or hide this list</td>
            </tr>
            {ACTIONS.map((a) => (
              <tr key={a.name}>
                <td>
                  {a.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </td>
                <td>{a.name}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>Tab</kbd>
              </td>
              <td>Move between nodes and controls; Enter selects a node</td>
            </tr>
          </tbody>
        </table>
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}
