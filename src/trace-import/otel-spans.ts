/**
 * The spans that a Jaeger or an OTLP trace both become before they are laid out: each with
 * its service, its parent, its times and what happened during it. Times stay in integer
 * nanoseconds since the epoch (bigint), because OTLP's exceed what a double holds exactly;
 * they become milliseconds only once made relative to the earliest span.
 */

import { t } from '../i18n/translate'

export type SpanFormat = 'jaeger' | 'otlp'

export const FORMAT_NAMES: Readonly<Record<SpanFormat, string>> = { jaeger: 'Jaeger', otlp: 'OTLP' }

export interface SpanEvent {
  readonly atNs: bigint
  readonly name: string
  /** An error logged during the span (an `exception` event, a log at level error). */
  readonly error: boolean
}

export interface TraceSpan {
  readonly traceId: string
  readonly spanId: string
  /** The span it is a child of (or follows from), in the same trace; null for a root. */
  readonly parentId: string | null
  readonly service: string
  readonly name: string
  readonly startNs: bigint
  readonly endNs: bigint
  /** Its events or logs, in file order. */
  readonly events: readonly SpanEvent[]
  /** Why it failed, when its status says it did; null otherwise. */
  readonly error: string | null
  /** Where it stands in the file, for messages: `data[0].spans[3]`. */
  readonly where: string
}

export interface SpanTrace {
  readonly format: SpanFormat
  /** In file order. */
  readonly spans: readonly TraceSpan[]
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** Each span's parent as an index into the spans, and how many name a parent that is missing. */
export interface SpanLinks {
  readonly parent: readonly (number | null)[]
  /** Spans whose parent is not in the file: they are shown as roots. */
  readonly orphans: number
}

const keyOf = (traceId: string, spanId: string) => `${traceId}/${spanId}`

/** Finds each span's parent; a span id used twice or parents that loop are errors. */
export function linkSpans(spans: readonly TraceSpan[]): Parsed<SpanLinks> {
  const spanLookup = new Map<string, number>()
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const key = keyOf(s.traceId, s.spanId)
    const earlier = spanLookup.get(key)
    if (earlier !== undefined) {
      return {
        ok: false,
        error: t('importTrace.error.spanTwice', {
          where: s.where,
          id: s.spanId,
          trace: s.traceId,
          other: spans[earlier]!.where,
        }),
      }
    }
    spanLookup.set(key, i)
  }
  let orphans = 0
  const parent = spans.map((s) => {
    if (s.parentId === null) return null
    const p = spanLookup.get(keyOf(s.traceId, s.parentId))
    if (p === undefined) orphans++
    return p ?? null
  })
  const loop = findLoop(parent)
  if (loop !== null) {
    return {
      ok: false,
      error: t('importTrace.error.parentLoop', {
        where: spans[loop]!.where,
        id: spans[loop]!.spanId,
      }),
    }
  }
  return { ok: true, value: { parent, orphans } }
}

/** A span whose chain of parents comes back to it, or null; each span is walked once. */
function findLoop(parent: readonly (number | null)[]): number | null {
  // 0: not seen, 1: on the chain being walked, 2: known to reach a root.
  const state = new Uint8Array(parent.length)
  for (let i = 0; i < parent.length; i++) {
    const chain: number[] = []
    let at: number | null = i
    while (at !== null && state[at] === 0) {
      state[at] = 1
      chain.push(at)
      at = parent[at]!
    }
    if (at !== null && state[at] === 1) return at
    for (const c of chain) state[c] = 2
  }
  return null
}
