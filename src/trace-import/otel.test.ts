import { describe, expect, it } from 'vitest'
import { isOtlp, readOtlp, UNKNOWN_SERVICE } from './otel'
import { readJaeger } from './jaeger'
import { jaegerDoc, otlpDoc, readError } from './otel-test-fixtures'

const key = (s: { spanId: string }) => s.spanId

describe('OTLP traces that read', () => {
  it('reads the same spans as the Jaeger file of the same trace', () => {
    const doc = otlpDoc()
    expect(isOtlp(doc)).toBe(true)
    const otlp = readOtlp(doc)
    const jaeger = readJaeger(jaegerDoc())
    const plain = ({ where: _, ...s }: (typeof otlp)[number]) => s
    expect([...otlp].sort((a, b) => key(a).localeCompare(key(b))).map(plain)).toEqual(
      [...jaeger].sort((a, b) => key(a).localeCompare(key(b))).map(plain),
    )
    expect(otlp[0]).toMatchObject({
      service: 'frontend',
      name: 'GET /checkout',
      parentId: null,
      where: 'resourceSpans[0].scopeSpans[0].spans[0]',
    })
  })

  it('keeps nanoseconds beyond what a double holds exactly', () => {
    const doc = otlpDoc()
    doc.resourceSpans[0]!.scopeSpans[0].spans[0].startTimeUnixNano = '1733390412000000123'
    expect(readOtlp(doc)[0]!.startNs).toBe(1733390412000000123n)
  })

  it('takes status code 2 or its name as an error, and the status message as why', () => {
    const doc = otlpDoc()
    const spans = doc.resourceSpans[1]!.scopeSpans[0].spans
    spans[0].status = { code: 'STATUS_CODE_ERROR' }
    spans[1].status = { code: 1, message: 'fine' }
    const read = readOtlp(doc).filter((s) => s.service === 'checkout')
    expect(read.map((s) => [s.name, s.error])).toEqual([
      ['POST /api/checkout', 'error'],
      ['CartService/GetCart', null],
      ['PaymentService/Charge', 'card declined'],
      ['order.failed publish', null],
    ])
  })

  it('names a service that does not name itself as the SDKs do, and reads old collectors', () => {
    const doc = otlpDoc()
    delete doc.resourceSpans[0]!.resource
    const r = doc.resourceSpans[2]!
    r.instrumentationLibrarySpans = r.scopeSpans
    delete r.scopeSpans
    const spans = readOtlp(doc)
    expect(spans[0]!.service).toBe(UNKNOWN_SERVICE)
    expect(spans.filter((s) => s.service === 'cart').map((s) => s.where)).toEqual([
      'resourceSpans[2].instrumentationLibrarySpans[0].spans[0]',
      'resourceSpans[2].instrumentationLibrarySpans[0].spans[1]',
    ])
  })
})

function broken(change: (spans: Record<string, unknown>[]) => void): string {
  const doc = otlpDoc()
  change(doc.resourceSpans[1]!.scopeSpans[0].spans)
  return readError(() => readOtlp(doc))
}

describe('OTLP traces that do not read', () => {
  const at = 'resourceSpans[1].scopeSpans[0].spans[2]'

  it('names a time that is not nanoseconds', () => {
    expect(broken((s) => (s[2]!.startTimeUnixNano = '1.7e18'))).toBe(
      `${at}.startTimeUnixNano: expected nanoseconds since the epoch as a string of digits, found the string "1.7e18"`,
    )
    expect(broken((s) => delete s[2]!.endTimeUnixNano)).toBe(
      `${at}.endTimeUnixNano: expected nanoseconds since the epoch as a string of digits, found nothing (the field is missing)`,
    )
  })

  it('names a span that ends before it starts', () => {
    expect(broken((s) => (s[2]!.endTimeUnixNano = '1733390412012999999'))).toBe(
      `${at}.endTimeUnixNano: 1733390412012999999 is before its startTimeUnixNano 1733390412013000000 (times go backwards)`,
    )
  })

  it('names ids, events, statuses and resources of the wrong shape', () => {
    expect(broken((s) => (s[2]!.spanId = null))).toBe(
      `${at}.spanId: expected an id string, found null`,
    )
    expect(broken((s) => (s[2]!.events = [{ name: 'x', timeUnixNano: 5.5 }]))).toBe(
      `${at}.events[0].timeUnixNano: expected nanoseconds since the epoch as a string of digits, found the number 5.5`,
    )
    expect(broken((s) => (s[2]!.status = 'ERROR'))).toBe(
      `${at}.status: expected an object, found the string "ERROR"`,
    )
    const doc = otlpDoc()
    doc.resourceSpans[3]!.resource.attributes[0].value = { intValue: '7' }
    expect(readError(() => readOtlp(doc))).toBe(
      'resourceSpans[3].resource.attributes[0].value.stringValue: expected an id string, found nothing (the field is missing)',
    )
  })
})
