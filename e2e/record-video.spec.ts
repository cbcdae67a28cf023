import { readFileSync } from 'node:fs'
import { test, expect, type AppPage } from './fixtures'

const EBML_MAGIC = '1a45dfa3'

function recordDialog(app: AppPage) {
  return app.page.getByRole('dialog', { name: 'Record' })
}

async function openRecord(app: AppPage) {
  await app.button('Record').click()
  const dialog = recordDialog(app)
  await expect(dialog).toBeVisible()
  return dialog
}

test('a second of the default run records as a WebM video, and the cursor comes back', async ({
  app,
}, info) => {
  test.setTimeout(90_000)
  await app.open()
  await app.seek(500)
  await expect.poll(() => app.cursor()).toBe(500)

  const dialog = await openRecord(app)
  // The defaults start at the cursor and say how long the video will be.
  await expect(dialog.getByLabel('From (ms)')).toHaveValue('500')
  await expect(dialog.getByText(/of the run make [\d.]+ s of video, \d+ frames/)).toBeVisible()

  await dialog.getByLabel('From (ms)').fill('1000')
  await dialog.getByLabel('To (ms)').fill('2000')
  await dialog.getByLabel('Speed').selectOption('1')
  await dialog.getByLabel('Frames per second').fill('10')
  await expect(dialog.getByText('1.000 s of the run make 1.0 s of video, 11 frames.')).toBeVisible()

  const download = app.page.waitForEvent('download', { timeout: 60_000 })
  await dialog.getByRole('button', { name: 'Record', exact: true }).click()
  await expect(dialog.getByRole('progressbar', { name: 'Recording' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible()
  const file = await download
  expect(file.suggestedFilename()).toBe('clusterscope-1000-2000ms.webm')
  const path = info.outputPath('recording.webm')
  await file.saveAs(path)
  const bytes = readFileSync(path)
  expect(bytes.subarray(0, 4).toString('hex')).toBe(EBML_MAGIC)
  expect(bytes.length).toBeGreaterThan(5_000)
  await expect(dialog.getByRole('status')).toContainText('Saved clusterscope-1000-2000ms.webm')

  // The browser plays it back: the graph's size, and a first frame that is not blank.
  const look = await app.page.evaluate(async (data) => {
    const video = document.createElement('video')
    video.muted = true
    video.src = URL.createObjectURL(new Blob([new Uint8Array(data)], { type: 'video/webm' }))
    await new Promise((resolve, reject) => {
      video.onloadeddata = resolve
      video.onerror = () => reject(new Error(`video error ${video.error?.code}`))
    })
    // Headless Chromium hands a canvas the picture only once a frame has been presented.
    await new Promise((resolve) => {
      video.requestVideoFrameCallback(resolve)
      void video.play()
    })
    video.pause()
    const canvas = document.createElement('canvas')
    canvas.width = video.videoWidth
    canvas.height = video.videoHeight
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(video, 0, 0)
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data
    const colours = new Set<number>()
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      colours.add((pixels[i]! >> 4) * 256 + (pixels[i + 1]! >> 4) * 16 + (pixels[i + 2]! >> 4))
    }
    return { width: video.videoWidth, height: video.videoHeight, colours: colours.size }
  }, Array.from(bytes))
  expect(look).toMatchObject({ width: 760, height: 600 })
  // A blank frame has one colour; the graph has nodes, labels, links and the legend.
  expect(look.colours).toBeGreaterThan(20)

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(() => app.cursor()).toBe(500)
})

test('Cancel stops a recording: nothing is saved and the cursor comes back', async ({ app }) => {
  await app.open()
  await app.seek(250)
  const downloads: string[] = []
  app.page.on('download', (d) => downloads.push(d.suggestedFilename()))
  const dialog = await openRecord(app)
  await dialog.getByLabel('From (ms)').fill('0')
  await dialog.getByLabel('To (ms)').fill('3000')
  await dialog.getByLabel('Speed').selectOption('1')
  await dialog.getByLabel('Frames per second').fill('10')
  await dialog.getByRole('button', { name: 'Record', exact: true }).click()
  const progress = dialog.getByRole('progressbar', { name: 'Recording' })
  await expect(progress).toHaveAttribute('max', '31')
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(1)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Cancelled; nothing was saved.')
  await expect(progress).toHaveCount(0)
  // The form is usable again.
  await expect(dialog.getByRole('button', { name: 'Record', exact: true })).toBeEnabled()
  await expect(dialog.getByLabel('From (ms)')).toBeEnabled()
  await dialog.getByRole('button', { name: 'Close' }).click()
  expect(await app.cursor()).toBe(250)
  expect(downloads).toEqual([])
})

test('bad input names the field and changes nothing', async ({ app }) => {
  await app.open()
  await app.seek(300)
  const downloads: string[] = []
  app.page.on('download', (d) => downloads.push(d.suggestedFilename()))
  const dialog = await openRecord(app)
  const from = dialog.getByLabel('From (ms)')
  const to = dialog.getByLabel('To (ms)')
  const record = dialog.getByRole('button', { name: 'Record', exact: true })
  const alert = dialog.getByRole('alert')

  await from.fill('2000')
  await to.fill('1000')
  await record.click()
  await expect(alert).toHaveText('To (ms): must be after From (ms), 2000')
  await expect(to).toHaveAttribute('aria-invalid', 'true')
  await expect(to).toBeFocused()

  await from.fill('-5')
  await expect(alert).toBeHidden()
  await record.click()
  await expect(alert).toHaveText('From (ms): must be 0 or more')

  // 1/100×: five seconds of the run would be 500 s of video.
  await from.fill('0')
  await to.fill('5000')
  await dialog.getByLabel('Speed').selectOption('0.01')
  await record.click()
  await expect(alert).toContainText('To (ms): this range makes 500.0 s of video')
  await expect(alert).toContainText('at most 60 s')

  await dialog.getByLabel('Frames per second').fill('0')
  await to.fill('100')
  await record.click()
  await expect(alert).toHaveText('Frames per second: a whole number from 1 to 60')

  await expect(dialog.getByRole('progressbar')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close' }).click()
  expect(await app.cursor()).toBe(300)
  expect(downloads).toEqual([])
})

test('where the browser cannot record, the button is disabled and says why', async ({ app }) => {
  await app.page.addInitScript(() => {
    // A browser that records, but not WebM.
    MediaRecorder.isTypeSupported = () => false
  })
  await app.open()
  const button = app.button('Record')
  await expect(button).toBeDisabled()
  await expect(button).toHaveAttribute('title', 'This browser cannot record WebM video.')
  await expect(button).toHaveAccessibleDescription('This browser cannot record WebM video.')
})

test('without MediaRecorder at all, the button says so', async ({ app }) => {
  await app.page.addInitScript(() => {
    delete (window as { MediaRecorder?: unknown }).MediaRecorder
  })
  await app.open()
  await expect(app.button('Record')).toBeDisabled()
  await expect(app.button('Record')).toHaveAccessibleDescription(
    'This browser cannot record video (it has no MediaRecorder).',
  )
})
