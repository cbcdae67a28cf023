/**
 * Translations: `t(key, vars)` anywhere, `setLocale`/`getLocale`, and `useLocale()` for
 * React. In the browser the pick is kept in localStorage and `<html lang>` follows it.
 */

import { useSyncExternalStore } from 'react'
import { getLocale, subscribeLocale, type Locale } from './translate'
import { startLocalePersistence } from './persist-locale'

export {
  LOCALES,
  getLocale,
  hasMessage,
  isLocale,
  setLocale,
  subscribeLocale,
  t,
  translate,
  type Locale,
  type MessageKey,
  type TranslationKey,
  type Vars,
} from './translate'

/** The current locale; the calling component re-renders when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribeLocale, getLocale, getLocale)
}

startLocalePersistence(localStorageOrNull(), globalThis.document ?? null)

/** A sandboxed iframe throws on the mere read of `localStorage`: the pick then lasts a visit. */
function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}
