import { test, expect, type AppPage } from './fixtures'
import { installShownPicture } from './canvas-picture'
import { THUMB_PX } from '../src/render/slider-canvas'

/**
 * The timeline slider is the native input, transparent, over a picture drawn on a canvas
 * (TimelineSlider.tsx): the picture must show the thumb where the input has it, and the
 * pointer and keys must work the input as ever.
 */

/** The picture's thumb centre in CSS px from the slider's left: the only ink in its top row. */
async function drawnThumbAt(app: AppPage): Promise<number> {
  await installShownPicture(app.page)
  return app.page.locator('.timeline-slider canvas').evaluate(async (c: HTMLCanvasElement) => {
    const g = await window.shownPicture!(c)
    const ratio = g.canvas.width / c.clientWidth
    const row = g.getImageData(0, Math.round(ratio), g.canvas.width, 1).data
    let sum = 0
    let inked = 0
    for (let x = 0; x < g.canvas.width; x++) {
      if (row[x * 4 + 3]! > 128) {
        sum += x
        inked++
      }
    }
    return inked === 0 ? -1 : sum / inked / ratio
  })
}

/** Where the native input puts the thumb's centre for its value, in CSS px from its left. */
async function inputThumbAt(app: AppPage): Promise<number> {
  const slider = app.timeline()
  const [value, max, box] = await Promise.all([
    app.cursor(),
    slider.getAttribute('max').then(Number),
    slider.boundingBox(),
  ])
  return THUMB_PX / 2 + (value / max) * (box!.width - THUMB_PX)
}

test('the slider draws its thumb at its value, and pointer and keys move it', async ({ app }) => {
  await app.open()
  await app.seek(2000)
  expect(Math.abs((await drawnThumbAt(app)) - (await inputThumbAt(app)))).toBeLessThan(1.5)

  // A press on the track at three quarters of the way seeks there.
  const slider = app.timeline()
  const box = (await slider.boundingBox())!
  const max = Number(await slider.getAttribute('max'))
  const x = box.x + THUMB_PX / 2 + 0.75 * (box.width - THUMB_PX)
  await app.page.mouse.click(x, box.y + box.height / 2)
  const perPx = max / (box.width - THUMB_PX)
  await expect.poll(() => app.cursor()).toBeGreaterThan(0.75 * max - 2 * perPx)
  expect(await app.cursor()).toBeLessThan(0.75 * max + 2 * perPx)
  expect(Math.abs((await drawnThumbAt(app)) - (x - box.x))).toBeLessThan(1.5)

  // Dragging the thumb 100 px back takes the cursor back by that much.
  const before = await app.cursor()
  await app.page.mouse.move(x, box.y + box.height / 2)
  await app.page.mouse.down()
  await app.page.mouse.move(x - 100, box.y + box.height / 2, { steps: 5 })
  await app.page.mouse.up()
  await expect.poll(() => app.cursor()).toBeLessThan(before - 98 * perPx)
  expect(await app.cursor()).toBeGreaterThan(before - 102 * perPx)
  expect(Math.abs((await drawnThumbAt(app)) - (x - 100 - box.x))).toBeLessThan(1.5)

  // Keys step it, one millisecond at a time.
  const at = await app.cursor()
  await slider.focus()
  await app.page.keyboard.press('ArrowRight')
  await expect.poll(() => app.cursor()).toBe(at + 1)
})

/** The clock's text (`1.234 s`) in ms. */
const clockMs = (text: string) => Number(text.replace(' s', '')) * 1000

test('the clock runs while playing, in step with the slider, and shows the cursor exactly once paused', async ({
  app,
}) => {
  await app.open()
  const clock = app.page.getByLabel('Virtual time')
  await app.button('Play').click()
  const first = await clock.textContent()
  await expect.poll(() => clock.textContent()).not.toBe(first)
  // Playing, the clock and the slider's value say the same time, read in the same moment.
  for (let i = 0; i < 5; i++) {
    const [text, value] = await app.page.evaluate(() => [
      document.querySelector('output.clock')!.textContent!,
      (document.querySelector('.timeline-slider input') as HTMLInputElement).value,
    ])
    expect(Math.abs(clockMs(text) - Number(value))).toBeLessThanOrEqual(1)
    await app.page.waitForTimeout(70)
  }
  await app.button('Pause').click()
  // The slider has the cursor to the millisecond; the clock to its rounding.
  const value = await app.cursor()
  expect(Math.abs(clockMs((await clock.textContent())!) - value)).toBeLessThanOrEqual(1)
})
