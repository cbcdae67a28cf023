/**
 * Export and Import: the scenario as a JSON file (the format of DESIGN.md, which the CLI
 * reads too). An imported file opens as a new run; the current one stays a branch.
 */

import { useRef } from 'react'
import { useAppStore, useAppStoreApi } from '../store/context'
import { scenarioFileName, scenarioFileText } from '../scenario/file'
import { openScenarioFile } from './open-scenario-file'
import { downloadBlob } from './download'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'

const selector = (s: AppState) => ({ scenario: s.scenario })

export function ScenarioFiles() {
  const store = useAppStoreApi()
  const { scenario } = useAppStore(selector)
  const input = useRef<HTMLInputElement>(null)

  const exportFile = () => {
    const blob = new Blob([scenarioFileText(scenario)], { type: 'application/json' })
    downloadBlob(blob, scenarioFileName(scenario))
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={t('files.importTitle')}>
        {t('files.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('files.scenarioFile')}
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file !== undefined) void openScenarioFile(store, file)
        }}
      />
      <button type="button" onClick={exportFile} title={t('files.exportTitle')}>
        {t('files.export')}
      </button>
    </>
  )
}
