import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, type AppPage } from './fixtures'
import { canvasBox, diagram, drawn, lanes } from './spacetime-page'

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

/** The trace files in fixtures/traces (not its README). */
const TRACE_FILES = readdirSync(TRACES).filter((f) => /\.(json|jsonl)$/.test(f))

/** A lane label's text, measured, against the box it shows in and the canvas's gutter. */
async function labelFit(app: AppPage, name: string) {
  const label = lanes(app).filter({ hasText: new RegExp(`^${name}$`) })
  const gutter = Number(await canvasBox(app).getAttribute('data-gutter'))
  const canvasLeft = (await canvasBox(app).boundingBox())!.x
  return label.evaluate(
    (li, at) => {
      const range = document.createRange()
      range.selectNodeContents(li)
      const text = range.getBoundingClientRect()
      return {
        overflow: li.scrollWidth - li.clientWidth,
        // Where the text ends, from the plot's left edge (time 0 at the gutter): negative fits.
        pastGutter: text.right - (at.canvasLeft + at.gutter),
        textWidth: text.width,
        title: li.getAttribute('title'),
      }
    },
    { canvasLeft, gutter },
  )
}

for (const file of TRACE_FILES) {
  test(`${file}: the longest service name shows whole, the gutter as wide as it needs`, async ({
    app,
  }) => {
    await app.open()
    // Read once the diagram has drawn: before, it has no gutter to say.
    await expect(canvasBox(app)).toHaveAttribute('data-gutter', /^[1-9]\d*$/)
    const runGutter = Number(await canvasBox(app).getAttribute('data-gutter'))
    const dialog = await chooseTrace(app, join(TRACES, file))
    await dialog.getByRole('button', { name: 'Import' }).click()
    await expect(lanes(app)).toHaveText(SERVICES)
    const longest = SERVICES.reduce((a, b) => (b.length > a.length ? b : a))
    await expect.poll(async () => (await labelFit(app, longest)).overflow).toBeLessThanOrEqual(0)
    const fit = await labelFit(app, longest)
    expect(fit.pastGutter).toBeLessThanOrEqual(0)
    // Wider than the fixed 46 px the labels used to have: the gutter grew for it.
    expect(fit.textWidth).toBeGreaterThan(46)
    expect(fit.title).toBeNull()
    // Back to the run, the gutter is as narrow as the node lanes need again.
    await diagram(app).getByRole('button', { name: 'Back to the run' }).click()
    await expect(canvasBox(app)).toHaveAttribute('data-gutter', String(runGutter))
    expect(runGutter).toBeLessThanOrEqual(52)
    expect((await labelFit(app, 'clients')).overflow).toBeLessThanOrEqual(0)
  })
}

test('a service name too long for 30% of the diagram ends in an ellipsis, whole in its title', async ({
  app,
}, info) => {
  const long = 'checkout-service-orders-eu-west-1-primary-replica'
  const trace = readFileSync(join(TRACES, 'checkout.jaeger.json'), 'utf8').replace(
    '"serviceName": "checkout"',
    `"serviceName": "${long}"`,
  )
  const file = info.outputPath('long-names.json')
  writeFileSync(file, trace)
  await app.open()
  const dialog = await chooseTrace(app, file)
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(lanes(app)).toHaveText(SERVICES.map((s) => (s === 'checkout' ? long : s)))
  const width = await canvasBox(app).evaluate((el) => el.clientWidth)
  await expect
    .poll(async () => Number(await canvasBox(app).getAttribute('data-gutter')))
    .toBe(Math.floor(width * 0.3))
  const fit = await labelFit(app, long)
  expect(fit.overflow).toBeGreaterThan(0)
  expect(fit.title).toBe(long)
  expect(
    await lanes(app)
      .filter({ hasText: long })
      .evaluate((li) => getComputedStyle(li).textOverflow),
  ).toBe('ellipsis')
  // The shorter names still show whole, with no title.
  expect((await labelFit(app, 'frontend')).title).toBeNull()
})
