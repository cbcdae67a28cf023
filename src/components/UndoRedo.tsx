/** Undo and Redo of interventions (inputs, new runs): the same actions as Ctrl+Z and Ctrl+Shift+Z. */

import { ACTIONS } from '../app/actions'
import { useAppStore, useAppStoreApi } from '../store/context'
import type { AppState } from '../store/app-store'
import { actionButton, actionTitle } from './action-text'
import { t } from '../i18n'
import { CompactLabel } from './CompactLabel'

const HISTORY_ACTIONS = ACTIONS.filter((a) => a.place === 'history')

/** Whether each can act: re-rendered only when that changes. */
const selector = (s: AppState) =>
  HISTORY_ACTIONS.map((a) => a.enabled === undefined || a.enabled(s))

export function UndoRedo() {
  const store = useAppStoreApi()
  const enabled = useAppStore(selector)
  return (
    <div className="undo-redo" role="group" aria-label={t('undo.group')}>
      {HISTORY_ACTIONS.map((a, i) => (
        <button
          key={a.button}
          type="button"
          disabled={!enabled[i]}
          onClick={() => a.perform(store)}
          aria-keyshortcuts={a.keys.map((k) => k.replace('Ctrl', 'Control')).join(' ')}
          title={actionTitle(a)}
          aria-label={actionButton(a)}
        >
          <CompactLabel text={actionButton(a)} glyph={a.glyph ?? actionButton(a)} />
        </button>
      ))}
    </div>
  )
}
