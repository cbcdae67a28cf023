/**
 * Export and Import: the scenario as a JSON file (the format of DESIGN.md, which the CLI
 * reads too). An imported file opens as a new run; the current one stays a branch.
 */

import { useRef } from 'react'
import { useAppStore, useAppStoreApi } from '../store/context'
import { scenarioFileName, scenarioFileText } from '../scenario/file'
import { openScenarioFile } from './open-scenario-file'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => ({ scenario: s.scenario })

export function ScenarioFiles() {
  const store = useAppStoreApi()
  const { scenario } = useAppStore(selector)
  const input = useRef<HTMLInputElement>(null)

  const exportFile = () => {
    const blob = new Blob([scenarioFileText(scenario)], { type: 'application/json' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = scenarioFileName(scenario)
    a.click()
    // The download has its own copy once it starts; the page needn't hold the blob.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }

  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Open a scenario file (.json); you can also drop one on the page"
      >
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Scenario file"
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file !== undefined) void openScenarioFile(store, file)
        }}
      />
      <button type="button" onClick={exportFile} title="Download this scenario as JSON">
        Export
      </button>
    </>
  )
}
