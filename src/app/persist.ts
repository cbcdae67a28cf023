/**
 * Keeps the open run where a reload finds it: in localStorage (autosave) and in the address
 * bar's fragment (so the address is always a share link of what is on screen). Changes are
 * written at once, except while the run plays: writing the address takes milliseconds, a
 * dropped frame each time, so cursor moves are written on pausing and on leaving the page,
 * and a change of the run (a client request sent every 200 ms) when the page is next idle,
 * two seconds at least after the last write.
 * An embedded run leaves both alone: an iframe must not overwrite the reader's own work.
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

  /** When the address was last written (performance.now()). */
  let wroteAt = -Infinity
  const write = () => {
    pending = false
    if (!armed) return
    wroteAt = performance.now()
    const link = linkStateOf(store.getState())
    writeAutosave(options.storage, link)
    try {
      history.replaceState(history.state, '', `#${addressFragment(store.getState())}`)
    } catch {
      // Some hosts forbid it (sandboxed frames); the autosave still holds the run.
    }
  }

  /** A write waiting for its turn, then for the page to be idle, while playing. */
  let idle: number | null = null
  let turn: ReturnType<typeof setTimeout> | null = null
  const writeWhenIdle = () => {
    pending = true
    if (turn !== null || idle !== null) return
    turn = setTimeout(
      () => {
        turn = null
        idle = whenIdle(() => {
          idle = null
          if (pending) write()
        })
      },
      Math.max(0, wroteAt + PLAYING_WRITE_GAP_MS - performance.now()),
    )
  }

  const unsubscribe = store.subscribe((s: AppState, prev: AppState) => {
    // Not `branches`: it changes in every frame of playback (how far each was seen).
    const moved = s.scenario !== prev.scenario || s.branchId !== prev.branchId
    if (moved || s.view !== prev.view || s.lesson !== prev.lesson) {
      armed = true
      if (s.playing && prev.playing) writeWhenIdle()
      else write()
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
    if (turn !== null) clearTimeout(turn)
    if (idle !== null) cancelIdle(idle)
    unsubscribe()
    window.removeEventListener('pagehide', flush)
  }
}

/**
 * While playing, the run is written at most this often (ms): writing the address took the
 * page 5 ms each time (Chromium's replaceState), and a request sent every 200 ms wrote it
 * five times a second. Pausing, or leaving the page, writes it at once.
 */
const PLAYING_WRITE_GAP_MS = 2000

/** Longest wait for an idle moment, in ms: a busy page still gets the write soon. */
const IDLE_TIMEOUT_MS = 1000

function whenIdle(run: () => void): number {
  return typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
    : (setTimeout(run, 0) as unknown as number)
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle)
  else clearTimeout(handle)
}
