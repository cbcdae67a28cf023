import { describe, expect, it } from 'vitest'
import { CausalIndex, computeClocks } from './causality'
import { Timeline } from './timeline'
import { raft } from '../protocols/raft'
import { createHarness } from '../test/harness'
import { DESIGN_EXAMPLE } from '../test/design-example'
import { branchedRuns, type BranchedRun } from '../test/branched-runs'
import { createRng, nextInt } from '../sim/prng'
import type { Protocol } from '../sim/protocol'
import type { TraceEntry } from '../sim/trace'

const ping = { type: 'Ping' }
const send = (t: number, id: number, from: string, to: string): TraceEntry => ({
  t,
  kind: 'send',
  id,
  from,
  to,
  deliverAt: t + 10,
  payload: ping,
})
const deliver = (t: number, id: number): TraceEntry => ({ t, kind: 'deliver', id })
const timer = (t: number, node: string): TraceEntry => ({ t, kind: 'timer', node, name: 'tick' })
const state = (node: string): TraceEntry => ({
  t: 5,
  kind: 'state',
  node,
  role: 'crashed',
  term: null,
  commit: null,
})

/**
 *  n1: 0 timer ── 1 send#1 ─────────────────────────────── 8 timer
 *  n2:                 ╲── 3 deliver#1 ── 4 send#2
 *  n3: 2 timer ─────────────────── 5 send#3 (dropped: 7) ── 6 deliver#2
 */
const HAND_MADE: TraceEntry[] = [
  timer(0, 'n1'),
  send(1, 1, 'n1', 'n2'),
  timer(2, 'n3'),
  deliver(11, 1),
  send(12, 2, 'n2', 'n3'),
  send(13, 3, 'n3', 'n1'),
  deliver(22, 2),
  { t: 23, kind: 'drop', id: 3, reason: 'loss' },
  timer(30, 'n1'),
]
const NODES = ['n1', 'n2', 'n3']

describe('vector clocks on a hand-made trace', () => {
  const index = computeClocks(HAND_MADE, NODES)

  it('ticks the own component and merges the sender clock on delivery', () => {
    expect(index.clockOf(1)).toEqual({ n1: 2, n2: 0, n3: 0 })
    expect(index.clockOf(3)).toEqual({ n1: 2, n2: 1, n3: 0 })
    expect(index.clockOf(6)).toEqual({ n1: 2, n2: 2, n3: 3 })
    // A drop is no event: the message never reached anyone.
    expect(index.clockOf(7)).toBeNull()
    expect(index.clockOf(8)).toEqual({ n1: 3, n2: 0, n3: 0 })
  })

  it('orders events along messages and detects concurrency', () => {
    expect(index.happensBefore(0, 6)).toBe(true)
    expect(index.happensBefore(6, 0)).toBe(false)
    expect(index.happensBefore(1, 3)).toBe(true)
    expect(index.concurrent(0, 2)).toBe(true)
    // n3's send #3 was dropped, so nothing on n1 learns of it.
    expect(index.happensBefore(5, 8)).toBe(false)
    expect(index.concurrent(2, 8)).toBe(true)
    expect(index.happensBefore(3, 3)).toBe(false)
    expect(index.happensBefore(7, 8)).toBe(false)
  })

  it('gives the causal past and future of an event', () => {
    expect(index.causalPast(6)).toEqual([0, 1, 2, 3, 4, 5])
    expect(index.causalPast(8)).toEqual([0, 1])
    expect(index.causalFuture(0)).toEqual([1, 3, 4, 6, 8])
    expect(index.causalFuture(2)).toEqual([5, 6])
    expect(index.causalFuture(5)).toEqual([6])
    expect(index.causalPast(7)).toEqual([])
    // A range limits the answer to what a view shows.
    expect(index.causalFuture(0, 4, 7)).toEqual([4, 6])
  })
})

describe('clients', () => {
  // c1 asks n1, is redirected, and asks n2; c2 asks n3 meanwhile.
  const trace: TraceEntry[] = [
    { t: 0, kind: 'invoke', op: 0, client: 'c1', name: 'put', key: 'x', value: '1' },
    send(0, 1, 'c1', 'n1'),
    { t: 1, kind: 'invoke', op: 1, client: 'c2', name: 'get', key: 'x', value: null },
    send(1, 2, 'c2', 'n3'),
    deliver(10, 1),
    send(10, 3, 'n1', 'c1'),
    deliver(11, 2),
    deliver(20, 3),
    send(20, 4, 'c1', 'n2'),
    deliver(30, 4),
    timer(31, 'n2'),
    { t: 32, kind: 'return', op: 0, outcome: 'ok', output: null },
  ]
  const index = computeClocks(trace, NODES)

  it('puts clients on lanes of their own, after the nodes', () => {
    expect(index.lanes).toEqual(['n1', 'n2', 'n3', 'c1', 'c2'])
    expect(index.laneOf(11)).toBe('c1')
    expect(index.laneOf(6)).toBe('n3')
  })

  it('carries causality through a client, which has no clock component of its own', () => {
    // n1's reply reached c1 before c1 asked n2: n1's delivery precedes n2's.
    expect(index.happensBefore(4, 9)).toBe(true)
    expect(index.happensBefore(0, 10)).toBe(true)
    expect(index.happensBefore(7, 9)).toBe(true)
    // c2 never talked to c1, n1 or n2.
    expect(index.concurrent(2, 9)).toBe(true)
    expect(index.concurrent(0, 2)).toBe(true)
    expect(index.causalFuture(2)).toEqual([3, 6])
    expect(index.causalPast(10)).toEqual([0, 1, 4, 5, 7, 8, 9])
    expect(index.causalFuture(7)).toEqual([8, 9, 10, 11])
  })
})

/** Happens-before by brute force: reachability over lane order and message edges. */
function bruteFuture(trace: readonly TraceEntry[], nodes: readonly string[]) {
  const lanes = new Map<number, string>()
  const sends = new Map<number, Extract<TraceEntry, { kind: 'send' }>>()
  const sendAt = new Map<number, number>()
  const clients = new Map<number, string>()
  trace.forEach((e, i) => {
    if (e.kind === 'send') {
      sends.set(e.id, e)
      sendAt.set(e.id, i)
      lanes.set(i, e.from)
    } else if (e.kind === 'deliver') lanes.set(i, sends.get(e.id)!.to)
    else if (e.kind === 'timer' || e.kind === 'state') lanes.set(i, e.node)
    else if (e.kind === 'invoke') {
      clients.set(e.op, e.client)
      lanes.set(i, e.client)
    } else if (e.kind === 'return') lanes.set(i, clients.get(e.op)!)
    else if (e.kind === 'input' && ['crash', 'restart', 'timeout'].includes(e.type)) {
      if (e.ignored === undefined) lanes.set(i, (trace[i + 1] as { node: string }).node)
    }
  })
  expect(nodes.every((n) => [...lanes.values()].includes(n))).toBe(true)
  const next = new Map<number, number[]>()
  const last = new Map<string, number>()
  for (const [i, lane] of [...lanes].sort((a, b) => a[0] - b[0])) {
    const prev = last.get(lane)
    if (prev !== undefined) next.set(prev, [...(next.get(prev) ?? []), i])
    last.set(lane, i)
    const e = trace[i]!
    if (e.kind === 'deliver') {
      const s = sendAt.get(e.id)!
      next.set(s, [...(next.get(s) ?? []), i])
    }
  }
  const future = (i: number): Set<number> => {
    const seen = new Set<number>()
    const stack = [...(next.get(i) ?? [])]
    while (stack.length > 0) {
      const j = stack.pop()!
      if (seen.has(j)) continue
      seen.add(j)
      stack.push(...(next.get(j) ?? []))
    }
    return seen
  }
  return { events: [...lanes.keys()].sort((a, b) => a - b), future }
}

describe('vector clocks on a real run', () => {
  // Crash, restart, partition, heal, a forced timeout and two client operations.
  const timeline = new Timeline(DESIGN_EXAMPLE, raft as unknown as Protocol)
  timeline.extendTo(2800)
  const trace = timeline.trace.slice()
  const index = timeline.causality()

  it('agrees with reachability over the message graph, for every pair of events', () => {
    const brute = bruteFuture(trace, ['n1', 'n2', 'n3', 'n4', 'n5'])
    expect(brute.events.length).toBeGreaterThan(900)
    const futures = new Map(brute.events.map((i) => [i, brute.future(i)]))
    for (const a of brute.events) {
      const future = futures.get(a)!
      expect(index.causalFuture(a)).toEqual([...future].sort((x, y) => x - y))
      for (const b of brute.events) {
        if (index.happensBefore(a, b) !== future.has(b)) {
          throw new Error(`happensBefore(${a}, ${b}) should be ${future.has(b)}`)
        }
      }
    }
    for (const b of brute.events.filter((_, k) => k % 7 === 0)) {
      const past = brute.events.filter((a) => futures.get(a)!.has(b))
      expect(index.causalPast(b)).toEqual(past)
    }
  })

  it('is the same built in steps as the run grows', () => {
    const stepwise = new CausalIndex(['n1', 'n2', 'n3', 'n4', 'n5'])
    for (let n = 0; n <= trace.length; n += 97) stepwise.update(trace.slice(0, n))
    stepwise.update(trace)
    for (let i = 0; i < trace.length; i++) {
      expect(stepwise.clockOf(i)).toEqual(index.clockOf(i))
    }
  })

  it('tells a story: the vote precedes the leader; nothing follows a crash until restart', () => {
    const h = createHarness({ nodes: 3, seed: 4 })
    h.runFor(1000)
    const leader = h.leader()!
    const follower = ['n1', 'n2', 'n3'].find((n) => n !== leader)!
    h.crash(follower).runFor(500)
    const t = h.sim.ctx.recorder!.entries!.slice()
    const clocks = computeClocks(t, ['n1', 'n2', 'n3'])
    const elected = t.findIndex((e) => e.kind === 'state' && e.role === 'leader')
    const votes = t.flatMap((e, i) =>
      i < elected && e.kind === 'send' && e.payload.type === 'RequestVoteReply' ? [i] : [],
    )
    expect(votes.some((v) => clocks.happensBefore(v, elected))).toBe(true)
    const crash = t.findIndex((e) => e.kind === 'state' && e.role === 'crashed')
    const later = t.flatMap((e, i) => (i > crash && clocks.laneOf(i) === leader ? [i] : []))
    expect(later.length).toBeGreaterThan(10)
    expect(later.every((i) => clocks.concurrent(crash, i))).toBe(true)
    expect(clocks.causalFuture(crash)).toEqual([])
    // What the follower said before it crashed still reaches the leader.
    const said = t.flatMap((e, i) =>
      i < crash && e.kind === 'send' && e.from === follower ? [i] : [],
    )
    const lastWords = said.at(-1)!
    expect(clocks.happensBefore(lastWords, later.at(-1)!)).toBe(true)
  })
})

/** Everything an index answers about a trace of `length` entries, for events picked at random. */
function answers(index: CausalIndex, length: number, seed: number) {
  const rng = createRng(seed)
  const all = Array.from({ length }, (_, i) => i)
  const picks = Array.from({ length: 30 }, () => nextInt(rng, 0, length - 1))
  return {
    lanes: index.lanes.slice(),
    clocks: all.map((i) => index.clockOf(i)),
    cuts: picks.map((p) => {
      const [past, future] = [index.pastOf(p), index.futureOf(p)]
      return all.flatMap((x) => (past.has(x) ? [x] : future.has(x) ? [-x] : []))
    }),
    before: picks.map((p) => picks.map((q) => index.happensBefore(p, q))),
  }
}

/** The last count at or below `shared` whose last entry is an input (read with the one after it). */
function endingOnInput(run: BranchedRun): number {
  let i = run.shared - 1
  while (i >= 0 && run.branch[i]!.kind !== 'input') i--
  return i + 1
}

describe('a copy for a branch', () => {
  const runs = branchedRuns()

  it('reads on over a branch as a fresh index over it, on runs of several protocols', () => {
    for (const run of runs) {
      // The branch starts from a checkpoint well into the run, and soon differs from it.
      expect(run.shared, run.name).toBeGreaterThan(200)
      expect(run.branch.length - run.shared, run.name).toBeGreaterThan(100)
      const parent = new CausalIndex(run.nodes).update(run.parent)
      const before = answers(parent, run.parent.length, 1)
      const fresh = answers(new CausalIndex(run.nodes).update(run.branch), run.branch.length, 2)
      const counts = [run.shared, Math.floor(run.shared / 3), endingOnInput(run)]
      expect(counts[2], run.name).toBeGreaterThan(0)
      for (const count of counts) {
        const copy = parent.prefix(count).update(run.branch)
        expect(answers(copy, run.branch.length, 2), `${run.name} from ${count}`).toEqual(fresh)
      }
      // The copies share nothing the parent goes on answering from.
      expect(answers(parent, run.parent.length, 1), run.name).toEqual(before)
    }
  })

  it('reads on from a parent that had read less than the branch shares, then grows', () => {
    for (const run of runs.slice(0, 2)) {
      const parent = new CausalIndex(run.nodes).update(run.parent.slice(0, run.shared >> 1))
      const copy = parent.prefix(run.shared)
      for (let n = 0; n <= run.branch.length; n += 301) copy.update(run.branch.slice(0, n))
      copy.update(run.branch)
      const fresh = new CausalIndex(run.nodes).update(run.branch)
      expect(answers(copy, run.branch.length, 3)).toEqual(answers(fresh, run.branch.length, 3))
    }
  })

  it('reads an input at its end again: its lane is that of the entry after it', () => {
    const crash = { t: 5, kind: 'input', index: 0, type: 'crash' } as const
    const parent = computeClocks([timer(0, 'n1'), crash, state('n1')], NODES)
    const copy = parent.prefix(2).update([timer(0, 'n1'), crash, state('n3')])
    expect(parent.laneOf(1)).toBe('n1')
    expect(copy.laneOf(1)).toBe('n3')
    expect(copy.clockOf(2)).toEqual({ n1: 0, n2: 0, n3: 2 })
  })
})

describe('more lanes than a byte names', () => {
  // 300 clients, each asking a node and hearing back, overlapping: lanes past 254 are kept aside.
  const trace: TraceEntry[] = []
  for (let c = 0; c < 300; c++) {
    const node = NODES[c % 3]!
    const client = `c${c}`
    trace.push(
      { t: 3 * c, kind: 'invoke', op: c, client, name: 'get', key: 'x', value: null },
      send(3 * c, 2 * c, client, node),
    )
    if (c > 0) trace.push(deliver(3 * c + 1, 2 * c - 1))
    trace.push(deliver(3 * c + 2, 2 * c), send(3 * c + 2, 2 * c + 1, node, client))
    if (c % 7 === 0) trace.push(timer(3 * c + 2, NODES[(c + 1) % 3]!))
  }

  it('answers as reachability over the message graph', () => {
    const index = computeClocks(trace, NODES)
    expect(index.lanes.length).toBe(303)
    const last = trace.findIndex((e) => e.kind === 'invoke' && e.client === 'c299')
    expect(index.laneOf(last)).toBe('c299')
    expect(index.laneOf(last + 2)).toBe('c298')
    const brute = bruteFuture(trace, NODES)
    const futures = new Map(brute.events.map((i) => [i, brute.future(i)]))
    for (const a of brute.events.filter((_, k) => k % 5 === 0)) {
      expect(index.causalFuture(a), `future of ${a}`).toEqual(
        [...futures.get(a)!].sort((x, y) => x - y),
      )
      const past = brute.events.filter((b) => futures.get(b)!.has(a))
      expect(index.causalPast(a), `past of ${a}`).toEqual(past)
    }
  })

  it('copies its first entries, and reads on to the same answers', () => {
    const whole = computeClocks(trace, NODES)
    const expected = answers(whole, trace.length, 4)
    const short = computeClocks(trace.slice(0, 900), NODES)
    for (const count of [0, 1, 500, 777, 1200, trace.length - 50, trace.length]) {
      for (const parent of [whole, short]) {
        const copy = parent.prefix(count).update(trace)
        expect(answers(copy, trace.length, 4), `from ${count}`).toEqual(expected)
      }
    }
    expect(answers(whole, trace.length, 4)).toEqual(expected)
  })
})
