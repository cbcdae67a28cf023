import { describe, expect, it } from 'vitest'
import { decodeLessonLink, isLessonLink, lessonFragment, ownSource } from './link'
import { TEST_LESSON } from './test-lesson'
import { encodePayload } from '../scenario/codec'
import { specLookup } from '../protocols/registry'

const builtIn = (id: string) => (id === 'test-lesson' ? TEST_LESSON : undefined)
const decode = (text: string) => decodeLessonLink(text, builtIn, specLookup)
const errorOf = (text: string) => {
  const r = decode(text)
  return r.ok ? 'ok' : r.error
}

describe('lesson links', () => {
  it('tell lesson links from scenario links', () => {
    expect(isLessonLink('#lesson=test-lesson&step=2')).toBe(true)
    expect(isLessonLink('https://host/app/#l=abc')).toBe(true)
    expect(isLessonLink('#s=abc&t=5')).toBe(false)
    expect(isLessonLink('#')).toBe(false)
  })

  it('open a built-in lesson at the step named, counting from 1', () => {
    const r = decode('#lesson=test-lesson&step=3')
    expect(r).toMatchObject({ ok: true, step: 2, source: { kind: 'built-in', id: 'test-lesson' } })
    expect(r.ok && r.lesson).toBe(TEST_LESSON)
    expect(decode('#lesson=test-lesson')).toMatchObject({ ok: true, step: 0 })
    expect(decode('#lesson=test-lesson&step=1&embed=1')).toMatchObject({ ok: true, embed: true })
  })

  it('carry a teacher’s own lesson whole, and round-trip through their fragment', () => {
    const source = ownSource(TEST_LESSON)
    const fragment = lessonFragment({ source, step: 1 })
    expect(fragment).toMatch(/^l=[\w-]+&step=2$/)
    const r = decode(`https://host/app/#${fragment}`)
    expect(r).toEqual({ ok: true, lesson: TEST_LESSON, source, step: 1 })
    expect(lessonFragment({ source: { kind: 'built-in', id: 'x' }, step: 0, embed: true })).toBe(
      'lesson=x&step=1&embed=1',
    )
  })

  it.each([
    ['#lesson=nope', 'link: no lesson called "nope"'],
    ['#lesson=<script>', 'link: no lesson called "<script>"'],
    [
      '#lesson=test-lesson&step=4',
      'link: step= must be a step of this lesson, from 1 to 3 (got "4")',
    ],
    [
      '#lesson=test-lesson&step=0',
      'link: step= must be a step of this lesson, from 1 to 3 (got "0")',
    ],
    [
      '#lesson=test-lesson&step=x',
      'link: step= must be a step of this lesson, from 1 to 3 (got "x")',
    ],
    ['#lesson=test-lesson&l=abc', 'link: has both lesson= and l=; a link opens one lesson'],
    ['#lesson=a&lesson=b', 'link: lesson= appears twice'],
    ['#l=', 'link: the lesson data (l=) is empty'],
    ['#l=AAAA', 'link: the lesson data is damaged or truncated (not valid compressed data)'],
    [
      `#l=${encodePayload({ version: 1 })}`,
      'link: the lesson: title: required, a non-empty string of at most 120 characters',
    ],
    ['#step=2', 'link: no lesson= or l= (the lesson) in it'],
  ])('refuse %s with a message saying what is wrong', (text, message) => {
    expect(errorOf(text)).toBe(message)
  })
})
