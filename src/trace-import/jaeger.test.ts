import { describe, expect, it } from 'vitest'
import { isJaeger, readJaeger } from './jaeger'
import { jaegerDoc, readError } from './otel-test-fixtures'
import type { TraceSpan } from './otel-spans'

const byName = (spans: TraceSpan[], service: string, name: string) =>
  spans.find((s) => s.service === service && s.name === name)!

describe('Jaeger traces that read', () => {
  it('reads every span with its service, parent, times, logs and error', () => {
    const doc = jaegerDoc()
    expect(isJaeger(doc)).toBe(true)
    const spans = readJaeger(doc)
    expect(spans).toHaveLength(10)
    expect(new Set(spans.map((s) => s.service))).toEqual(
      new Set(['frontend', 'checkout', 'cart', 'payment', 'audit']),
    )
    const root = byName(spans, 'frontend', 'GET /checkout')
    expect(root).toMatchObject({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: 'a1c0ffee00000001',
      parentId: null,
      startNs: 1733390412000000n * 1000n,
      endNs: (1733390412000000n + 48000n) * 1000n,
      error: null,
      where: 'data[0].spans[1]',
    })
    expect(root.events).toEqual([
      { atNs: (1733390412000000n + 47200n) * 1000n, name: 'render error page', error: false },
    ])
    const charge = byName(spans, 'payment', 'PaymentService/Charge')
    expect(charge.parentId).toBe('b3e1f0a2c9d84403')
    expect(charge.error).toBe('card declined')
    expect(charge.events.map((e) => [e.name, e.error])).toEqual([
      ['retrying', false],
      ['exception', true],
    ])
  })

  it('takes a FOLLOWS_FROM reference as the parent when there is no CHILD_OF', () => {
    const spans = readJaeger(jaegerDoc())
    expect(byName(spans, 'audit', 'order.failed process').parentId).toBe('b4e1f0a2c9d84404')
    const doc = jaegerDoc()
    doc.data[0].spans[9]!.references = [
      { refType: 'FOLLOWS_FROM', traceID: 't', spanID: 'other' },
      { refType: 'CHILD_OF', traceID: 't', spanID: 'b4e1f0a2c9d84404' },
    ]
    expect(readJaeger(doc)[9]!.parentId).toBe('b4e1f0a2c9d84404')
  })

  it('reads a trace on its own, and the error tag as a string too', () => {
    const trace = jaegerDoc().data[0]
    trace.spans[1]!.tags = [{ key: 'error', type: 'string', value: 'true' }]
    expect(isJaeger(trace)).toBe(true)
    const spans = readJaeger(trace)
    expect(spans[1]).toMatchObject({ name: 'GET /checkout', error: 'error', where: 'spans[1]' })
  })

  it('names a log by its event, its message, or else its first field', () => {
    const doc = jaegerDoc()
    const at = 1733390412000100
    doc.data[0].spans[1]!.logs = [
      { timestamp: at, fields: [{ key: 'message', value: 'cache miss' }] },
      { timestamp: at, fields: [{ key: 'retries', value: 3 }] },
      { timestamp: at, fields: [{ key: 'level', value: 'ERROR' }] },
      { timestamp: at, fields: [] },
    ]
    expect(readJaeger(doc)[1]!.events.map((e) => [e.name, e.error])).toEqual([
      ['cache miss', false],
      ['retries=3', false],
      ['level=ERROR', true],
      ['log', false],
    ])
  })
})

function broken(change: (spans: Record<string, unknown>[]) => void): string {
  const doc = jaegerDoc()
  change(doc.data[0].spans)
  return readError(() => readJaeger(doc))
}

describe('Jaeger traces that do not read', () => {
  it('names a time that is not a number of microseconds', () => {
    expect(broken((s) => (s[3]!.startTime = '1733390412002100'))).toBe(
      'data[0].spans[3].startTime: expected a number of microseconds, found the string "1733390412002100"',
    )
    expect(broken((s) => (s[3]!.startTime = 1.5))).toBe(
      'data[0].spans[3].startTime: expected a number of microseconds, found the number 1.5',
    )
    expect(broken((s) => delete s[3]!.duration)).toBe(
      'data[0].spans[3].duration: expected a number of microseconds, found nothing (the field is missing)',
    )
  })

  it('names a span that ends before it starts', () => {
    expect(broken((s) => (s[2]!.duration = -20))).toBe(
      'data[0].spans[2].duration: -20 µs, so the span ends before it starts (times go backwards)',
    )
  })

  it('names a process that is not in the trace, or has no service name', () => {
    expect(broken((s) => (s[4]!.processID = 'p9'))).toBe(
      'data[0].spans[4].processID: no process "p9" in data[0].processes',
    )
    const doc = jaegerDoc()
    ;(doc.data[0].processes as Record<string, object>).p2 = { tags: [] }
    expect(readError(() => readJaeger(doc))).toBe(
      'data[0].processes.p2.serviceName: expected an id string, found nothing (the field is missing)',
    )
  })

  it('names spans, ids, references, tags and logs of the wrong shape', () => {
    expect(broken((s) => (s[0] = [] as never))).toBe(
      'data[0].spans[0]: expected an object, found an array',
    )
    expect(broken((s) => (s[5]!.spanID = ''))).toBe(
      'data[0].spans[5].spanID: expected an id string, found the string ""',
    )
    expect(broken((s) => (s[5]!.references = [{ refType: 'CHILD_OF', spanID: 7 }]))).toBe(
      'data[0].spans[5].references[0].spanID: expected an id string, found the number 7',
    )
    expect(broken((s) => (s[6]!.tags = { error: true }))).toBe(
      'data[0].spans[6].tags: expected an array, found an object',
    )
    expect(broken((s) => (s[0]!.logs = [{ fields: [] }]))).toBe(
      'data[0].spans[0].logs[0].timestamp: expected a number of microseconds, found nothing (the field is missing)',
    )
  })
})
