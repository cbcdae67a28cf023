/**
 * Re-renders the whole tree when the language changes: keyed on the locale, everything
 * below mounts afresh, so every text (and every D3 renderer, which draws once on mount and
 * then on store changes) comes back in the new language. The app's state lives in the
 * store, outside React, so nothing of the run is lost; open menus close.
 */

import { Fragment, type ReactNode } from 'react'
import { useLocale } from './index'

export function LocaleRoot({ children }: { children: ReactNode }) {
  const locale = useLocale()
  return <Fragment key={locale}>{children}</Fragment>
}
