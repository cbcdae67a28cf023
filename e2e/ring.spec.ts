import { writeFileSync } from 'node:fs'
import type { Locator } from '@playwright/test'
import { cli, test, expect, type AppPage } from './fixtures'

/** Four replicas take a dozen puts; n5 joins at 1 s, n2 leaves at 2 s. */
const SCENARIO = {
  version: 1,
  protocol: 'dynamo',
  nodes: 4,
  seed: 3,
  params: { vnodes: 8 },
  inputs: [
    ...Array.from({ length: 12 }, (_, i) => ({
      at: 100 + i * 30,
      type: 'client',
      op: 'put',
      key: `k${i}`,
      value: String(i),
    })),
    { at: 1000, type: 'join' },
    { at: 2000, type: 'leave', node: 'n2' },
  ],
}

const MOVED =
  /(join|leave) \((n\d)\): ([\d,]+) of 10,000 keys moved \(expected ([\d,]+)\); hash mod N would move ([\d,]+)/

async function openRing(app: AppPage, path: string, t: number) {
  writeFileSync(path, JSON.stringify(SCENARIO))
  await app.page.goto(`/${cli('link', path, '--t', String(t)).trim()}`)
  await expect(app.node(/^n1: /)).toBeVisible()
  await app.showPanel('Ring')
  return app.page.getByRole('region', { name: 'Ring' })
}

/** `2,861` as a number. */
const n = (s: string) => Number(s.replaceAll(',', ''))

/** The numbers of the summary's last join or leave. */
async function moved(ring: Locator) {
  const [, type, node, onRing, expected, modN] = MOVED.exec((await ring.textContent())!)!
  return { type, node, ring: n(onRing!), expected: n(expected!), modN: n(modN!) }
}

test('the Ring tab counts the keys a join and a leave move, against hash mod N', async ({
  app,
}, info) => {
  const ring = await openRing(app, info.outputPath('ring.json'), 800)
  await expect(ring).toContainText('4 nodes, 8 tokens each, 12 stored keys; no join or leave yet')
  await expect(
    ring.getByRole('img', { name: /^Sample keys per node, of 10,000: n1 / }),
  ).toBeVisible()
  await expect(ring.getByRole('list', { name: 'Nodes on the ring' })).toContainText('n4: ')

  // Past the join: about K/(N+1) = 2,000 keys move to n5, where mod N renumbers ~80%.
  await app.seek(1500)
  await expect(ring).toContainText('5 nodes, 8 tokens each')
  await expect(ring).toContainText(MOVED)
  const join = await moved(ring)
  expect(join).toMatchObject({ type: 'join', node: 'n5', expected: 2000 })
  expect(join.ring).toBeGreaterThan(1000)
  expect(join.ring).toBeLessThan(3500)
  expect(join.modN).toBeGreaterThan(7500)
  await expect(ring.getByRole('img', { name: /^Keys moved when n5 joined/ })).toBeVisible()

  // Past the leave: n2's share (K/N of the 5) goes to its successors.
  await app.seek(2500)
  await expect(ring).toContainText('last leave (n2)')
  const leave = await moved(ring)
  expect(leave).toMatchObject({ type: 'leave', node: 'n2', expected: 2000 })
  expect(leave.ring).toBeLessThan(leave.modN / 2)

  // Back before the join, the ring is as it was.
  await app.seek(800)
  await expect(ring).toContainText('4 nodes, 8 tokens each, 12 stored keys; no join or leave yet')
})

test('keys that change owner are animated, unless the reader asks for reduced motion', async ({
  app,
}, info) => {
  const ring = await openRing(app, info.outputPath('ring.json'), 800)
  const walks = ring.locator('.ring-walk')
  await app.seek(1200)
  await expect(walks.first()).toBeAttached()
  await expect(walks).toHaveCount(0, { timeout: 5000 })
  await app.page.emulateMedia({ reducedMotion: 'reduce' })
  await app.seek(800)
  await expect(ring).toContainText('no join or leave yet')
  expect(await walks.count()).toBe(0)
})

test('only a protocol that brings the Ring tab shows it, in German too', async ({ app }, info) => {
  await app.open()
  await expect(app.page.getByRole('tab', { name: 'Ring' })).toHaveCount(0)
  const ring = await openRing(app, info.outputPath('ring.json'), 1500)
  await expect(ring).toContainText(MOVED)
  await app.page.getByRole('combobox', { name: 'Language' }).selectOption('de')
  // The tab keeps its name in German.
  await app.showPanel('Ring')
  const ringDe = app.page.getByRole('region', { name: 'Ring' })
  await expect(ringDe).toContainText('5 Knoten, 8 Token je Knoten, 12 gespeicherte Schlüssel')
  await expect(ringDe).toContainText(/letzter Beitritt \(n5\): [\d.]+ von 10\.000 Schlüsseln/)
})
