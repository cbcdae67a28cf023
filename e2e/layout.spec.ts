import { test, expect } from './fixtures'
import type { Locator } from '@playwright/test'

const box = async (l: Locator) => (await l.boundingBox())!

test('the side panel shows one tab at a time, and choosing a node brings its tab forward', async ({
  app,
}) => {
  await app.open()
  const tabs = app.page.getByRole('tablist', { name: 'Panels' })
  await expect(tabs.getByRole('tab')).toHaveText([
    'Node',
    'Network',
    'Clients',
    'History',
    'Charts',
  ])
  await app.showPanel('History')
  await expect(app.page.getByRole('region', { name: 'History' })).toBeVisible()
  await expect(app.page.getByRole('region', { name: 'Charts' })).toHaveCount(0)
  // Arrow keys move along the tabs, as in any tab list.
  await app.page.getByRole('tab', { name: 'History' }).press('ArrowRight')
  await expect(app.page.getByRole('tab', { name: 'Charts' })).toBeFocused()
  await expect(app.page.getByRole('region', { name: 'Charts' })).toBeVisible()
  await app.node(/^n2: /).click()
  await expect(app.page.getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true')
  await expect(app.button('Crash')).toBeVisible()
  // The checks stay on screen whatever the tab.
  await expect(app.page.getByRole('region', { name: 'Checks' })).toBeVisible()
})

test('a splitter resizes its pane by drag and by keys, and the size survives a reload', async ({
  app,
}) => {
  await app.open()
  const side = app.page.getByRole('complementary', { name: 'Controls' })
  const splitter = app.page.getByRole('separator', { name: 'Resize the side panel' })
  const before = (await box(side)).width
  const grip = await box(splitter)
  await app.page.mouse.move(grip.x + grip.width / 2, grip.y + 200)
  await app.page.mouse.down()
  await app.page.mouse.move(grip.x - 100, grip.y + 200, { steps: 5 })
  await app.page.mouse.up()
  await expect.poll(async () => (await box(side)).width).toBeCloseTo(before + 100, -0.5)
  const chosen = Number(await splitter.getAttribute('aria-valuenow'))
  expect(chosen).toBeCloseTo(before + 100, -0.5)

  await app.page.reload()
  await expect(app.node(/^n1: /)).toBeVisible()
  await expect.poll(async () => (await box(side)).width).toBeCloseTo(chosen, -0.5)

  // End takes it as wide as it goes; a double click gives it back to the window.
  await splitter.focus()
  await splitter.press('End')
  await expect(splitter).toHaveAttribute('aria-valuenow', '720')
  await splitter.dblclick()
  await expect.poll(async () => (await box(side)).width).toBeCloseTo(before, -0.5)
})

test('the dock gives the graph room when dragged down, and the event log widens when dragged left', async ({
  app,
}) => {
  await app.open()
  const graph = app.page.locator('.cluster-view')
  const dockSplitter = app.page.getByRole('separator', {
    name: 'Resize the space-time diagram and event log',
  })
  const graphBefore = (await box(graph)).height
  const grip = await box(dockSplitter)
  await app.page.mouse.move(grip.x + 100, grip.y)
  await app.page.mouse.down()
  await app.page.mouse.move(grip.x + 100, grip.y + 80, { steps: 4 })
  await app.page.mouse.up()
  await expect.poll(async () => (await box(graph)).height).toBeGreaterThan(graphBefore + 60)

  const log = app.page.getByRole('region', { name: 'Event log panel' })
  const logBefore = (await box(log)).width
  const logSplitter = app.page.getByRole('separator', { name: 'Resize the event log' })
  await logSplitter.focus()
  await logSplitter.press('ArrowLeft')
  await logSplitter.press('ArrowLeft')
  await expect.poll(async () => (await box(log)).width).toBeCloseTo(logBefore + 48, 0)
})

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 820, height: 1180 },
  { width: 1440, height: 900 },
]) {
  test(`at ${size.width}×${size.height} everything fits: graph, diagram, log, side panel and timeline`, async ({
    app,
  }) => {
    await app.page.setViewportSize(size)
    await app.open()
    const parts = {
      graph: app.page.locator('.cluster-view'),
      diagram: app.page.getByRole('region', { name: 'Space-time diagram' }),
      log: app.page.getByRole('list', { name: 'Event log' }),
      side: app.page.getByRole('complementary', { name: 'Controls' }),
      timeline: app.timeline(),
    }
    for (const part of Object.values(parts)) {
      await expect(part).toBeInViewport({ ratio: 1 })
    }
    // Nothing runs off the side of the page.
    const overflow = await app.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    const graph = await box(parts.graph)
    const side = await box(parts.side)
    // The graph is the largest thing on the screen.
    expect(graph.width * graph.height).toBeGreaterThan(side.width * side.height)
    if (size.width >= 1024) {
      // The top bar keeps one row; buttons that show glyphs there keep their names.
      expect((await box(app.page.getByRole('banner'))).height).toBeLessThan(50)
      for (const name of ['Undo', 'Redo', 'Shortcuts', 'Share']) {
        await expect(app.page.getByRole('button', { name, exact: true })).toBeInViewport()
      }
      const words = app.page.getByText('About this run')
      if (size.width > 1200) await expect(words).toBeVisible()
      else await expect(words).toBeHidden()
    }
    if (size.width <= 900) {
      // Upright tablet: the side panel sits under the graph, beside the dock.
      expect(side.y).toBeGreaterThanOrEqual(graph.y + graph.height)
      expect(graph.width).toBeGreaterThan(size.width * 0.9)
    } else {
      expect(side.x).toBeGreaterThanOrEqual(graph.x + graph.width)
    }
  })
}
