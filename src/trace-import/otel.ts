/**
 * Reading OTLP JSON, as the OpenTelemetry collector's file exporter writes it (one
 * `{ "resourceSpans": [...] }` per line) or an OTLP/HTTP request body holds it: spans
 * grouped by resource (whose `service.name` attribute names the service) and by scope,
 * ids in hex, times in nanoseconds since the epoch as strings of digits, enums as numbers.
 */

import {
  arrayAt,
  fail,
  idAt,
  objectAt,
  optionalArray,
  stringAt,
  ShapeError,
  type JsonObject,
} from './otel-json'
import type { SpanEvent, TraceSpan } from './otel-spans'
import { t } from '../i18n/translate'

/** What SDKs call a service that does not name itself. */
export const UNKNOWN_SERVICE = 'unknown_service'

const STATUS_ERROR = 2

export function isOtlp(doc: JsonObject): boolean {
  return Array.isArray(doc.resourceSpans)
}

/** The spans of an OTLP document; throws a ShapeError naming the place of a problem. */
export function readOtlp(doc: JsonObject): TraceSpan[] {
  const spans: TraceSpan[] = []
  arrayAt(doc.resourceSpans, 'resourceSpans').forEach((r, i) => {
    const path = `resourceSpans[${i}]`
    const resource = objectAt(r, path)
    const service = serviceOf(resource.resource, `${path}.resource`)
    // Collectors before 0.50 wrote `instrumentationLibrarySpans`.
    const key = resource.scopeSpans === undefined ? 'instrumentationLibrarySpans' : 'scopeSpans'
    optionalArray(resource[key], `${path}.${key}`).forEach((s, j) => {
      const scope = objectAt(s, `${path}.${key}[${j}]`)
      optionalArray(scope.spans, `${path}.${key}[${j}].spans`).forEach((span, k) => {
        const where = `${path}.${key}[${j}].spans[${k}]`
        spans.push(readSpan(objectAt(span, where), where, service))
      })
    })
  })
  return spans
}

function serviceOf(resource: unknown, path: string): string {
  if (resource === undefined || resource === null) return UNKNOWN_SERVICE
  const attributes = optionalArray(objectAt(resource, path).attributes, `${path}.attributes`)
  for (let k = 0; k < attributes.length; k++) {
    const attribute = objectAt(attributes[k], `${path}.attributes[${k}]`)
    if (attribute.key !== 'service.name') continue
    const value = objectAt(attribute.value, `${path}.attributes[${k}].value`)
    return idAt(value.stringValue, `${path}.attributes[${k}].value.stringValue`)
  }
  return UNKNOWN_SERVICE
}

function readSpan(span: JsonObject, where: string, service: string): TraceSpan {
  const startNs = nanoseconds(span.startTimeUnixNano, `${where}.startTimeUnixNano`)
  const endNs = nanoseconds(span.endTimeUnixNano, `${where}.endTimeUnixNano`)
  if (endNs < startNs) {
    throw new ShapeError(
      `${where}.endTimeUnixNano: ${endNs} is before its startTimeUnixNano ${startNs} (times go backwards)`,
    )
  }
  const parent = span.parentSpanId
  return {
    traceId: idAt(span.traceId, `${where}.traceId`),
    spanId: idAt(span.spanId, `${where}.spanId`),
    parentId:
      parent === undefined || parent === null || parent === ''
        ? null
        : stringAt(parent, `${where}.parentSpanId`),
    service,
    name: stringAt(span.name, `${where}.name`),
    startNs,
    endNs,
    events: optionalArray(span.events, `${where}.events`).map((e, k) =>
      readEvent(e, `${where}.events[${k}]`),
    ),
    error: errorOf(span.status, `${where}.status`),
    where,
  }
}

/** A decimal string, as OTLP/JSON writes 64-bit integers; a plain number is taken too. */
function nanoseconds(value: unknown, path: string): bigint {
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return BigInt(value)
  if (Number.isSafeInteger(value) && (value as number) >= 0) return BigInt(value as number)
  return fail(path, t('importTrace.error.nanoseconds'), value)
}

function readEvent(value: unknown, path: string): SpanEvent {
  const event = objectAt(value, path)
  const name = event.name === undefined ? 'event' : stringAt(event.name, `${path}.name`)
  return {
    atNs: nanoseconds(event.timeUnixNano, `${path}.timeUnixNano`),
    name,
    error: name === 'exception',
  }
}

/** The status's message when its code is ERROR (2, or its name as some encoders write it). */
function errorOf(value: unknown, path: string): string | null {
  if (value === undefined || value === null) return null
  const status = objectAt(value, path)
  if (status.code !== STATUS_ERROR && status.code !== 'STATUS_CODE_ERROR') return null
  return typeof status.message === 'string' && status.message !== '' ? status.message : 'error'
}
