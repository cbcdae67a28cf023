/**
 * Lesson links: `#lesson=<id>&step=3` opens a built-in lesson at its third step, and
 * `#l=<payload>&step=3` a lesson carried whole in the link (payload as for scenarios:
 * base64url of raw DEFLATE of its JSON). `embed=1` plays it in embed mode. A link is
 * untrusted: decoding never throws and ends in one line that says what is wrong.
 */

import { decodePayload, encodePayload, linkFields } from '../scenario/codec'
import { quote } from '../scenario/validate-fields'
import type { SpecLookup } from '../scenario/validate'
import { parseLesson } from './validate'
import type { Lesson } from './types'

const KEYS = new Set(['lesson', 'l', 'step', 'embed'])

export type LessonSource =
  | { readonly kind: 'built-in'; readonly id: string }
  | { readonly kind: 'own'; readonly payload: string }

export interface LessonLinkState {
  readonly source: LessonSource
  /** From 0; links count from 1. */
  readonly step: number
  readonly embed?: boolean
}

export type LessonLinkResult =
  ({ ok: true; lesson: Lesson } & LessonLinkState) | { ok: false; error: string }

/** Whether a link (or fragment) is a lesson's rather than a scenario's. Never throws. */
export function isLessonLink(text: string): boolean {
  const read = linkFields(text, KEYS)
  return read.ok && (read.fields.has('lesson') || read.fields.has('l'))
}

export function lessonFragment({ source, step, embed }: LessonLinkState): string {
  const head = source.kind === 'built-in' ? `lesson=${source.id}` : `l=${source.payload}`
  return `${head}&step=${step + 1}${embed === true ? '&embed=1' : ''}`
}

/** The `own` source of a lesson: the lesson itself, in the link. */
export function ownSource(lesson: Lesson): LessonSource {
  return { kind: 'own', payload: encodePayload(lesson) }
}

export function decodeLessonLink(
  text: string,
  builtIn: (id: string) => Lesson | undefined,
  specLookup: SpecLookup,
): LessonLinkResult {
  const read = linkFields(text, KEYS)
  if (!read.ok) return read
  const { fields } = read
  const id = fields.get('lesson')
  const payload = fields.get('l')
  if (id !== undefined && payload !== undefined) {
    return { ok: false, error: 'link: has both lesson= and l=; a link opens one lesson' }
  }
  let lesson: Lesson
  let source: LessonSource
  if (id !== undefined) {
    const found = /^[a-z0-9-]{1,80}$/.test(id) ? builtIn(id) : undefined
    if (found === undefined) return { ok: false, error: `link: no lesson called ${quote(id)}` }
    lesson = found
    source = { kind: 'built-in', id }
  } else if (payload !== undefined) {
    const decoded = decodePayload(payload)
    if (!decoded.ok) {
      const error = decoded.error.replaceAll('scenario data', 'lesson data').replace('(s=)', '(l=)')
      return { ok: false, error }
    }
    const parsed = parseLesson(decoded.value, specLookup)
    if (!parsed.ok) return { ok: false, error: `link: the lesson: ${parsed.error}` }
    lesson = parsed.lesson
    source = { kind: 'own', payload }
  } else {
    return { ok: false, error: 'link: no lesson= or l= (the lesson) in it' }
  }
  const step = readStep(fields.get('step'), lesson.steps.length)
  if (typeof step === 'string') return { ok: false, error: step }
  const embed = fields.get('embed')
  return {
    ok: true,
    lesson,
    source,
    step,
    ...(embed === '1' || embed === 'true' ? { embed: true } : {}),
  }
}

/** The step index a link names, or the message saying why it names none. */
function readStep(text: string | undefined, count: number): number | string {
  if (text === undefined) return 0
  const n = Number(text)
  if (!/^\d{1,4}$/.test(text) || n < 1 || n > count) {
    return `link: step= must be a step of this lesson, from 1 to ${count} (got ${quote(text)})`
  }
  return n - 1
}
