/** Light, dark, or the system's choice; applied to the document as data-theme. */

import { useEffect } from 'react'
import { useAppStore } from '../store/context'
import type { AppState, Theme } from '../store/app-store'

const selector = (s: AppState) => ({ theme: s.theme, setTheme: s.setTheme })
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' }
const LABEL: Record<Theme, string> = {
  system: 'Theme: system',
  light: 'Theme: light',
  dark: 'Theme: dark',
}

export function ThemeToggle() {
  const { theme, setTheme } = useAppStore(selector)
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
  }, [theme])
  return (
    <button type="button" className="quiet" onClick={() => setTheme(NEXT[theme])}>
      {LABEL[theme]}
    </button>
  )
}
