import { cli, test, expect } from './fixtures'

/** The size of an iframe in a slide. */
const EMBED = { width: 800, height: 560 }

function embedLink(): string {
  const fragment = cli('link', 'examples/design.json', '--t', '1500')
  return `/${fragment.trim()}&embed=1`
}

test("an embed keeps only Fit in the graph's corner, and Fit still works", async ({ app }) => {
  await app.page.setViewportSize(EMBED)
  await app.page.goto(embedLink())
  await expect(app.node(/^n1: /)).toBeVisible()
  const view = app.page.getByRole('group', { name: 'Graph view' })
  await expect(view.getByRole('button')).toHaveText(['Fit'])
  for (const name of ['Cut', 'Record', 'Save the graph as SVG', 'Save the graph as PNG']) {
    await expect(app.button(name)).toHaveCount(0)
  }
  await expect(app.page.getByRole('group', { name: 'Save the graph' })).toHaveCount(0)
  // Fit sits inside the frame, clear of the link to the full app.
  const fit = (await app.button('Fit').boundingBox())!
  const open = (await app.page.getByRole('link', { name: /Open in Clusterscope/ }).boundingBox())!
  expect(fit.x + fit.width).toBeLessThanOrEqual(EMBED.width)
  const apart =
    fit.x + fit.width <= open.x ||
    open.x + open.width <= fit.x ||
    fit.y + fit.height <= open.y ||
    open.y + open.height <= fit.y
  expect(apart).toBe(true)
  await app.button('Fit').click()
  await expect(app.node(/^n1: /)).toBeInViewport()
})

test("the full app keeps Cut, Fit, SVG, PNG and Record in the graph's corner", async ({ app }) => {
  await app.open()
  await expect(app.page.getByRole('group', { name: 'Graph view' }).getByRole('button')).toHaveText([
    'Cut',
    'Fit',
  ])
  for (const name of ['Record', 'Save the graph as SVG', 'Save the graph as PNG']) {
    await expect(app.button(name)).toBeVisible()
  }
})
