/**
 * Where and why a text is not JSON. JSON.parse says why in words that differ between
 * engines and often without a place ("Unexpected token '}', ... is not valid JSON"), so a
 * text that fails to parse is scanned again here, once, left to right, with a stack in
 * place of recursion so that deep nesting cannot overflow.
 */

import { t } from '../i18n/translate'

export interface JsonSyntaxError {
  /** Line and column of the first character that cannot continue the JSON, from 1. */
  readonly line: number
  readonly column: number
  readonly reason: string
}

type Expected = 'value' | 'value-or-]' | 'key' | 'key-or-}' | ':' | 'comma-or-close' | 'end'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y

/** The first syntax error in `text`, or null if it is one JSON value. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = []
  let i = 0
  let expected: Expected = 'value'
  const fail = (reason: string, at = i) => ({ ...placeOf(text, at), reason })
  const after = (): Expected => (stack.length === 0 ? 'end' : 'comma-or-close')
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
    if (i === text.length) return expected === 'end' ? null : fail(t('importTrace.json.endsEarly'))
    const c = text[i]!
    if (expected === 'end') return fail(t('importTrace.json.afterValue', { c: shown(c) }))
    if (expected === ':') {
      if (c !== ':') return fail(t('importTrace.json.colon', { c: shown(c) }))
      i++
      expected = 'value'
    } else if (expected === 'comma-or-close') {
      const close = stack.at(-1) === '{' ? '}' : ']'
      if (c === ',') expected = close === '}' ? 'key' : 'value'
      else if (c === close) stack.pop()
      else return fail(t('importTrace.json.commaOr', { close, c: shown(c) }))
      i++
      if (c === close) expected = after()
    } else if (expected === 'key' || expected === 'key-or-}') {
      if (c === '}' && expected === 'key-or-}') {
        stack.pop()
        i++
        expected = after()
        continue
      }
      if (c !== '"') return fail(t('importTrace.json.propertyName', { c: shown(c) }))
      const end = stringEnd(text, i)
      if (typeof end !== 'number') return fail(end.reason, end.at)
      i = end
      expected = ':'
    } else {
      if (c === ']' && expected === 'value-or-]') {
        stack.pop()
        i++
        expected = after()
        continue
      }
      if (c === '{' || c === '[') {
        stack.push(c)
        i++
        expected = c === '{' ? 'key-or-}' : 'value-or-]'
        continue
      }
      const end =
        c === '"' ? stringEnd(text, i) : (match(NUMBER, text, i) ?? match(LITERAL, text, i))
      if (end === null) return fail(t('importTrace.json.value', { c: shown(c) }))
      if (typeof end !== 'number') return fail(end.reason, end.at)
      i = end
      expected = after()
    }
  }
}

/** The index after the string that opens at `start`, or what is wrong inside it. */
function stringEnd(text: string, start: number): number | { reason: string; at: number } {
  for (let i = start + 1; i < text.length;) {
    const c = text.charCodeAt(i)
    if (c === 0x22) return i + 1
    if (c < 0x20) return { reason: t('importTrace.json.stringLine'), at: i }
    if (c !== 0x5c) {
      i++
      continue
    }
    const end = match(ESCAPE, text, i)
    if (end === null)
      return {
        reason: t('importTrace.json.badEscape', { text: shown(text.slice(i, i + 2)) }),
        at: i,
      }
    i = end
  }
  return { reason: t('importTrace.json.stringOpen'), at: start }
}

function match(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at
  return pattern.test(text) ? pattern.lastIndex : null
}

function placeOf(text: string, at: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: at - lineStart + 1 }
}

const shown = (c: string) => JSON.stringify(c)
