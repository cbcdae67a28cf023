import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'

const PNG_MAGIC = '89504e470d0a1a0a'

async function saved(app: { page: import('@playwright/test').Page }, button: string, path: string) {
  const download = app.page.waitForEvent('download')
  await app.page.getByRole('button', { name: button }).click()
  const file = await download
  await file.saveAs(path)
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

test('the graph and the space-time diagram save as standalone SVG and as PNG', async ({
  app,
}, info) => {
  await app.open()
  await app.playUntilLeader()

  const svg = await saved(app, 'Save the graph as SVG', info.outputPath('graph.svg'))
  expect(svg.name).toMatch(/^clusterscope-graph-\d+ms\.svg$/)
  const text = svg.bytes.toString('utf8')
  expect(text).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  // Each node keeps its accessible name, and its look is written on it: no stylesheet needed.
  expect(text).toMatch(/aria-label="n\d: leader, term \d+"/)
  expect(text).toContain('fill:rgb(')
  expect(text).not.toContain('class=')

  const png = await saved(app, 'Save the graph as PNG', info.outputPath('graph.png'))
  expect(png.name).toMatch(/\.png$/)
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe(PNG_MAGIC)
  // Twice the graph's 760 × 600 view box.
  expect(png.bytes.readUInt32BE(16)).toBe(1520)
  expect(png.bytes.readUInt32BE(20)).toBe(1200)

  const vector = await saved(app, 'Save the diagram as SVG', info.outputPath('diagram.svg'))
  expect(vector.name).toMatch(/^clusterscope-space-time-\d+ms\.svg$/)
  const markup = vector.bytes.toString('utf8')
  expect(markup).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  for (const lane of ['n1', 'n5', 'clients']) expect(markup).toContain(`>${lane}</text>`)
  // Every arrow and mark in view is a vector in the file, as many as the diagram draws.
  const arrows = Number(await app.page.locator('.spacetime-canvas').getAttribute('data-arrows'))
  expect(arrows).toBeGreaterThan(0)
  expect(markup.match(/class="st-arrow /g)).toHaveLength(arrows)

  // While playing, messages and timer rings are on the graph's canvas: the file has its
  // picture.
  await app.button('Play').click()
  await expect(app.page.locator('svg.cg')).toHaveClass(/\bmessages-on-canvas\b/)
  const playing = await saved(app, 'Save the graph as SVG', info.outputPath('playing.svg'))
  await app.button('Pause').click()
  expect(playing.bytes.toString('utf8')).toMatch(/<image [^>]*href="data:image\/png;base64,/)
  expect(text).not.toContain('<image ')

  const diagram = await saved(app, 'Save the diagram as PNG', info.outputPath('diagram.png'))
  expect(diagram.name).toMatch(/^clusterscope-space-time-\d+ms\.png$/)
  expect(diagram.bytes.subarray(0, 8).toString('hex')).toBe(PNG_MAGIC)
  expect(diagram.bytes.length).toBeGreaterThan(5000)
})
