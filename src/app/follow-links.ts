/**
 * A link opened in a tab that already runs the app (pasted in the address bar, or a gallery
 * link) arrives as a hashchange: it opens as a new run, and the current one stays a branch.
 * A broken one is reported and opens the default scenario, as a fresh load would; the run
 * it replaces stays a branch there too.
 */

import { decodeLink } from '../scenario/codec'
import { DEFAULT_SCENARIO } from './default-scenario'
import { specLookup } from '../protocols/registry'
import type { AppStore } from '../store/app-store'
import { decodeLessonLink, isLessonLink } from '../lesson/link'
import { builtInLesson } from './lessons'
import { goToStep, openLesson } from '../store/lessons'

export function followLinks(store: AppStore): () => void {
  const onHashChange = () => {
    const hash = window.location.hash
    if (hash === '' || hash === '#') return
    if (isLessonLink(hash)) return followLessonLink(store, hash)
    const link = decodeLink(hash, specLookup)
    const s = store.getState()
    if (!link.ok) {
      s.newRun(DEFAULT_SCENARIO, 'default scenario')
      s.notify(
        `This link could not be opened (${link.error}). Showing the default scenario; your run is still in the Branch list.`,
      )
      return
    }
    if (JSON.stringify(link.scenario) === JSON.stringify(s.scenario) && link.t === s.cursor) return
    s.newRun(link.scenario, 'opened link', link.t ?? 0)
  }
  window.addEventListener('hashchange', onHashChange)
  return () => window.removeEventListener('hashchange', onHashChange)
}

/** The lesson already open moves to the linked step; another lesson opens as a new run. */
function followLessonLink(store: AppStore, hash: string): void {
  const link = decodeLessonLink(hash, builtInLesson, specLookup)
  const s = store.getState()
  if (!link.ok) {
    s.notify(`This lesson link could not be opened (${link.error}). Your run is unchanged.`)
    return
  }
  const open = s.lesson
  const same = open !== null && JSON.stringify(open.source) === JSON.stringify(link.source)
  if (same) goToStep(store, link.step)
  else openLesson(store, link.lesson, link.source, link.step)
}
