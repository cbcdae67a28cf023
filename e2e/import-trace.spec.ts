import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, type AppPage } from './fixtures'
import { diagram, drawn, lanes } from './spacetime-page'

const TRACES = join(import.meta.dirname, '../fixtures/traces')
const SERVICES = ['frontend', 'checkout', 'cart', 'payment', 'audit']
const RUN_LANES = ['n1', 'n2', 'n3', 'n4', 'n5', 'clients']

/** Opens Import trace and chooses `file`; returns the dialog, not yet submitted. */
async function chooseTrace(app: AppPage, file: string) {
  await diagram(app).getByRole('button', { name: 'Import trace' }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Import trace' })
  await dialog.getByLabel('Trace file').setInputFiles(file)
  return dialog
}

test('a Jaeger trace imports with a lane per service, calls as arrows', async ({ app }) => {
  await app.open()
  const dialog = await chooseTrace(app, join(TRACES, 'checkout.jaeger.json'))
  // The pattern is ShiViz's: a JSON file turns it off and says so.
  await expect(dialog.getByLabel('Log pattern')).toBeDisabled()
  await expect(dialog.getByLabel('Log pattern')).toHaveAccessibleDescription(/^Not used: /)
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(lanes(app)).toHaveText(SERVICES)
  await expect(diagram(app)).toContainText('Imported: checkout.jaeger.json')
  await expect(diagram(app)).toContainText('5 services, 10 spans, 4 messages over 52 ms (Jaeger)')
  await expect.poll(() => drawn(app, 'arrows')).toBe(4)
  // Each span's start and end, and three logged events.
  await expect.poll(() => drawn(app, 'marks')).toBe(23)

  await diagram(app).getByRole('button', { name: 'Back to the run' }).click()
  await expect(lanes(app)).toHaveText(RUN_LANES)
})

test('an OTLP file of one export per line imports the same way', async ({ app }) => {
  await app.open()
  const dialog = await chooseTrace(app, join(TRACES, 'checkout.otlp.jsonl'))
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(lanes(app)).toHaveText(SERVICES)
  await expect(diagram(app)).toContainText('5 services, 10 spans, 4 messages over 52 ms (OTLP)')
  await expect.poll(() => drawn(app, 'arrows')).toBe(4)
})

test('a broken JSON trace is named and the run stays in the diagram', async ({ app }, info) => {
  await app.open()
  const broken = info.outputPath('broken.json')
  writeFileSync(broken, '{ "data": [ { "spans": [ { "spanID": "a", "startTime": "soon" } ] } ] }')
  const dialog = await chooseTrace(app, broken)
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'broken.json: data[0].spans[0].processID: expected an id string, found nothing (the field is missing)',
  )
  const notJson = info.outputPath('not.json')
  writeFileSync(notJson, '{ "resourceSpans": [ }')
  await dialog.getByLabel('Trace file').setInputFiles(notJson)
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'not.json: not JSON: line 1, column 22: expected a value, found "}"',
  )
  // A ShiViz log chosen after a JSON file turns the pattern back on.
  await expect(dialog.getByLabel('Log pattern')).toBeDisabled()
  const log = info.outputPath('hosts.log')
  writeFileSync(log, 'start\na {"a":1}\n')
  await dialog.getByLabel('Trace file').setInputFiles(log)
  await expect(dialog.getByLabel('Log pattern')).toBeEnabled()
  await expect(dialog.getByLabel('Log pattern')).toHaveAccessibleDescription(
    /^For ShiViz logs only/,
  )
  await app.page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(lanes(app)).toHaveText(RUN_LANES)
})
