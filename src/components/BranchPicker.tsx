/** Switches between branches of the run; shown once there is more than one. */

import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'

const selector = (s: AppState) => ({
  branches: s.branches,
  branchId: s.branchId,
  switchBranch: s.switchBranch,
})

export function BranchPicker() {
  const { branches, branchId, switchBranch } = useAppStore(selector)
  if (branches.length < 2) return null
  return (
    <label className="branch-picker">
      <span>{t('playback.branch')}</span>
      <select
        aria-label={t('playback.branch')}
        value={branchId}
        onChange={(e) => switchBranch(Number(e.target.value))}
      >
        {branches.map((b) => (
          <option key={b.id} value={b.id}>
            {b.label}
          </option>
        ))}
      </select>
    </label>
  )
}
