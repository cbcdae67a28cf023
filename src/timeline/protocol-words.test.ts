/**
 * The timeline's readings (markers, the diagram's marks, event lines, chart series) take
 * roles' looks, the epoch's name and messages' words from the run's protocol. A Raft in
 * other words (test/ballot-raft.ts) must read as its own words say, not as Raft's.
 */

import { describe, expect, it } from 'vitest'
import { Timeline } from './timeline'
import { RunSeries } from './series'
import { protocolLookup } from '../protocols/registry'
import { DESIGN_EXAMPLE } from '../test/design-example'
import { BALLOT_SPEC, ballotRaft } from '../test/ballot-raft'

const UNTIL_MS = 4000

function run(protocol = ballotRaft) {
  const timeline = new Timeline({ ...DESIGN_EXAMPLE, protocol: protocol.spec.name }, protocol)
  timeline.extendTo(UNTIL_MS)
  return timeline
}

describe('a protocol with its own roles and a ballot', () => {
  const timeline = run()
  const trace = timeline.trace.slice()
  const index = timeline.eventIndex()
  const lines = trace.map((_, i) => index.describe(i))

  it('marks who leads which ballot, and the chief’s commits', () => {
    const markers = timeline.markers()
    const elections = markers.filter((m) => m.kind === 'election')
    expect(elections.length).toBeGreaterThan(0)
    for (const m of elections) {
      const [, node, id] = /^(n\d) leads ballot \d+\.(\d)$/.exec(m.label) ?? []
      expect(id, m.label).toBe(node?.slice(1))
    }
    expect(markers.some((m) => m.kind === 'commit')).toBe(true)
  })

  it('marks elections and leaders in the diagram with the ballot', () => {
    const marks = timeline.spacetime().visible(-Infinity, Infinity).marks
    const leaders = marks.filter((m) => m.kind === 'leader')
    expect(leaders.length).toBeGreaterThan(0)
    for (const m of leaders) expect(m.label).toMatch(/^n\d leads ballot \d+\.\d$/)
    const elections = marks.filter((m) => m.kind === 'election')
    expect(elections.length).toBeGreaterThan(0)
    for (const m of elections)
      expect(m.label).toMatch(/^n\d starts an election for ballot \d+\.\d$/)
  })

  it('writes state lines with the ballot and send lines with the protocol’s words', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^n\d started as member, ballot 0\.\d$/))
    expect(lines).toContainEqual(expect.stringMatching(/^n\d became chief, ballot \d+\.\d$/))
    expect(lines).toContainEqual(expect.stringMatching(/^n\d moved to ballot \d+\.\d as member/))
    expect(lines.filter((l) => /\bterm \d+$|, term /.test(l) && !l.includes('→'))).toEqual([])
    expect(lines).toContainEqual(
      expect.stringMatching(/^(n\d) → (n\d) RequestVote: \1 asks \2 to promise \(term \d+\)$/),
    )
    // A kind the protocol has no words for reads as before.
    expect(lines).toContainEqual(expect.stringMatching(/^n\d → n\d Heartbeat \(term \d+\)$/))
  })

  it('charts the highest ballot, and leaders by the lead look', () => {
    const series = timeline.series()
    expect(series.spec).toBe(BALLOT_SPEC)
    expect(series.leaders.length).toBeGreaterThan(0)
    for (const span of series.leaders) {
      expect(span.term! % 100, span.node).toBe(Number(span.node.slice(1)))
    }
    // Without the spec, "chief" is a word no registered protocol has: nobody leads.
    expect(new RunSeries(timeline.context.ids).update(trace).leaders).toEqual([])
  })
})

describe('Raft’s own words', () => {
  const timeline = run(protocolLookup.get('raft')!)
  const index = timeline.eventIndex()
  const lines = timeline.trace.slice().map((_, i) => index.describe(i))

  it('say what its messages mean, after their kind', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^(n\d) → (n\d) RequestVote: \1 asks \2 for its vote in term (\d+) \(term \3\)$/,
      ),
    )
    expect(lines).toContainEqual(expect.stringMatching(/^n\d → n\d Heartbeat \(term \d+\)$/))
    expect(lines).toContainEqual(expect.stringMatching(/^n\d became leader, term \d+$/))
  })

  it('mark leaders in terms', () => {
    const elections = timeline.markers().filter((m) => m.kind === 'election')
    expect(elections.length).toBeGreaterThan(0)
    for (const m of elections) expect(m.label).toMatch(/^n\d leads term \d+$/)
  })
})
