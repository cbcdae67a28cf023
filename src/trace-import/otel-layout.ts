/**
 * Spans as a space-time diagram: a lane per service (in the order services first act),
 * each span a start mark and an end mark on its service's lane with its events between,
 * and a message arrow wherever a span's parent runs in another service, from the parent's
 * lane to the child's at the moment the child starts. Nesting inside one service needs no
 * arrow: the child's marks fall between its parent's, and its label names the parent.
 * Times are milliseconds from the earliest moment in the trace.
 */

import { StaticSpacetime, type Arrow, type Mark } from '../timeline/spacetime'
import {
  FORMAT_NAMES,
  type SpanFormat,
  type SpanLinks,
  type SpanTrace,
  type TraceSpan,
} from './otel-spans'
import { t } from '../i18n/translate'

export interface SpanLayout {
  readonly view: StaticSpacetime
  readonly services: number
  readonly spans: number
  readonly messages: number
  /** Spans whose parent is not in the file, drawn as roots. */
  readonly orphans: number
  readonly traces: number
  readonly durationMs: number
}

export function spanLayout(trace: SpanTrace, links: SpanLinks): SpanLayout {
  const { spans } = trace
  const t0 = earliest(spans)
  const ms = (ns: bigint) => Number(ns - t0) / 1e6
  const startMs = spans.map((s) => ms(s.startNs))
  const order = spans.map((_, i) => i).sort((a, b) => startMs[a]! - startMs[b]! || a - b)

  const lanes = [...new Set(order.map((i) => spans[i]!.service))]
  const marks: Mark[] = []
  const arrows: Arrow[] = []
  let durationMs = 0
  const mark = (s: TraceSpan, at: number, kind: Mark['kind'], label: string) => {
    marks.push({ node: s.service, at, kind, label, eventIndex: marks.length })
    durationMs = Math.max(durationMs, at)
    return marks.length - 1
  }
  for (const i of order) {
    const s = spans[i]!
    const p = links.parent[i]!
    const parent = p === null ? null : spans[p]!
    const at = startMs[i]!
    const start = mark(
      s,
      at,
      'invoke',
      t('importTrace.span.starts', { name: s.name, context: context(s, parent) }),
    )
    if (parent !== null && parent.service !== s.service) {
      arrows.push(callArrow(arrows.length + 1, parent.service, s, at, start))
    }
    for (const e of s.events) {
      mark(s, ms(e.atNs), e.error ? 'violation' : 'event', `${s.name}: ${e.name}`)
    }
    const took = { name: s.name, ms: round(ms(s.endNs) - at) }
    if (s.error === null) mark(s, ms(s.endNs), 'return', t('importTrace.span.ends', took))
    else {
      const failed = t('importTrace.span.fails', { ...took, error: s.error })
      mark(s, ms(s.endNs), 'violation', failed)
    }
  }
  return {
    view: new StaticSpacetime(lanes, arrows, marks),
    services: lanes.length,
    spans: spans.length,
    messages: arrows.length,
    orphans: links.orphans,
    traces: new Set(spans.map((s) => s.traceId)).size,
    durationMs,
  }
}

/** "3 services, 24 spans, 9 messages over 412 ms (Jaeger)", and what was odd. */
export function spanSummary(layout: SpanLayout, format: SpanFormat): string {
  const parts = [
    t('importTrace.summary.services', { count: layout.services }),
    t('importTrace.summary.spans', { count: layout.spans }),
    t('importTrace.summary.messages', {
      count: layout.messages,
      ms: round(layout.durationMs),
    }),
  ]
  const traces = layout.traces > 1 ? t('importTrace.summary.traces', { count: layout.traces }) : ''
  const orphans =
    layout.orphans === 0 ? '' : t('importTrace.summary.orphans', { count: layout.orphans })
  return `${parts.join(', ')} (${FORMAT_NAMES[format]}${traces})${orphans}`
}

function earliest(spans: readonly TraceSpan[]): bigint {
  let t0 = spans[0]?.startNs ?? 0n
  for (const s of spans) {
    if (s.startNs < t0) t0 = s.startNs
    // An event logged before its span started (clocks differ) must not fall before zero.
    for (const e of s.events) if (e.atNs < t0) t0 = e.atNs
  }
  return t0
}

/** Where a span stands, in its start mark's label: inside its parent, or cut off from it. */
function context(s: TraceSpan, parent: TraceSpan | null): string {
  if (parent !== null) {
    return parent.service === s.service
      ? t('importTrace.span.inside', { parent: parent.name })
      : t('importTrace.span.for', { service: parent.service })
  }
  return s.parentId === null ? '' : t('importTrace.span.parentMissing', { id: s.parentId })
}

function callArrow(id: number, from: string, child: TraceSpan, at: number, mark: number): Arrow {
  return {
    id,
    from,
    to: child.service,
    sentAt: at,
    arrivedAt: at,
    dueAt: at,
    fate: 'delivered',
    duplicate: false,
    copyOf: null,
    delayed: false,
    dropReason: null,
    kind: child.name,
    sendIndex: mark,
    endIndex: mark,
  }
}

/** Milliseconds shown to three significant digits, or whole from 100 up: 1235, 3.26, 0.0421. */
function round(msValue: number): number {
  return msValue >= 100 ? Math.round(msValue) : Number(msValue.toPrecision(3))
}
