/**
 * The language of the whole page: a select listing each language in its own name. The
 * page re-renders in the new language (LocaleRoot), and focus comes back to this select.
 */

import { useEffect, useId, useRef } from 'react'
import { LOCALES, isLocale, setLocale, t, useLocale } from '../i18n'
import './language.css'

/** Set by a pick, so the select that the re-rendered page mounts takes focus again. */
let refocus = false

export function LanguagePicker() {
  const locale = useLocale()
  const id = useId()
  const select = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    if (!refocus) return
    refocus = false
    select.current?.focus()
  }, [])
  return (
    <div className="language-picker">
      <label htmlFor={id} className="sr-only">
        {t('language.label')}
      </label>
      <select
        id={id}
        ref={select}
        title={t('language.label')}
        value={locale}
        onChange={(e) => {
          const value = e.currentTarget.value
          if (!isLocale(value)) return
          refocus = true
          setLocale(value)
        }}
      >
        {LOCALES.map((l) => (
          <option key={l.id} value={l.id} lang={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  )
}
