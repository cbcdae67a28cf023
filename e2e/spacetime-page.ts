/** The space-time diagram as tests see it: its region, and what its canvas says it drew. */

import type { AppPage } from './fixtures'

export const diagram = (app: AppPage) =>
  app.page.getByRole('region', { name: 'Space-time diagram' })

export const canvasBox = (app: AppPage) => diagram(app).locator('.spacetime-canvas')

/** How many arrows or marks the renderer drew, as it reports on its box. */
export const drawn = async (app: AppPage, what: 'arrows' | 'marks') =>
  Number(await canvasBox(app).getAttribute(`data-${what}`))

export const lanes = (app: AppPage) =>
  diagram(app).getByRole('list', { name: 'Lanes' }).getByRole('listitem')
