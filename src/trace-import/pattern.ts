/**
 * Applying a log pattern (a regular expression with named groups) over a whole log, as
 * ShiViz does: repeatedly, multi-line, each match one event. Unlike ShiViz, text between
 * matches that is not blank is an error, so a pattern that silently skips half the log
 * is caught. The pattern is the user's, so it is bounded and never loops on empty matches;
 * a pattern that backtracks catastrophically cannot be interrupted here (run imports in a
 * worker to keep the page alive).
 */

import { t } from '../i18n/translate'

export const MAX_PATTERN_CHARS = 2000

export interface PatternMatch {
  /** Line where the match starts, from 1. */
  readonly line: number
  readonly groups: Readonly<Record<string, string>>
  /** Line where each named group starts. */
  readonly groupLines: Readonly<Record<string, number>>
}

export type Scan = { ok: true; matches: PatternMatch[] } | { ok: false; error: string }

/** A problem on a line of the log: `line 3: the host is empty`. */
export function atLine(line: number, problem: string): string {
  return t('importTrace.error.line', { line, problem })
}

/** Compiles `pattern` and checks it has the named groups `required`. */
export function compilePattern(
  pattern: string,
  required: readonly string[],
): { ok: true; regex: RegExp } | { ok: false; error: string } {
  if (pattern.length > MAX_PATTERN_CHARS) {
    return { ok: false, error: t('importTrace.error.patternTooLong', { max: MAX_PATTERN_CHARS }) }
  }
  let regex: RegExp
  let names: string[]
  try {
    // d: where each group starts, for line numbers; m: ^ and $ at every line, as ShiViz.
    regex = new RegExp(pattern, 'dgm')
    // Matching the empty alternative lists every named group, matched or not.
    names = Object.keys(new RegExp(`(?:${pattern})|`).exec('')?.groups ?? {})
  } catch (err) {
    return { ok: false, error: t('importTrace.error.patternInvalid', { message: message(err) }) }
  }
  const missing = required.find((name) => !names.includes(name))
  if (missing !== undefined) {
    return { ok: false, error: t('importTrace.error.patternGroup', { name: missing }) }
  }
  return { ok: true, regex }
}

/** Every match of `regex` (compiled by compilePattern) over `text`, in order. */
export function scanMatches(text: string, regex: RegExp): Scan {
  const lines = new LineCounter(text)
  const matches: PatternMatch[] = []
  let end = 0
  regex.lastIndex = 0
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const skipped = firstNonBlank(text, end, m.index)
    if (skipped >= 0) return noMatch(text, skipped, lines.at(skipped))
    const line = lines.at(m.index)
    if (m[0].length === 0) {
      return { ok: false, error: atLine(line, t('importTrace.error.patternEmpty')) }
    }
    // fromEntries makes own properties, whatever the names (even "__proto__").
    const groupLines = Object.fromEntries(
      Object.entries(m.indices?.groups ?? {}).flatMap(([name, span]) =>
        span === undefined ? [] : [[name, line + newlines(text, m.index, span[0])]],
      ),
    )
    const groups = Object.fromEntries(
      Object.entries(m.groups ?? {}).map(([name, value]) => [name, value ?? '']),
    )
    matches.push({ line, groups, groupLines })
    end = m.index + m[0].length
  }
  const trailing = firstNonBlank(text, end, text.length)
  if (trailing >= 0) return noMatch(text, trailing, lines.at(trailing))
  return { ok: true, matches }
}

/** Names the line and shows its text, so the user sees what the pattern failed on. */
function noMatch(text: string, at: number, line: number): Scan {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const end = text.indexOf('\n', at)
  const shown = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '')
  const clipped = shown.length > 60 ? `${shown.slice(0, 60)}…` : shown
  return {
    ok: false,
    error: atLine(line, t('importTrace.error.noMatch', { text: JSON.stringify(clipped) })),
  }
}

function firstNonBlank(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return i
  }
  return -1
}

function newlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Line numbers of offsets asked in increasing order, counted once over the text. */
class LineCounter {
  private offset = 0
  private line = 1

  constructor(private readonly text: string) {}

  at(offset: number): number {
    this.line += newlines(this.text, this.offset, offset)
    this.offset = offset
    return this.line
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
