import { describe, expect, it } from 'vitest'
import { Recorder, type TraceEntry } from './trace'
import { hashObject } from './hash'
import { createSimulation, runUntil } from './kernel'
import { DESIGN_EXAMPLE } from '../test/design-example'
import { raft } from '../protocols/raft'
import { protocolLookup } from '../protocols/registry'
import { randomScenario } from '../check/random-scenario'
import type { Protocol } from './protocol'

/** What an entry hashes to by itself: equal hashes mean equal fields in equal order. */
const fieldsInOrder = (e: TraceEntry) => Object.keys(e).join(',')

/** Records `entries` and reads each back, deep-equal and in the same field order. */
function roundTrip(entries: readonly TraceEntry[]) {
  const recorder = new Recorder(true)
  const hashOnly = new Recorder(false)
  for (const e of entries) {
    recorder.record(e)
    hashOnly.record(e)
  }
  const trace = recorder.entries!
  expect(trace.length).toBe(entries.length)
  entries.forEach((e, i) => {
    const back = trace.at(i)!
    expect(back).toStrictEqual(e)
    expect(fieldsInOrder(back)).toBe(fieldsInOrder(e))
    expect(hashObject(back as never)).toBe(hashObject(e as never))
    expect(trace.timeAt(i)).toBe(e.t)
    expect(trace.kindAt(i)).toBe(e.kind)
  })
  // Keeping the entries does not change the hash.
  expect(recorder.hash()).toBe(hashOnly.hash())
  return trace
}

const send = (id: number, p: object): TraceEntry => ({
  t: id,
  kind: 'send',
  id,
  from: 'n1',
  to: 'n2',
  deliverAt: id + 10,
  payload: p as never,
})

const payload = { type: 'AppendEntries', term: 2, entries: [{ term: 2, command: 'x' }] }

/** A send of `payload` due at `deliverAt`. */
const due = (id: number, t: number, deliverAt: number): TraceEntry => ({
  t,
  kind: 'send',
  id,
  from: 'n1',
  to: 'n2',
  deliverAt,
  payload,
})

/** One of every kind, and the odd cases each column must give back exactly. */
const EVERY_KIND: TraceEntry[] = [
  { t: 0, kind: 'input', index: 0, type: 'crash' },
  { t: 0, kind: 'input', index: 1, type: 'heal', ignored: 'the network is whole' },
  { t: 1, kind: 'send', id: 0, from: 'n1', to: 'n2', deliverAt: 21, payload },
  { t: 1, kind: 'send', id: 1, from: 'n1', to: 'n3', deliverAt: 22, payload: { ...payload } },
  { t: 2, kind: 'send', id: 2, from: 'n2', to: 'n1', deliverAt: 9, payload, copyOf: 0 },
  { t: 21, kind: 'deliver', id: 0 },
  { t: 22, kind: 'drop', id: 1, reason: 'loss' },
  { t: 22, kind: 'drop', id: 7, reason: 'partition' },
  { t: 22, kind: 'drop', id: 8, reason: 'crashed' },
  { t: 22, kind: 'drop', id: 9, reason: 'fault' },
  { t: 23, kind: 'delay', id: 2, deliverAt: 423.5 },
  { t: 24, kind: 'timer', node: 'n3', name: 'election' },
  { t: 25, kind: 'state', node: 'n3', role: 'candidate', term: 3, commit: null },
  { t: 25, kind: 'state', node: 'n4', role: 'crashed', term: null, commit: 0 },
  { t: 26, kind: 'invoke', op: 0, client: 'c1', name: 'put', key: 'x', value: '1' },
  { t: 27, kind: 'return', op: 0, outcome: 'ok', output: null },
  { t: 28, kind: 'violation', invariant: 'one leader', nodes: ['n1', 'n2'], message: 'two' },
]

describe('the columnar trace', () => {
  it('gives back every kind of entry exactly as recorded', () => {
    const trace = roundTrip(EVERY_KIND)
    expect(trace.sendEntry(2)).toBe(4)
    expect(trace.messageAt(5)).toBe(0)
    expect(trace.ofKind('drop').map((e) => e.reason)).toEqual([
      'loss',
      'partition',
      'crashed',
      'fault',
    ])
  })

  it('keeps one copy of equal payloads, and tells apart those that differ only by -0 or field order', () => {
    const trace = roundTrip([
      send(0, { type: 'Ping', n: 0 }),
      send(1, { type: 'Ping', n: 0 }),
      send(2, { type: 'Ping', n: -0 }),
      send(3, { n: 0, type: 'Ping' }),
    ])
    const [a, b, c, d] = trace.ofKind('send').map((e) => e.payload)
    expect(b).toBe(a)
    expect(Object.is((c as unknown as { n: number }).n, -0)).toBe(true)
    expect(Object.keys(d!)).toEqual(['n', 'type'])
  })

  it('gives back when each message is due, however far after its send, or before', () => {
    const trace = roundTrip([
      due(0, 1, 11),
      due(1, 1, 1.5),
      due(2, 0.1, 0.3),
      due(3, 5, 2),
      due(4, -0, -0),
      due(5, 0, -0),
      due(6, 6, Infinity),
      due(7, 7, 7 + 2 ** 33),
      due(8, 8, 8 + 300),
      due(9, 9, 9 + 70_000),
      due(10, 10, NaN),
    ])
    // A copy of a prefix keeps what it has of those, and only that.
    const copy = trace.prefix(4)
    expect(copy.slice()).toStrictEqual(trace.slice(0, 4))
    copy.append(due(5, 11, 12.5), true, 0)
    expect(copy.at(4)).toStrictEqual(due(5, 11, 12.5))
  })

  it('numbers hundreds of different payloads and routes', () => {
    const trace = roundTrip(
      Array.from({ length: 700 }, (_, id) => ({
        ...(send(id, { type: 'Ping', n: id }) as Extract<TraceEntry, { kind: 'send' }>),
        from: `c${id % 300}`,
        to: `n${id % 7}`,
      })),
    )
    // Kept in columns, not as objects.
    expect(trace.sendEntry(699)).toBe(699)
  })

  it('keeps as objects the entries that do not fit its columns, and gives them back the same', () => {
    const trace = roundTrip([
      { t: 0.25, kind: 'deliver', id: 0 },
      { t: 1, kind: 'deliver', id: 1.5 },
      { id: 3, t: 2, kind: 'deliver' } as TraceEntry,
      { t: 3, kind: 'send', id: 4, from: 'n1', to: 'n2', deliverAt: 5, payload, copyOf: undefined },
      { t: 4, kind: 'send', id: 4, from: 'n1', to: 'n2', deliverAt: 5, payload },
      { t: 5, kind: 'state', node: 'n1', role: 'leader', term: NaN, commit: null },
      { t: -0, kind: 'timer', node: 'n1', name: 'heartbeat' },
      { t: 2 ** 40, kind: 'timer', node: 'n1', name: 'heartbeat' },
    ])
    // The first send of id 4 is an object (copyOf left undefined), so its columns are free.
    expect(trace.sendEntry(4)).toBe(4)
  })

  it('round-trips whole runs of every protocol, with faults, to the same hash', () => {
    for (const [name, protocol] of protocolLookup) {
      const scenario = randomScenario(7, { protocol: name, durationMs: 3000 })
      const { ctx, world } = createSimulation(scenario, protocol as Protocol)
      runUntil(ctx, world, 3000)
      const trace = ctx.recorder!.entries!
      const again = new Recorder(true)
      for (const e of trace) again.record(e)
      expect(again.hash(), name).toBe(ctx.recorder!.hash())
      expect(again.entries!.slice(), name).toStrictEqual(trace.slice())
    }
  })

  it('copies a prefix that records on apart from the trace it came from', () => {
    const { ctx, world } = createSimulation(DESIGN_EXAMPLE, raft as unknown as Protocol)
    runUntil(ctx, world, 2000)
    const trace = ctx.recorder!.entries!
    const n = Math.floor(trace.length / 2)
    const before = trace.slice()
    const prefix = trace.prefix(n)
    prefix.append({ t: 1e6, kind: 'deliver', id: 0 }, true, 0)
    expect(prefix.length).toBe(n + 1)
    expect(prefix.slice(0, n)).toStrictEqual(before.slice(0, n))
    expect(trace.slice()).toStrictEqual(before)
  })
})
