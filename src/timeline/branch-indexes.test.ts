import { describe, expect, it } from 'vitest'
import { Timeline } from './timeline'
import { ALL_TYPES, typeMask } from './event-types'
import { resumeEvery } from './resume-points'
import { randomScenario } from '../check/random-scenario'
import { protocolLookup } from '../protocols/registry'
import { insertInput } from '../store/branches'
import type { Rows } from './event-rows'
import type { Input, Scenario } from '../scenario/types'

const list = (rows: Rows) => Array.from({ length: rows.length }, (_, r) => rows.at(r))

/** Every index a timeline builds, asked everything a view asks, as plain data. */
function answers(timeline: Timeline) {
  const nodes = timeline.context.ids
  const events = timeline.eventIndex()
  const series = timeline.series()
  const spacetime = timeline.spacetime()
  const { end } = spacetime.extent()
  const windows = [0, 0.1, 0.37, 0.5, 0.81, 0.99].map((f) => [f * end, f * end + 700] as const)
  const lastId = Math.max(-1, ...spacetime.visible(-Infinity, Infinity).arrows.map((a) => a.id))
  const causal = timeline.causalView()
  const picks = [0.2, 0.5, 0.7, 0.95].map((f) => Math.floor(f * timeline.trace.length))
  const cut = (has: (entry: number) => boolean) =>
    Array.from({ length: timeline.trace.length }, (_, i) => i).filter(has)
  return {
    length: timeline.trace.length,
    causal: picks.map((entry) => [
      cut((i) => causal.pastOf(entry).has(i)),
      cut((i) => causal.futureOf(entry).has(i)),
    ]),
    markers: timeline.markers(),
    violations: timeline.violations().all,
    sends: Array.from({ length: lastId + 2 }, (_, id) => timeline.sendOf(id) ?? null),
    events: {
      length: events.length,
      lines: Array.from({ length: events.length }, (_, i) => events.describe(i)),
      rows: [null, nodes[0]!, nodes.at(-1)!].flatMap((node) =>
        [ALL_TYPES, typeMask(['client']), typeMask(['state', 'loss', 'input'])].map((types) =>
          list(events.rows({ node, types })),
        ),
      ),
    },
    series: {
      term: Array.from({ length: series.term.length }, (_, i) => [
        series.term.timeAt(i),
        series.term.valueAt(i),
      ]),
      commits: series.nodes.map((node) => {
        const c = series.commit(node)
        return Array.from({ length: c.length }, (_, i) => [c.timeAt(i), c.valueAt(i)])
      }),
      leaders: series.leaders,
      lanes: series.lanes,
      sent: series.sent,
      lost: series.lost,
      latency: series.latency,
      scanned: [series.scanned, series.scannedUntil],
    },
    spacetime: {
      lanes: spacetime.lanes(),
      extent: spacetime.extent(),
      all: spacetime.visible(-Infinity, Infinity),
      windows: windows.map(([from, to]) => spacetime.visible(from, to)),
      onLanes: windows.map(([from, to]) => spacetime.visibleOn(from, to, [nodes[1]!, 'c1'])),
      sent: windows.map(([from, to]) => spacetime.sentBetween(from, to)),
    },
  }
}

/** The answers as [index.query, value] pairs, so that a difference names its index. */
function labelled(timeline: Timeline): [string, unknown][] {
  return Object.entries(answers(timeline)).flatMap(([index, value]) =>
    typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).map(([query, v]): [string, unknown] => [`${index}.${query}`, v])
      : [[index, value]],
  )
}

/** Builds every index of `timeline` over what it has simulated so far. */
function build(timeline: Timeline): void {
  answers(timeline)
}

/** A run of `scenario` to `untilMs`; a branch of it at `atMs` with `input` added; and the same from scratch. */
function branchAndFresh(
  scenario: Scenario,
  options: { builtUntilMs: number; atMs: number; untilMs: number; input: Input },
) {
  const protocol = protocolLookup.get(scenario.protocol)!
  const parent = new Timeline(scenario, protocol)
  parent.extendTo(options.builtUntilMs)
  build(parent)
  parent.extendTo(Math.max(options.builtUntilMs, options.atMs + 2000))
  const changed = { ...scenario, inputs: insertInput(scenario.inputs, options.input) }
  const branch = parent.branch(changed, options.atMs)
  // Grown in steps, as the app does while the run plays.
  for (let t = options.atMs; t < options.untilMs; t += 1500) {
    branch.extendTo(t)
    branch.updateIndexes()
  }
  branch.extendTo(options.untilMs)
  const fresh = new Timeline(changed, protocol)
  fresh.extendTo(options.untilMs)
  return { parent, branch, fresh }
}

const CASES = [
  { protocol: 'raft', nodes: 5, seed: 1 },
  { protocol: 'raft', nodes: 9, seed: 2 },
  { protocol: 'paxos', nodes: 3, seed: 3 },
  { protocol: 'primary-backup', nodes: 4, seed: 4 },
  { protocol: 'chain', nodes: 3, seed: 5 },
] as const

describe('indexes forked at a branch', () => {
  for (const { protocol, nodes, seed } of CASES) {
    const scenario = randomScenario(seed, {
      protocol,
      nodes,
      durationMs: 40_000,
      faultEveryMs: 900,
      clientEveryMs: 300,
    })
    const crash: Input = { at: 0, type: 'crash', node: 'n2' }
    const put: Input = { at: 0, type: 'client', op: 'put', key: 'x', value: 'forked' }

    it(`${protocol}, ${nodes} nodes: answer as indexes built afresh, built past the branch`, () => {
      const atMs = 27_013
      const { parent, branch, fresh } = branchAndFresh(scenario, {
        builtUntilMs: 35_000,
        atMs,
        untilMs: 38_000,
        input: { ...put, at: atMs },
      })
      // The run is long enough that the copies start from a kept point, not from nothing:
      // what they had read then is the parent's, not made again.
      expect(branch.trace.length).toBeGreaterThan(resumeEvery(nodes) * 2)
      expect(branch.markers()[0]).toBe(parent.markers()[0])
      expect(branch.spacetime().visible(0, 5000).marks[0]).toBe(
        parent.spacetime().visible(0, 5000).marks[0],
      )
      expect(branch.series().leaders[0]).toBe(parent.series().leaders[0])
      expect(labelled(branch)).toEqual(labelled(fresh))
    })

    it(`${protocol}, ${nodes} nodes: answer as indexes built afresh, built short of the branch`, () => {
      const atMs = 31_500
      const { branch, fresh } = branchAndFresh(scenario, {
        builtUntilMs: 22_000,
        atMs,
        untilMs: 36_000,
        input: { ...crash, at: atMs },
      })
      expect(labelled(branch)).toEqual(labelled(fresh))
    })
  }

  it('a branch of a branch answers as a fresh run too', () => {
    const scenario = randomScenario(7, { protocol: 'raft', nodes: 5, durationMs: 40_000 })
    const protocol = protocolLookup.get('raft')!
    const first = branchAndFresh(scenario, {
      builtUntilMs: 30_000,
      atMs: 20_000,
      untilMs: 32_000,
      input: { at: 20_000, type: 'timeout', node: 'n3' },
    })
    build(first.branch)
    const changed = {
      ...first.branch.scenario,
      inputs: insertInput(first.branch.scenario.inputs, { at: 25_500, type: 'crash', node: 'n1' }),
    }
    const second = first.branch.branch(changed, 25_500)
    second.extendTo(34_000)
    const fresh = new Timeline(changed, protocol)
    fresh.extendTo(34_000)
    expect(labelled(second)).toEqual(labelled(fresh))
  })
})
