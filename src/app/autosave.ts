/**
 * Autosave: the open run (scenario, cursor, view) is kept in localStorage as a share-link
 * fragment, so a reload finds the work where it was. Storage may be missing, full or
 * blocked; then nothing is saved and nothing breaks.
 */

import { buildFragment, decodeLink, type LinkResult, type LinkState } from '../scenario/codec'
import { specLookup } from '../protocols/registry'

export const AUTOSAVE_KEY = 'clusterscope.autosave.v1'

export type SavedRun = LinkResult | null

export function storageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** The saved run, a message when it can't be read any more, or null when there is none. */
export function readAutosave(storage: Storage | null): SavedRun {
  let text: string | null = null
  try {
    text = storage?.getItem(AUTOSAVE_KEY) ?? null
  } catch {
    return null
  }
  return text === null ? null : decodeLink(text, specLookup)
}

export function writeAutosave(storage: Storage | null, link: LinkState): void {
  try {
    storage?.setItem(AUTOSAVE_KEY, buildFragment(link))
  } catch {
    // Full or blocked storage: the run goes on unsaved rather than failing.
  }
}
