/**
 * Reading what a canvas shows, in the page. The app's canvases hand their drawing to an
 * OffscreenCanvas (render/canvas-surface.ts), so their own getContext is refused: the
 * picture is read back with toDataURL, once two frames are done (a drawing reaches the
 * element with the frame it was made in), onto a canvas of the test's own.
 */

import type { Page } from '@playwright/test'

declare global {
  interface Window {
    /** Put in the page by installShownPicture: the 2D context of a copy of what `canvas` shows. */
    shownPicture?: (canvas: HTMLCanvasElement) => Promise<CanvasRenderingContext2D>
  }
}

/** Puts `window.shownPicture(canvas)` in the page: the 2D context of a copy of the picture. */
export async function installShownPicture(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.shownPicture = async (canvas) => {
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done))
      const picture = new Image()
      picture.src = canvas.toDataURL()
      await picture.decode()
      const copy = document.createElement('canvas')
      copy.width = picture.width
      copy.height = picture.height
      const g = copy.getContext('2d')!
      g.drawImage(picture, 0, 0)
      return g
    }
  })
}
