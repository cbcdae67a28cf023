/** Keyboard shortcuts from the action list; typing in a field never triggers them. */

import { useEffect } from 'react'
import { ACTIONS } from '../app/actions'
import { useAppStoreApi } from '../store/context'

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable
}

export function useShortcuts(onHelp: () => void, onEscape: () => void): void {
  const store = useAppStoreApi()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.defaultPrevented) return
      if (e.key === '?') {
        e.preventDefault()
        onHelp()
        return
      }
      // Space on a focused button presses it; only elsewhere is it Play / Pause.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return
      // The first action for the key that can act now: → is a lesson step in a lesson.
      const s = store.getState()
      const action = ACTIONS.find((a) => a.keyTest(e) && (a.enabled?.(s) ?? true))
      if (action === undefined) return
      e.preventDefault()
      if (e.key === 'Escape') onEscape()
      action.perform(store, e)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [store, onHelp, onEscape])
}
