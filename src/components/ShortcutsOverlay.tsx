/** The `?` overlay: every keyboard shortcut, read from the same list the keys use. */

import { useEffect, useRef } from 'react'
import { ACTIONS } from '../app/actions'
import { actionAvailable, actionName, keyText } from './action-text'
import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'

/** The actions the open run has: Join and Leave only where nodes may come and go. */
const selectActions = (s: AppState) => ACTIONS.filter((a) => actionAvailable(a, s))

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const actions = useAppStore(selectActions)
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  return (
    <div className="overlay" role="presentation" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('shortcuts.title')}
        onClick={(e) => e.stopPropagation()}
      >
        <h2>{t('shortcuts.title')}</h2>
        <table className="shortcuts">
          <tbody>
            <tr>
              <td>
                <kbd>?</kbd>
              </td>
              <td>{t('shortcuts.toggle')}</td>
            </tr>
            {actions.map((a) => (
              <tr key={a.name}>
                <td>
                  {a.keys.map((k) => (
                    <kbd key={k}>{keyText(k)}</kbd>
                  ))}
                </td>
                <td>{actionName(a)}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>Tab</kbd>
              </td>
              <td>{t('shortcuts.tab')}</td>
            </tr>
          </tbody>
        </table>
        <button ref={close} type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  )
}
