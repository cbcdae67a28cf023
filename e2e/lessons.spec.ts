import { writeFileSync } from 'node:fs'
import { test, expect } from './fixtures'

const LESSON = 'raft-leader-election'

test('a lesson from the list: narrated steps forward and back, a question, a detour and back', async ({
  app,
}) => {
  await app.open()
  await app.button('Lessons').click()
  await app.page
    .getByRole('dialog', { name: 'Lessons' })
    .getByRole('button', { name: 'Open Raft: leader election' })
    .click()
  const lesson = app.page.getByRole('region', { name: 'Lesson' })
  const counter = lesson.getByRole('status').filter({ hasText: /^Step / })
  await expect(counter).toHaveText('Step 1 of 10')
  await expect(app.node('n1: follower, term 0')).toBeVisible()
  await expect(app.page.getByLabel('Branch')).toContainText('Lesson: Raft: leader election')

  // Predict, then see: the answer shows once a choice is picked.
  await lesson.getByRole('button', { name: 'Next step' }).click()
  await expect(counter).toHaveText('Step 2 of 10')
  await expect(lesson).toContainText('Which node times out first?')
  await lesson.getByRole('button', { name: 'n2', exact: true }).click()
  await expect(lesson).toContainText('Not quite.')

  // Forward plays the run to the next step's moment; the arrow key does the same.
  await lesson.getByRole('button', { name: 'Next step' }).click()
  await expect(counter).toHaveText(/^Step 3 of 10/)
  await expect(app.node('n1: candidate, term 1')).toBeVisible({ timeout: 10_000 })
  await expect(counter).toHaveText('Step 3 of 10')
  await expect.poll(() => app.cursor()).toBe(173)
  await app.page.keyboard.press('ArrowRight')
  await expect(counter).toHaveText('Step 4 of 10', { timeout: 10_000 })
  await expect.poll(() => app.cursor()).toBe(195)
  await expect(app.node('n2: follower, term 0')).toBeVisible()
  await expect(app.node('n3: follower, term 1')).toBeVisible()

  // Back is immediate and exact.
  await lesson.getByRole('button', { name: 'Previous step' }).click()
  await expect(counter).toHaveText('Step 3 of 10')
  expect(await app.cursor()).toBe(173)
  await expect(app.node('n3: follower, term 0')).toBeVisible()
  await expect.poll(() => app.page.url()).toMatch(new RegExp(`#lesson=${LESSON}&step=3$`))

  // An intervention branches off; Back to the lesson returns to the step.
  await app.node(/^n3: /).click()
  await app.button('Crash').click()
  await expect(app.node('n3: crashed')).toBeVisible()
  await lesson.getByRole('button', { name: 'Back to the lesson' }).click()
  await expect(app.node('n3: follower, term 0')).toBeVisible()
  expect(await app.cursor()).toBe(173)
  await expect(lesson.getByRole('button', { name: 'Back to the lesson' })).toHaveCount(0)
})

test('a lesson link opens its step exactly, in the app and embedded', async ({ app }) => {
  await app.open(`#lesson=${LESSON}&step=9`)
  const lesson = app.page.getByRole('region', { name: 'Lesson' })
  await expect(lesson.getByRole('status').filter({ hasText: /^Step / })).toHaveText('Step 9 of 10')
  await expect(app.node('n3: leader, term 2')).toBeVisible()
  await expect(app.node('n1: crashed')).toBeVisible()
  expect(await app.cursor()).toBe(792)

  // A fresh page: a link followed inside the app opens in the app as it is.
  await app.page.goto('about:blank')
  await app.open(`#lesson=${LESSON}&step=10&embed=1`)
  await expect(lesson.getByRole('status').filter({ hasText: /^Step / })).toHaveText('Step 10 of 10')
  await expect(app.node('n1: follower, term 2')).toBeVisible()
  await lesson.getByRole('button', { name: 'Previous step' }).click()
  await expect(app.node('n3: leader, term 2')).toBeVisible()
  await expect(app.button('Lessons')).toHaveCount(0)
})

test('a broken lesson link, or a bad lesson file, is named in an alert', async ({ app }, info) => {
  await app.open(`#lesson=${LESSON}&step=11`)
  await expect(app.page.getByRole('alert')).toContainText(
    'step= must be a step of this lesson, from 1 to 10 (got "11")',
  )
  const bad = info.outputPath('bad-lesson.json')
  writeFileSync(bad, JSON.stringify({ version: 1, title: 'Mine', scenario: {}, steps: [] }))
  await app.page.getByLabel('Scenario file').setInputFiles(bad)
  await expect(app.page.getByRole('alert')).toContainText('bad-lesson.json: scenario.version')
})

test('a teacher’s own lesson file opens, and its step link carries the lesson', async ({
  app,
}, info) => {
  await app.open()
  const file = info.outputPath('my-lesson.json')
  const lessonJson = {
    version: 1,
    title: 'My first lesson',
    scenario: { version: 1, protocol: 'raft', nodes: 3, seed: 4, params: {}, inputs: [] },
    steps: [
      { at: 0, text: 'Three followers.' },
      {
        until: { role: 'leader' },
        text: 'One of them leads.',
        expect: { nodes: { n1: 'leader, term 9' } },
      },
    ],
  }
  writeFileSync(file, JSON.stringify(lessonJson))
  await app.page.getByLabel('Scenario file').setInputFiles(file)
  const lesson = app.page.getByRole('region', { name: 'Lesson' })
  await expect(lesson).toContainText('Three followers.')
  await lesson.getByRole('button', { name: 'Next step' }).click()
  await expect(lesson.getByRole('status').filter({ hasText: /^Step / })).toHaveText('Step 2 of 2', {
    timeout: 10_000,
  })
  // The file claims what the run does not show, and the player says so.
  await expect(lesson.getByRole('note')).toContainText('where the lesson says "n1: leader, term 9"')
  await expect.poll(() => app.page.url()).toMatch(/#l=[\w-]+&step=2$/)
  const link = app.page.url()
  await app.page.goto('about:blank')
  await app.page.goto(link)
  await expect(lesson).toContainText('One of them leads.')
})
