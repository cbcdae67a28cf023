import { describe, expect, it } from 'vitest'
import { linkSpans, type SpanTrace, type TraceSpan } from './otel-spans'
import { spanLayout, spanSummary } from './otel-layout'
import { readJaeger } from './jaeger'
import { readOtlp } from './otel'
import { jaegerDoc, otlpDoc } from './otel-test-fixtures'

function laidOut(trace: SpanTrace) {
  const links = linkSpans(trace.spans)
  if (!links.ok) throw new Error(links.error)
  return spanLayout(trace, links.value)
}

const jaeger = () => laidOut({ format: 'jaeger', spans: readJaeger(jaegerDoc()) })
const everything = (l: ReturnType<typeof laidOut>) => l.view.visible(-Infinity, Infinity)

const ns = (ms: number) => BigInt(ms) * 1_000_000n

/** A span of service `service` from `startMs` to `endMs` after the epoch. */
function span(
  spanId: string,
  service: string,
  startMs: number,
  endMs: number,
  parentId: string | null = null,
): TraceSpan {
  return {
    traceId: 't',
    spanId,
    parentId,
    service,
    name: spanId,
    startNs: ns(startMs),
    endNs: ns(endMs),
    events: [],
    error: null,
    where: spanId,
  }
}

describe('spans as a space-time diagram', () => {
  it('gives each service a lane, in the order services first act', () => {
    const l = jaeger()
    expect(l.view.lanes()).toEqual(['frontend', 'checkout', 'cart', 'payment', 'audit'])
    expect(l.view.extent()).toEqual({ start: 0, end: 52 })
    expect([l.services, l.spans, l.messages, l.orphans, l.traces]).toEqual([5, 10, 4, 0, 1])
  })

  it('draws a call between services as an arrow at the moment the child starts', () => {
    const arrows = everything(jaeger()).arrows
    expect(arrows.map((a) => [a.id, a.from, a.to, a.sentAt, a.arrivedAt, a.kind])).toEqual([
      [1, 'frontend', 'checkout', 2.1, 2.1, 'POST /api/checkout'],
      [2, 'checkout', 'cart', 3.6, 3.6, 'CartService/GetCart'],
      [3, 'checkout', 'payment', 13.8, 13.8, 'PaymentService/Charge'],
      [4, 'checkout', 'audit', 46, 46, 'order.failed process'],
    ])
  })

  it("marks each span's start, events and end on its lane, in time order, errors standing out", () => {
    const marks = everything(jaeger()).marks
    expect(marks).toHaveLength(10 * 2 + 3)
    expect(marks.map((m) => m.at)).toEqual(marks.map((m) => m.at).sort((a, b) => a - b))
    const payment = marks.filter((m) => m.node === 'payment')
    expect(payment.map((m) => [m.at, m.kind, m.label])).toEqual([
      [13.8, 'invoke', 'PaymentService/Charge starts for checkout'],
      [20.1, 'event', 'PaymentService/Charge: retrying'],
      [41.9, 'violation', 'PaymentService/Charge: exception'],
      [42.3, 'violation', 'PaymentService/Charge fails after 28.5 ms: card declined'],
    ])
  })

  it('shows nesting inside one service without an arrow', () => {
    const l = jaeger()
    const cart = everything(l).marks.filter((m) => m.node === 'cart')
    expect(cart.map((m) => [m.at, m.kind, m.label])).toEqual([
      [3.6, 'invoke', 'CartService/GetCart starts for checkout'],
      [4.2, 'invoke', 'HGETALL starts inside CartService/GetCart'],
      [5.7, 'return', 'HGETALL ends after 1.5 ms'],
      [11.4, 'return', 'CartService/GetCart ends after 7.8 ms'],
    ])
    expect(everything(l).arrows.filter((a) => a.from === a.to)).toEqual([])
  })

  it('lays out the OTLP file of the same trace the same way', () => {
    const otlp = laidOut({ format: 'otlp', spans: readOtlp(otlpDoc()) })
    const j = jaeger()
    expect(otlp.view.lanes()).toEqual(j.view.lanes())
    expect(everything(otlp).arrows).toEqual(everything(j).arrows)
    const seen = (l: typeof j) => everything(l).marks.map((m) => [m.node, m.at, m.kind, m.label])
    expect(seen(otlp)).toEqual(seen(j))
  })

  it('shows a span whose parent is missing as a root, and counts it', () => {
    const l = laidOut({
      format: 'otlp',
      spans: [span('a', 'api', 0, 10), span('b', 'db', 2, 4, 'a'), span('c', 'db', 5, 6, 'gone')],
    })
    expect(l.orphans).toBe(1)
    expect(everything(l).arrows.map((a) => [a.from, a.to])).toEqual([['api', 'db']])
    expect(everything(l).marks.find((m) => m.at === 5)!.label).toBe(
      'c starts (its parent gone is missing)',
    )
    expect(spanSummary(l, 'otlp')).toBe(
      '2 services, 3 spans, 1 message over 10 ms (OTLP); 1 span with a missing parent, shown as a root',
    )
  })

  it('measures from the earliest moment, an event before its span included', () => {
    const early = {
      ...span('a', 'api', 100, 110),
      events: [{ atNs: 99_500_000n, name: 'queued', error: false }],
    }
    const l = laidOut({ format: 'otlp', spans: [span('b', 'db', 103, 104, 'a'), early] })
    expect(everything(l).marks.map((m) => [m.node, m.at, m.kind])).toEqual([
      ['api', 0, 'event'],
      ['api', 0.5, 'invoke'],
      ['db', 3.5, 'invoke'],
      ['db', 4.5, 'return'],
      ['api', 10.5, 'return'],
    ])
    expect(l.view.lanes()).toEqual(['api', 'db'])
  })
})

describe('the summary', () => {
  it('counts services, spans and messages, and names the format and traces', () => {
    expect(spanSummary(jaeger(), 'jaeger')).toBe(
      '5 services, 10 spans, 4 messages over 52 ms (Jaeger)',
    )
    const two = laidOut({
      format: 'otlp',
      spans: [span('a', 'api', 0, 1), { ...span('a', 'api', 0, 2000), traceId: 'u' }],
    })
    expect(spanSummary(two, 'otlp')).toBe(
      '1 service, 2 spans, 0 messages over 2000 ms (OTLP, 2 traces)',
    )
  })
})
