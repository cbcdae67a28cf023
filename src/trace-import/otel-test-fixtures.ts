/** The hand-made traces in fixtures/traces/ (see its README), and helpers the tests share. */

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checked, type JsonObject } from './otel-json'
import type { TraceSpan } from './otel-spans'

const FIXTURES = join(import.meta.dirname, '../../fixtures/traces')

export const JAEGER_TEXT = readFileSync(join(FIXTURES, 'checkout.jaeger.json'), 'utf8')
export const OTLP_TEXT = readFileSync(join(FIXTURES, 'checkout.otlp.jsonl'), 'utf8')

/** A fresh copy of the Jaeger fixture, to break in one place. */
export const jaegerDoc = (): { data: [{ spans: Record<string, unknown>[] } & JsonObject] } =>
  JSON.parse(JAEGER_TEXT)

/** The OTLP fixture as one document holding every line's resources. */
export function otlpDoc(): { resourceSpans: Record<string, any>[] } {
  const lines = OTLP_TEXT.trim().split('\n')
  return { resourceSpans: lines.flatMap((l) => JSON.parse(l).resourceSpans) }
}

/** What a reader throws, as the message the user sees. */
export function readError(read: () => TraceSpan[]): string {
  const result = checked(read)
  if (result.ok) throw new Error('expected an error')
  return result.error
}
