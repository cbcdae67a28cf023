/**
 * Telling a trace file's format from its content, and reading a JSON one (Jaeger or OTLP,
 * one document or one per line) into spans. A ShiViz log is text whose first character is
 * not `{` or `[`: its first line is an event's text or a host name, never JSON. Errors are
 * returned, never thrown, and name the place in the file.
 */

import { MAX_LOG_CHARS } from './shiviz'
import { checked, describe, isObject, readJsonDocuments, type JsonObject } from './otel-json'
import { isJaeger, readJaeger } from './jaeger'
import { isOtlp, readOtlp } from './otel'
import {
  FORMAT_NAMES,
  linkSpans,
  type Parsed,
  type SpanFormat,
  type SpanTrace,
  type TraceSpan,
} from './otel-spans'
import { spanLayout, spanSummary, type SpanLayout } from './otel-layout'
import { t } from '../i18n/translate'

export type TraceFormat = 'shiviz' | 'json'

/** From the first characters of a file; enough to choose before reading it all. */
export function detectTraceFormat(head: string): TraceFormat {
  return /^\s*[[{]/.test(head.replace(/^\uFEFF/, '')) ? 'json' : 'shiviz'
}

export function parseSpanTrace(text: string): Parsed<SpanTrace> {
  if (text.length > MAX_LOG_CHARS) {
    return {
      ok: false,
      error: t('importTrace.error.fileTooLarge', { chars: text.length, max: MAX_LOG_CHARS }),
    }
  }
  if (text.trim() === '') return { ok: false, error: t('importTrace.error.fileEmpty') }
  const documents = readJsonDocuments(text.replace(/^\uFEFF/, ''))
  if (!documents.ok) return documents
  let format: SpanFormat | null = null
  const spans: TraceSpan[] = []
  for (const { value, line } of documents.value) {
    const at = (problem: string) =>
      line === null ? problem : t('importTrace.error.line', { line, problem })
    const kind = formatOf(value)
    if (typeof kind !== 'string') return { ok: false, error: at(kind.found) }
    if (format !== null && kind !== format) {
      const found = FORMAT_NAMES[kind]
      const mixed = t('importTrace.error.mixed', { found, expected: FORMAT_NAMES[format] })
      return { ok: false, error: at(mixed) }
    }
    format = kind
    const read = checked(() => (kind === 'jaeger' ? readJaeger : readOtlp)(value as JsonObject))
    if (!read.ok) return { ok: false, error: at(read.error) }
    // Each line's places start again from its root: name the line in each span's place too.
    for (const s of read.value) spans.push(line === null ? s : { ...s, where: at(s.where) })
  }
  if (spans.length === 0) return { ok: false, error: t('importTrace.error.noSpans') }
  return { ok: true, value: { format: format!, spans } }
}

/** The format of one document, or what it is instead. */
function formatOf(value: unknown): SpanFormat | { found: string } {
  if (isObject(value) && isOtlp(value)) return 'otlp'
  if (isObject(value) && isJaeger(value)) return 'jaeger'
  const keys = isObject(value) ? Object.keys(value).slice(0, 5) : []
  const shape =
    keys.length > 0
      ? t('importTrace.error.objectWith', { keys: keys.map((k) => `"${k}"`).join(', ') })
      : describe(value)
  return { found: t('importTrace.error.notATrace', { shape }) }
}

export interface ImportedSpans {
  readonly layout: SpanLayout
  readonly summary: string
}

/** Reads a JSON trace file and lays it out. */
export function importSpanTrace(text: string): Parsed<ImportedSpans> {
  const trace = parseSpanTrace(text)
  if (!trace.ok) return trace
  const links = linkSpans(trace.value.spans)
  if (!links.ok) return links
  const layout = spanLayout(trace.value, links.value)
  return { ok: true, value: { layout, summary: spanSummary(layout, trace.value.format) } }
}
