/** Light, dark, or the system's choice; applied to the document as data-theme. */

import { useEffect } from 'react'
import { useAppStore } from '../store/context'
import type { AppState, Theme } from '../store/app-store'
import { t, type MessageKey } from '../i18n'

const selector = (s: AppState) => ({ theme: s.theme, setTheme: s.setTheme })
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' }
/** A glyph for each (the button stays narrow); the accessible name says it in words. */
const GLYPH: Record<Theme, string> = { system: '◐', light: '☀', dark: '☾' }
const LABEL: Record<Theme, MessageKey> = {
  system: 'theme.system',
  light: 'theme.light',
  dark: 'theme.dark',
}
const NAME: Record<Theme, MessageKey> = {
  system: 'theme.name.system',
  light: 'theme.name.light',
  dark: 'theme.name.dark',
}

export function ThemeToggle() {
  const { theme, setTheme } = useAppStore(selector)
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
  }, [theme])
  return (
    <button
      type="button"
      className="quiet theme-toggle"
      aria-label={t(LABEL[theme])}
      title={t('theme.title', { label: t(LABEL[theme]), next: t(NAME[NEXT[theme]]) })}
      onClick={() => setTheme(NEXT[theme])}
    >
      <span aria-hidden="true">{GLYPH[theme]}</span>
    </button>
  )
}
