import { describe, expect, it } from 'vitest'
import { EventIndex, type EventFilter } from './event-index'
import { ALL_TYPES, EVENT_TYPES, typeMask, type EventType } from './event-types'
import { FilteredRows, rowOfEntry, rowsUpTo, TYPE_BITS, type Rows } from './event-rows'
import { Timeline } from './timeline'
import { randomScenario } from '../check/random-scenario'
import { protocolLookup } from '../protocols/registry'
import type { Trace, TraceEntry } from '../sim/trace'
import type { Input, Scenario } from '../scenario/types'

// The oracle: each entry's type and nodes worked out again, the slow and obvious way.
const TYPES: Record<TraceEntry['kind'], EventType> = {
  send: 'send',
  deliver: 'deliver',
  drop: 'loss',
  delay: 'loss',
  timer: 'timer',
  state: 'state',
  input: 'input',
  invoke: 'client',
  return: 'client',
  violation: 'violation',
}

/** Entry i concerns a node; a message counts by its route, once it has been sent. */
function concerns(trace: readonly TraceEntry[], inputs: readonly Input[], i: number, node: string) {
  const e = trace[i]!
  const message = (id: number) => {
    const send = trace.slice(0, i).find((s) => s.kind === 'send' && s.id === id)
    return send?.kind === 'send' && (send.from === node || send.to === node)
  }
  switch (e.kind) {
    case 'send':
      return e.from === node || e.to === node
    case 'deliver':
    case 'drop':
    case 'delay':
      return message(e.id)
    case 'timer':
    case 'state':
      return e.node === node
    case 'violation':
      return e.nodes.includes(node)
    case 'invoke':
    case 'return':
      return false
    case 'input': {
      const input = inputs[e.index]!
      if (input.type === 'partition' || input.type === 'heal') return true
      if (input.type === 'link') return input.from === node || input.to === node
      if ('message' in input) return message(input.message)
      return 'node' in input && input.node === node
    }
  }
}

function bruteRows(trace: readonly TraceEntry[], inputs: readonly Input[], filter: EventFilter) {
  const out: number[] = []
  trace.forEach((e, i) => {
    const typeOk = (filter.types >> EVENT_TYPES.indexOf(TYPES[e.kind])) & 1
    if (typeOk && (filter.node === null || concerns(trace, inputs, i, filter.node))) out.push(i)
  })
  return out
}

const list = (rows: Rows) => Array.from({ length: rows.length }, (_, r) => rows.at(r))

const FILTERS: EventFilter[] = [
  { node: null, types: ALL_TYPES },
  { node: 'n1', types: ALL_TYPES },
  { node: 'n3', types: typeMask(['send', 'deliver']) },
  { node: null, types: typeMask(['state', 'input', 'client', 'violation', 'loss']) },
  { node: 'n2', types: typeMask(['loss', 'input']) },
  { node: null, types: typeMask(['timer']) },
  { node: 'n4', types: typeMask(['state']) },
  { node: 'n5', types: typeMask(['client', 'send']) },
  { node: 'n1', types: typeMask(['input']) },
  { node: null, types: 0 },
  // Past 5 nodes: in a code's second byte.
  { node: 'n8', types: typeMask(['send', 'deliver', 'state', 'input']) },
]

function makeRun(
  seed: number,
  nodes = 5,
): { scenario: Scenario; timeline: Timeline; index: EventIndex } {
  const scenario = randomScenario(seed, { nodes, durationMs: 3000, faultEveryMs: 120 })
  const timeline = new Timeline(scenario, protocolLookup.get('raft')!)
  const index = new EventIndex({
    nodes: timeline.context.ids,
    inputs: scenario.inputs,
    kindOf: (p) => timeline.context.protocol.messageKind(p),
  })
  return { scenario, timeline, index }
}

describe('EventIndex', () => {
  it('keeps every filter equal to a filter from scratch as the trace grows in chunks', () => {
    // Codes take a byte in 5 nodes, two in 9 (and four past 13: the large cluster below).
    for (const [seed, nodes] of [
      [1, 5],
      [4, 5],
      [42, 9],
    ] as const) {
      const { scenario, timeline, index } = makeRun(seed, nodes)
      const inputs = scenario.inputs
      for (let t = 0, chunk = 0; t <= 3500; t += 137 + (chunk++ % 5) * 90) {
        timeline.extendTo(t)
        index.update(timeline.trace)
        // A different filter order each chunk: some filters are new, some evicted, some grown.
        const order = FILTERS.map((_, k) => FILTERS[(k * (chunk + 3)) % FILTERS.length]!)
        for (const filter of order) {
          expect(
            list(index.rows(filter)),
            `seed ${seed} at ${t}: ${JSON.stringify(filter)}`,
          ).toEqual(bruteRows(timeline.trace.slice(), inputs, filter))
        }
      }
      expect(inputs.some((i) => i.type === 'partition')).toBe(true)
    }
  })

  it('finds rows up to a time, and the row of an entry, by binary search', () => {
    const { timeline, index } = makeRun(3)
    timeline.extendTo(3000)
    index.update(timeline.trace)
    const trace = timeline.trace.slice()
    for (const filter of FILTERS) {
      const rows = index.rows(filter)
      const entries = list(rows)
      for (const t of [-1, 0, 1, 150.5, 999, 1000, 1777, 2999.9, 3000, 1e9]) {
        expect(rowsUpTo(rows, trace, t)).toBe(entries.filter((i) => trace[i]!.t <= t).length)
      }
      for (let i = 0; i < trace.length; i += 13) {
        expect(rowOfEntry(rows, i)).toBe(entries.indexOf(i))
      }
    }
  })

  it('counts entries at one time as all at or before it', () => {
    const { timeline, index } = makeRun(5)
    timeline.extendTo(2000)
    const trace = timeline.trace.slice()
    const rows = index.update(trace).rows({ node: null, types: ALL_TYPES })
    const t = trace.find((e, i) => trace[i + 1]?.t === e.t)!.t
    const last = trace.map((e) => e.t).lastIndexOf(t)
    expect(rowsUpTo(rows, trace, t)).toBe(last + 1)
  })

  it('reads each new entry once per update, not the whole trace again', () => {
    const { timeline, index } = makeRun(42)
    let reads = 0
    const counted = (trace: Trace) =>
      new Proxy(trace, {
        get(target, key) {
          if (key === 'at') reads++
          const value: unknown = Reflect.get(target, key, target)
          return typeof value === 'function' ? value.bind(target) : value
        },
      })
    let updates = 0
    for (let t = 0; t <= 3000; t += 100, updates++) {
      timeline.extendTo(t)
      index.update(counted(timeline.trace))
    }
    expect(updates).toBeGreaterThan(20)
    // Deliveries and drops also look up their send: at most two reads an entry.
    expect(reads).toBeGreaterThanOrEqual(timeline.trace.length)
    expect(reads).toBeLessThan(2 * timeline.trace.length)
  })
})

describe('FilteredRows', () => {
  it('extends from where it stopped', () => {
    const codes: number[] = []
    let reads = 0
    const column = {
      get length() {
        return codes.length
      },
      get: (i: number) => (reads++, codes[i]!),
    }
    const n2 = 1 << (TYPE_BITS + 1)
    const rows = new FilteredRows(typeMask(['timer']), n2)
    for (let i = 0; i < 1000; i++) {
      codes.push(EVENT_TYPES.indexOf(i % 3 === 0 ? 'timer' : 'send') | (i % 2 === 0 ? n2 : 0))
      if (i % 7 === 0) rows.extend(column)
    }
    rows.extend(column)
    expect(reads).toBe(1000)
    expect(list(rows)).toEqual(Array.from({ length: 167 }, (_, k) => k * 6))
  })
})

describe('EventIndex in a large cluster', () => {
  it('filters by a node past the code bits as a filter from scratch does', () => {
    const scenario: Scenario = {
      version: 1,
      protocol: 'swim',
      nodes: 40,
      seed: 2,
      params: {},
      inputs: [
        { at: 300, type: 'crash', node: 'n35' },
        { at: 700, type: 'partition', groups: [['n1', 'n2', 'n3']] },
        { at: 900, type: 'heal' },
        { at: 1200, type: 'restart', node: 'n35' },
      ],
    }
    const timeline = new Timeline(scenario, protocolLookup.get('swim')!)
    const index = new EventIndex({
      nodes: timeline.context.ids,
      inputs: scenario.inputs,
      kindOf: (p) => timeline.context.protocol.messageKind(p),
    })
    for (const t of [500, 1500, 2000]) {
      timeline.extendTo(t)
      index.update(timeline.trace)
      for (const filter of [
        { node: 'n35', types: ALL_TYPES },
        { node: 'n40', types: typeMask(['send', 'input']) },
        { node: 'n2', types: ALL_TYPES },
      ]) {
        const rows = list(index.rows(filter))
        expect(rows.length, `${filter.node} at ${t}`).toBeGreaterThan(0)
        expect(rows).toEqual(bruteRows(timeline.trace.slice(), scenario.inputs, filter))
      }
    }
  })
})
