/**
 * The user's language, kept across visits: restored from localStorage at start, stored on
 * every change, and written to `<html lang>` so screen readers speak it right.
 */

import { getLocale, isLocale, setLocale, subscribeLocale } from './translate'

export const LOCALE_STORAGE_KEY = 'clusterscope.locale'

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>

let started = false

export function startLocalePersistence(storage: Storage | null, doc: Document | null): void {
  if (started) return
  started = true
  const saved = read(storage)
  if (saved !== null && isLocale(saved)) setLocale(saved)
  const apply = () => {
    if (doc !== null) doc.documentElement.lang = getLocale()
  }
  apply()
  subscribeLocale(() => {
    apply()
    write(storage, getLocale())
  })
}

// Storage may be absent or refuse (private mode, a full quota): the pick then lasts a visit.
function read(storage: Storage | null): string | null {
  try {
    return storage?.getItem(LOCALE_STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

function write(storage: Storage | null, value: string): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, value)
  } catch {
    // Kept for this visit only.
  }
}
