/**
 * Reading Jaeger's JSON, as its UI downloads a trace and its query API answers:
 * `{ "data": [ { "traceID", "spans": [...], "processes": { "p1": { "serviceName" } } } ] }`,
 * times in microseconds since the epoch. A span's parent is its first CHILD_OF reference,
 * else its first FOLLOWS_FROM one; it failed when tagged `error: true` (or with OTel's
 * `otel.status_code: ERROR`, as Jaeger stores spans that came in over OTLP).
 */

import {
  arrayAt,
  fail,
  idAt,
  isObject,
  objectAt,
  optionalArray,
  stringAt,
  ShapeError,
  type JsonObject,
} from './otel-json'
import type { SpanEvent, TraceSpan } from './otel-spans'
import { t } from '../i18n/translate'

/** Whether a document has Jaeger's shape: a list of traces, or one trace on its own. */
export function isJaeger(doc: JsonObject): boolean {
  return Array.isArray(doc.data) || (Array.isArray(doc.spans) && isObject(doc.processes))
}

/** The spans of a Jaeger document; throws a ShapeError naming the place of a problem. */
export function readJaeger(doc: JsonObject): TraceSpan[] {
  if (!Array.isArray(doc.data)) return readTrace(doc, '')
  const spans: TraceSpan[] = []
  doc.data.forEach((trace, i) => {
    for (const s of readTrace(objectAt(trace, `data[${i}]`), `data[${i}]`)) spans.push(s)
  })
  return spans
}

/** `path.key`, or just `key` at the top of the document. */
const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`)

function readTrace(trace: JsonObject, path: string): TraceSpan[] {
  const processes =
    trace.processes === undefined ? {} : objectAt(trace.processes, join(path, 'processes'))
  const serviceLookup = new Map<string, string>()
  const serviceOf = (id: string, where: string) => {
    let service = serviceLookup.get(id)
    if (service === undefined) {
      if (!Object.hasOwn(processes, id)) {
        throw new ShapeError(`${where}: no process "${id}" in ${join(path, 'processes')}`)
      }
      service = readService(processes[id], `${join(path, 'processes')}.${id}`)
      serviceLookup.set(id, service)
    }
    return service
  }
  return arrayAt(trace.spans, join(path, 'spans')).map((raw, i) => {
    const where = `${join(path, 'spans')}[${i}]`
    const span = objectAt(raw, where)
    // Some exports carry the process inline instead of by id.
    const service = isObject(span.process)
      ? readService(span.process, `${where}.process`)
      : serviceOf(idAt(span.processID, `${where}.processID`), `${where}.processID`)
    return readSpan(span, where, service, trace.traceID)
  })
}

function readService(process: unknown, path: string): string {
  const p = objectAt(process, path)
  return idAt(p.serviceName, `${path}.serviceName`)
}

function readSpan(span: JsonObject, where: string, service: string, traceId: unknown): TraceSpan {
  const startUs = microseconds(span.startTime, `${where}.startTime`)
  const durationUs = microseconds(span.duration, `${where}.duration`, true)
  if (durationUs < 0) {
    throw new ShapeError(
      `${where}.duration: ${durationUs} µs, so the span ends before it starts (times go backwards)`,
    )
  }
  const tags = readTags(span.tags, `${where}.tags`)
  const errorTag = tags.get('error')
  const failed =
    errorTag === true || errorTag === 'true' || tags.get('otel.status_code') === 'ERROR'
  return {
    traceId:
      span.traceID === undefined
        ? idAt(traceId, `${where}.traceID`)
        : idAt(span.traceID, `${where}.traceID`),
    spanId: idAt(span.spanID, `${where}.spanID`),
    parentId: parentOf(span, where),
    service,
    name: stringAt(span.operationName, `${where}.operationName`),
    startNs: BigInt(startUs) * 1000n,
    endNs: BigInt(startUs + durationUs) * 1000n,
    events: optionalArray(span.logs, `${where}.logs`).map((log, k) =>
      readLog(log, `${where}.logs[${k}]`),
    ),
    error: failed ? errorMessage(tags) : null,
    where,
  }
}

function parentOf(span: JsonObject, where: string): string | null {
  const refs = optionalArray(span.references, `${where}.references`).map((r, k) => {
    const ref = objectAt(r, `${where}.references[${k}]`)
    return {
      type: stringAt(ref.refType, `${where}.references[${k}].refType`),
      spanId: idAt(ref.spanID, `${where}.references[${k}].spanID`),
    }
  })
  const parent =
    refs.find((r) => r.type === 'CHILD_OF') ?? refs.find((r) => r.type === 'FOLLOWS_FROM')
  if (parent !== undefined) return parent.spanId
  // Older query services also wrote the parent directly.
  return typeof span.parentSpanID === 'string' && span.parentSpanID !== ''
    ? span.parentSpanID
    : null
}

function microseconds(value: unknown, path: string, signed = false): number {
  if (Number.isSafeInteger(value) && (signed || (value as number) >= 0)) return value as number
  return fail(path, t('importTrace.error.microseconds'), value)
}

/** Tags and log fields: `[{ "key", "type", "value" }]`, as a map key → value. */
function readTags(value: unknown, path: string): Map<string, unknown> {
  const tags = new Map<string, unknown>()
  optionalArray(value, path).forEach((entry, k) => {
    const tag = objectAt(entry, `${path}[${k}]`)
    tags.set(stringAt(tag.key, `${path}[${k}].key`), tag.value)
  })
  return tags
}

function readLog(value: unknown, path: string): SpanEvent {
  const log = objectAt(value, path)
  const atUs = microseconds(log.timestamp, `${path}.timestamp`)
  const fields = readTags(log.fields, `${path}.fields`)
  const event = fields.get('event') ?? fields.get('message') ?? fields.get('msg')
  const first = fields.entries().next().value
  const name =
    event !== undefined
      ? String(event)
      : first === undefined
        ? 'log'
        : `${first[0]}=${String(first[1])}`
  const level = String(fields.get('level') ?? '').toLowerCase()
  return {
    atNs: BigInt(atUs) * 1000n,
    name,
    error: event === 'error' || event === 'exception' || level === 'error',
  }
}

function errorMessage(tags: Map<string, unknown>): string {
  const message =
    tags.get('otel.status_description') ?? tags.get('error.message') ?? tags.get('error.type')
  return message === undefined ? 'error' : String(message)
}
