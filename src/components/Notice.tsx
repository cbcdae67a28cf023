/** A problem the user must know about (a broken link), said once, dismissible. */

import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'

const selector = (s: AppState) => ({ notice: s.notice, dismiss: s.dismissNotice })

export function Notice() {
  const { notice, dismiss } = useAppStore(selector)
  if (notice === null) return null
  return (
    <div className="notice" role="alert">
      <span>{notice}</span>
      <button type="button" onClick={dismiss} aria-label={t('notice.dismiss')}>
        ×
      </button>
    </div>
  )
}
