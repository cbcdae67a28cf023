/**
 * Reading a JSON trace file: one document, or one document per line as the OpenTelemetry
 * collector's file exporter writes them; then its fields, each checked where it is read so
 * that an error names its place (`data[0].spans[3].startTime: expected …`). Readers throw
 * a ShapeError, which the format's entry point turns into a returned error.
 */

import { shown } from './shiviz-clocks'
import { jsonSyntaxError } from './otel-json-syntax'
import type { Parsed } from './otel-spans'
import { t } from '../i18n/translate'

export type JsonObject = Readonly<Record<string, unknown>>

export interface JsonDocument {
  readonly value: unknown
  /** Its line in a file of one document per line; null for a whole-file document. */
  readonly line: number | null
}

export class ShapeError extends Error {}

/** The file's documents: the whole text, or else each non-blank line when each parses. */
export function readJsonDocuments(text: string): Parsed<JsonDocument[]> {
  try {
    return { ok: true, value: [{ value: JSON.parse(text), line: null }] }
  } catch (whole) {
    const lines = text.split(/\r?\n/)
    const documents: JsonDocument[] = []
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.trim() === '') continue
      try {
        documents.push({ value: JSON.parse(lines[i]!), line: i + 1 })
      } catch (part) {
        // A first line that is no document on its own: the file is one broken document.
        if (documents.length === 0) return { ok: false, error: notJson(text, whole) }
        return { ok: false, error: notJson(lines[i]!, part, i + 1) }
      }
    }
    return { ok: true, value: documents }
  }
}

/**
 * Where and why the text (which starts on line `firstLine` of the file) is not JSON;
 * JSON.parse's own words if the scan finds nothing.
 */
function notJson(text: string, error: unknown, firstLine = 1): string {
  const syntax = jsonSyntaxError(text)
  if (syntax === null) {
    const message = error instanceof Error ? error.message : String(error)
    return t('importTrace.error.notJson', { message })
  }
  const line = syntax.line + firstLine - 1
  const { column, reason } = syntax
  return t('importTrace.error.notJsonAt', { line, column, reason })
}

/** What a value is, for "expected …, found …". */
export function describe(value: unknown): string {
  if (value === undefined) return t('importTrace.error.missing')
  if (value === null) return 'null'
  if (Array.isArray(value)) return t('importTrace.error.anArray')
  if (typeof value === 'object') return t('importTrace.error.anObject')
  if (typeof value === 'string') {
    return t('importTrace.error.theString', { text: JSON.stringify(shown(value)) })
  }
  if (typeof value === 'number') return t('importTrace.error.theNumber', { n: value })
  return String(value)
}

export function fail(path: string, expected: string, value: unknown): never {
  throw new ShapeError(t('importTrace.error.expected', { path, expected, found: describe(value) }))
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function objectAt(value: unknown, path: string): JsonObject {
  return isObject(value) ? value : fail(path, t('importTrace.error.anObject'), value)
}

export function arrayAt(value: unknown, path: string): readonly unknown[] {
  return Array.isArray(value) ? value : fail(path, t('importTrace.error.anArray'), value)
}

/** An array that may be left out (or null, as Go's encoders write an empty slice). */
export function optionalArray(value: unknown, path: string): readonly unknown[] {
  return value === undefined || value === null ? [] : arrayAt(value, path)
}

export function stringAt(value: unknown, path: string): string {
  return typeof value === 'string' ? value : fail(path, t('importTrace.error.aString'), value)
}

/** A non-empty string, as ids must be. */
export function idAt(value: unknown, path: string): string {
  return typeof value === 'string' && value !== ''
    ? value
    : fail(path, t('importTrace.error.anId'), value)
}

/** Runs a reader, turning its ShapeError into a returned error. */
export function checked<T>(read: () => T): Parsed<T> {
  try {
    return { ok: true, value: read() }
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, error: e.message }
    throw e
  }
}
