/**
 * Keeps the open run where a reload finds it: in localStorage (autosave) and in the address
 * bar's fragment (so the address is always a share link of what is on screen). Structural
 * changes are written at once; cursor moves at most once a second, and on leaving the page.
 * An embedded run leaves both alone: an iframe must not overwrite the reader's own work.
 */

import { addressFragment, linkStateOf } from '../store/link'
import { writeAutosave } from './autosave'
import type { AppState, AppStore } from '../store/app-store'

const CURSOR_WRITE_MS = 1000

export interface PersistOptions {
  readonly storage: Storage | null
  /** Leave the saved run alone until the user changes something. */
  readonly protectSaved: boolean
}

export function startPersistence(store: AppStore, options: PersistOptions): () => void {
  if (store.getState().embed) return () => {}
  let armed = !options.protectSaved
  let timer: ReturnType<typeof setTimeout> | null = null

  const write = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    if (!armed) return
    const link = linkStateOf(store.getState())
    writeAutosave(options.storage, link)
    try {
      history.replaceState(history.state, '', `#${addressFragment(store.getState())}`)
    } catch {
      // Some hosts forbid it (sandboxed frames); the autosave still holds the run.
    }
  }

  const unsubscribe = store.subscribe((s: AppState, prev: AppState) => {
    const moved = s.branches !== prev.branches || s.branchId !== prev.branchId
    if (moved || s.view !== prev.view || s.lesson !== prev.lesson) {
      armed = true
      write()
    } else if (s.cursor !== prev.cursor && timer === null) {
      timer = setTimeout(write, CURSOR_WRITE_MS)
    }
  })
  const flush = () => {
    if (timer !== null) write()
  }
  window.addEventListener('pagehide', flush)
  write()
  return () => {
    flush()
    unsubscribe()
    window.removeEventListener('pagehide', flush)
  }
}
