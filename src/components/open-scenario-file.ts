/**
 * Opens a file the user picked or dropped: a scenario as a new run, or a lesson (a file
 * with `steps`) at its first step; else a notice naming the problem.
 */

import { MAX_FILE_BYTES, readJsonText, readScenarioText } from '../scenario/file'
import { isRecord } from '../scenario/validate-fields'
import { parseLesson } from '../lesson/validate'
import { ownSource } from '../lesson/link'
import { openLesson } from '../store/lessons'
import { specLookup } from '../protocols/registry'
import type { AppStore } from '../store/app-store'
import { t } from '../i18n'

export async function openScenarioFile(store: AppStore, file: File): Promise<void> {
  const { notify, newRun } = store.getState()
  if (file.size > MAX_FILE_BYTES) {
    notify(t('files.tooLarge', { name: file.name, kb: MAX_FILE_BYTES / 1024 }))
    return
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    notify(t('files.unreadable', { name: file.name }))
    return
  }
  const unopened = (error: string) => notify(t('files.unopened', { error }))
  const json = readJsonText(text, file.name)
  if (json.ok && isRecord(json.value) && Object.hasOwn(json.value, 'steps')) {
    const parsed = parseLesson(json.value, specLookup)
    if (!parsed.ok) return unopened(`${file.name}: ${parsed.error}`)
    openLesson(store, parsed.lesson, ownSource(parsed.lesson))
    return
  }
  const result = readScenarioText(text, file.name, specLookup)
  if (!result.ok) return unopened(result.error)
  store.getState().dismissNotice()
  newRun(result.scenario, t('files.runLabel', { name: file.name }))
}
