/** Opens a scenario file the user picked or dropped: a new run, or a notice naming the problem. */

import { MAX_FILE_BYTES, readScenarioText } from '../scenario/file'
import { specLookup } from '../protocols/registry'
import type { AppStore } from '../store/app-store'

export async function openScenarioFile(store: AppStore, file: File): Promise<void> {
  const { notify, newRun } = store.getState()
  if (file.size > MAX_FILE_BYTES) {
    notify(`${file.name}: is larger than ${MAX_FILE_BYTES / 1024} KB, too large for a scenario`)
    return
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    notify(`${file.name}: could not be read`)
    return
  }
  const result = readScenarioText(text, file.name, specLookup)
  if (!result.ok) {
    notify(`This file could not be opened: ${result.error}. Your run is unchanged.`)
    return
  }
  store.getState().dismissNotice()
  newRun(result.scenario, `file ${file.name}`)
}
