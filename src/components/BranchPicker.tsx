/** Switches between branches of the run; shown once there is more than one. */

import { useAppStore } from '../store/context'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'

/**
 * The branches as their ids and labels: while playing, the current branch records how far
 * it was seen in every frame, and the list would otherwise be drawn again each time.
 */
const selector = (s: AppState) => ({
  options: JSON.stringify(s.branches.map((b) => [b.id, b.label])),
  branchId: s.branchId,
  switchBranch: s.switchBranch,
})

export function BranchPicker() {
  const { options, branchId, switchBranch } = useAppStore(selector)
  const branches = (JSON.parse(options) as [number, string][]).map(([id, label]) => ({ id, label }))
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
