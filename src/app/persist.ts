/**
 * Keeps the open run where a reload finds it: in localStorage (autosave) and in the address
 * bar's fragment (so the address is always a share link of what is on screen). Changes are
 * written at once, except cursor moves while the run plays: writing the address takes
 * milliseconds, a dropped frame each time, so those are written on pausing and on leaving
 * the page. An embedded run leaves both alone: an iframe must not overwrite the reader's
 * own work.
 */

import { addressFragment, linkStateOf } from '../store/link'
import { writeAutosave } from './autosave'
import type { AppState, AppStore } from '../store/app-store'

export interface PersistOptions {
  readonly storage: Storage | null
  /** Leave the saved run alone until the user changes something. */
  readonly protectSaved: boolean
}

export function startPersistence(store: AppStore, options: PersistOptions): () => void {
  if (store.getState().embed) return () => {}
  let armed = !options.protectSaved
  /** The cursor moved while playing, and the address does not say so yet. */
  let pending = false

  const write = () => {
    pending = false
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
    // Not `branches`: it changes in every frame of playback (how far each was seen).
    const moved = s.scenario !== prev.scenario || s.branchId !== prev.branchId
    if (moved || s.view !== prev.view || s.lesson !== prev.lesson) {
      armed = true
      write()
    } else if (s.cursor !== prev.cursor && s.playing) {
      pending = true
    } else if (s.cursor !== prev.cursor || (pending && !s.playing)) {
      write()
    }
  })
  const flush = () => {
    if (pending) write()
  }
  window.addEventListener('pagehide', flush)
  write()
  return () => {
    flush()
    unsubscribe()
    window.removeEventListener('pagehide', flush)
  }
}
