/** Undo and Redo of interventions (inputs, new runs), as Ctrl+Z and Ctrl+Shift+Z do. */

import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => ({
  canUndo: s.past.length > 0,
  canRedo: s.future.length > 0,
  undo: s.undo,
  redo: s.redo,
})

export function UndoRedo() {
  const { canUndo, canRedo, undo, redo } = useAppStore(selector)
  return (
    <div className="undo-redo" role="group" aria-label="History of changes">
      <button
        type="button"
        disabled={!canUndo}
        onClick={undo}
        aria-keyshortcuts="Control+Z"
        title="Undo (Ctrl+Z)"
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={redo}
        aria-keyshortcuts="Control+Shift+Z"
        title="Redo (Ctrl+Shift+Z)"
      >
        Redo
      </button>
    </div>
  )
}
