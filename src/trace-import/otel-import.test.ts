import { describe, expect, it } from 'vitest'
import { detectTraceFormat, importSpanTrace, parseSpanTrace } from './otel-import'
import { MAX_LOG_CHARS } from './shiviz'
import { JAEGER_TEXT, OTLP_TEXT, jaegerDoc, otlpDoc } from './otel-test-fixtures'

function error(text: string): string {
  const result = importSpanTrace(text)
  if (result.ok) throw new Error('expected an error')
  return result.error
}

describe('telling the format from the content', () => {
  it('takes a file that opens with { or [ as JSON, anything else as a ShiViz log', () => {
    expect(detectTraceFormat(JAEGER_TEXT)).toBe('json')
    expect(detectTraceFormat(OTLP_TEXT)).toBe('json')
    expect(detectTraceFormat('\uFEFF\n  [ ]')).toBe('json')
    expect(detectTraceFormat('send to b\na {"a":2}\n')).toBe('shiviz')
    expect(detectTraceFormat('a {"a":1}\nstart\n')).toBe('shiviz')
    expect(detectTraceFormat('')).toBe('shiviz')
  })

  it('reads Jaeger or OTLP by the shape of the JSON', () => {
    const jaeger = parseSpanTrace(JAEGER_TEXT)
    const otlp = parseSpanTrace(OTLP_TEXT)
    expect(jaeger.ok && jaeger.value.format).toBe('jaeger')
    expect(otlp.ok && otlp.value.format).toBe('otlp')
    expect(otlp.ok && otlp.value.spans.map((s) => s.service)).toEqual([
      'frontend',
      'frontend',
      'checkout',
      'checkout',
      'checkout',
      'checkout',
      'cart',
      'cart',
      'payment',
      'audit',
    ])
  })

  it('reads one OTLP document as well as one per line, and a Jaeger file per line', () => {
    const whole = parseSpanTrace(JSON.stringify(otlpDoc(), null, 2))
    const lines = parseSpanTrace(OTLP_TEXT.replaceAll('\n', '\r\n'))
    if (!whole.ok || !lines.ok) throw new Error('expected both to read')
    const plain = ({ where: _, ...s }: (typeof whole.value.spans)[number]) => s
    expect(whole.value.spans.map(plain)).toEqual(lines.value.spans.map(plain))
    expect(whole.value.spans[2]!.where).toBe('resourceSpans[1].scopeSpans[0].spans[0]')
    expect(lines.value.spans[2]!.where).toBe('line 2: resourceSpans[0].scopeSpans[0].spans[0]')
    const jaegerLines = parseSpanTrace(
      `${JSON.stringify(jaegerDoc())}\n\n${JSON.stringify(jaegerDoc().data[0])}`,
    )
    expect(jaegerLines.ok && jaegerLines.value.spans.length).toBe(20)
  })

  it('summarises the diagram', () => {
    const result = importSpanTrace(OTLP_TEXT)
    expect(result.ok && result.value.summary).toBe(
      '5 services, 10 spans, 4 messages over 52 ms (OTLP)',
    )
  })
})

describe('files that do not import', () => {
  it('says where a file is not JSON', () => {
    expect(error('{\n  "data": [\n    { "spans": [}\n  ]\n}')).toBe(
      'not JSON: line 3, column 17: expected a value, found "}"',
    )
    expect(error('{ "data": [')).toBe('not JSON: line 1, column 12: the text ends too early')
    const lines = OTLP_TEXT.split('\n')
    lines[2] = lines[2]!.slice(0, 40)
    expect(error(lines.join('\n'))).toBe('not JSON: line 3, column 32: a string is not closed')
  })

  it('names JSON of another shape', () => {
    expect(error('{ "traces": [], "version": 2 }')).toBe(
      'expected a Jaeger trace ({ "data": [...] }) or OTLP ({ "resourceSpans": [...] }), found an object with "traces", "version"',
    )
    expect(error('[{ "traceId": "a", "localEndpoint": {} }]')).toBe(
      'expected a Jaeger trace ({ "data": [...] }) or OTLP ({ "resourceSpans": [...] }), found an array',
    )
    expect(error(`${OTLP_TEXT}{ "data": [] }\n`)).toBe('line 6: Jaeger data in a file of OTLP data')
  })

  it('puts the line first for a problem in a file of one document per line', () => {
    expect(error(OTLP_TEXT.replace('"spanId":"b2e1f0a2c9d84402"', '"spanId":2'))).toBe(
      'line 2: resourceSpans[0].scopeSpans[0].spans[1].spanId: expected an id string, found the number 2',
    )
  })

  it('says a trace is empty', () => {
    expect(error('')).toBe('the file is empty')
    expect(error('{ "data": [] }')).toBe('the trace has no spans')
    expect(error('{ "resourceSpans": [{ "scopeSpans": [{ "spans": [] }] }] }')).toBe(
      'the trace has no spans',
    )
  })

  it('refuses a file over the size cap before reading it', () => {
    expect(error(' '.repeat(MAX_LOG_CHARS + 1))).toBe(
      `the file is too large (${MAX_LOG_CHARS + 1} characters; at most ${MAX_LOG_CHARS})`,
    )
  })

  it('names a span id used twice, and parents that loop', () => {
    const twice = jaegerDoc()
    twice.data[0].spans[4]!.spanID = 'a1c0ffee00000001'
    expect(error(JSON.stringify(twice))).toBe(
      'data[0].spans[4]: span id "a1c0ffee00000001" is used twice in trace "4bf92f3577b34da6a3ce929d0e0e4736" (also by data[0].spans[1])',
    )
    const loop = jaegerDoc()
    // The root (spans[1]) becomes a child of its own grandchild (spans[3]).
    loop.data[0].spans[1]!.references = [{ refType: 'CHILD_OF', spanID: 'b1e1f0a2c9d84401' }]
    expect(error(JSON.stringify(loop))).toMatch(
      /^data\[0\]\.spans\[\d\]: its parents lead back to it/,
    )
  })
})
