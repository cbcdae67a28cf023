/**
 * `npx tsx bench/trace-import.ts [spans]`: how long importing a large JSON trace takes,
 * from the file's text to the laid-out diagram (parse, read, link, lay out), for Jaeger
 * and OTLP files of the same synthetic trace (10,000 spans in 20 services by default),
 * and a window query over the whole of it. A benchmark, not a test: it reports, never fails.
 */

import { importSpanTrace } from '../src/trace-import/otel-import'
import { createRng, nextInt } from '../src/sim/prng'
import { fmt, median } from './stats'

const SPANS = Number(process.argv[2] ?? 10_000)
const SERVICES = 20
const RUNS = 7
const T0_US = 1_733_390_412_000_000

interface Span {
  id: string
  parent: string | null
  service: string
  startUs: number
  durationUs: number
}

/** A random call tree: each span a child of an earlier one, inside its time, often in another service. */
function synthetic(count: number): Span[] {
  const rng = createRng(42)
  const spans: Span[] = [
    { id: hex(1), parent: null, service: 'svc-0', startUs: 0, durationUs: 5_000_000 },
  ]
  for (let i = 1; i < count; i++) {
    const p = spans[nextInt(rng, Math.max(0, i - 200), i - 1)]!
    const startUs = p.startUs + nextInt(rng, 0, Math.floor(p.durationUs / 2))
    const durationUs = nextInt(rng, 1, Math.floor((p.startUs + p.durationUs - startUs) * 0.9) + 1)
    const service = nextInt(rng, 0, 2) === 0 ? p.service : `svc-${nextInt(rng, 0, SERVICES - 1)}`
    spans.push({ id: hex(i + 1), parent: p.id, service, startUs, durationUs })
  }
  return spans
}

const hex = (n: number) => n.toString(16).padStart(16, '0')
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736'

function jaegerText(spans: Span[]): string {
  const services = [...new Set(spans.map((s) => s.service))]
  const processes = Object.fromEntries(services.map((s) => [s, { serviceName: s, tags: [] }]))
  const data = spans.map((s) => ({
    traceID: TRACE,
    spanID: s.id,
    operationName: `op-${s.id.slice(-3)}`,
    references:
      s.parent === null ? [] : [{ refType: 'CHILD_OF', traceID: TRACE, spanID: s.parent }],
    startTime: T0_US + s.startUs,
    duration: s.durationUs,
    tags: [{ key: 'span.kind', type: 'string', value: 'server' }],
    logs: [{ timestamp: T0_US + s.startUs, fields: [{ key: 'event', value: 'start' }] }],
    processID: s.service,
  }))
  return JSON.stringify({ data: [{ traceID: TRACE, spans: data, processes }] })
}

const ns = (us: number) => `${BigInt(T0_US + us) * 1000n}`

/** One line per service, as the collector's file exporter writes batches. */
function otlpText(spans: Span[]): string {
  const services = [...new Set(spans.map((s) => s.service))]
  return services
    .map((service) =>
      JSON.stringify({
        resourceSpans: [
          {
            resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
            scopeSpans: [
              {
                spans: spans
                  .filter((s) => s.service === service)
                  .map((s) => ({
                    traceId: TRACE,
                    spanId: s.id,
                    parentSpanId: s.parent ?? '',
                    name: `op-${s.id.slice(-3)}`,
                    kind: 2,
                    startTimeUnixNano: ns(s.startUs),
                    endTimeUnixNano: ns(s.startUs + s.durationUs),
                    events: [{ timeUnixNano: ns(s.startUs), name: 'start' }],
                    status: {},
                  })),
              },
            ],
          },
        ],
      }),
    )
    .join('\n')
}

function cpuMs(f: () => unknown): number {
  const cpu = process.cpuUsage()
  f()
  const used = process.cpuUsage(cpu)
  return (used.user + used.system) / 1000
}

function time(name: string, text: string): void {
  const times: number[] = []
  // CPU time too: on a machine shared with other work, wall time says more about the others.
  const cpuTimes: number[] = []
  let summary = ''
  let query = 0
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    const result = importSpanTrace(text)
    const used = process.cpuUsage(cpu)
    times.push(performance.now() - start)
    cpuTimes.push((used.user + used.system) / 1000)
    if (!result.ok) throw new Error(result.error)
    summary = result.value.summary
    const { view } = result.value.layout
    const q = performance.now()
    view.visible(view.extent().start, view.extent().end)
    query = performance.now() - q
  }
  // What the engine's own JSON.parse takes for the same text: a yardstick that load scales alike.
  const parseCpu = cpuMs(() => text.split('\n').map((line) => JSON.parse(line)))
  const mb = fmt(text.length / 1024 / 1024, 1)
  console.log(
    `${name.padEnd(6)} ${mb} MB: import median ${fmt(median(times), 1)} ms wall, ${fmt(median(cpuTimes), 1)} ms CPU (first ${fmt(times[0]!, 1)} ms); JSON.parse alone ${fmt(parseCpu, 1)} ms CPU; whole-trace window ${fmt(query, 1)} ms; ${summary}`,
  )
}

const spans = synthetic(SPANS)
console.log(`Importing a ${fmt(SPANS)}-span trace (Node ${process.version}), ${RUNS} runs each`)
time('Jaeger', jaegerText(spans))
time('OTLP', otlpText(spans))
