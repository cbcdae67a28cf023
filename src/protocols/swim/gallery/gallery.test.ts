import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { GOSSIP_GALLERY, SWIM_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'
import type { Preset } from '../../../scenario/preset'

const all = [...SWIM_GALLERY, ...GOSSIP_GALLERY]

function at(id: string, t?: number) {
  const p = all.find((each) => each.id === id)!
  const summary = runScenario(p.scenario, protocolLookup.get(p.scenario.protocol)!, t ?? p.t)
  const members = (n: string) =>
    summary.nodes.find((each) => each.id === n)!.members as Record<string, string>
  /** How many live members other than `subject` hold it in each status. */
  const viewsOf = (subject: string) => {
    const counts: Record<string, number> = {}
    for (const n of summary.nodes) {
      if (!n.up || n.id === subject) continue
      const s = members(n.id)[subject] ?? 'unknown'
      counts[s] = (counts[s] ?? 0) + 1
    }
    return counts
  }
  const informed = summary.nodes.filter((n) => n.rumor !== null && n.rumor !== undefined).length
  return { ...summary, members, viewsOf, informed }
}

const small = (p: Preset) => p.scenario.nodes < 1000

describe('the SWIM and gossip gallery', () => {
  describe.each(all.filter(small).map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks no invariant', () => {
      const kernel = protocolLookup.get(p.scenario.protocol)!
      expect(runScenario(p.scenario, kernel, p.t + 2000).violations).toEqual([])
    })
  })

  it('crash detected: at its moment every member suspects n7; later all hold it dead', () => {
    expect(at('swim-crash-detected').viewsOf('n7')).toEqual({ suspect: 11 })
    expect(at('swim-crash-detected', 2700).viewsOf('n7')).toEqual({ dead: 11 })
  })

  it('refuted: n7 is at incarnation 1, and in the end nobody holds it dead', () => {
    expect(at('swim-refuted').viewsOf('n7').suspect).toBeGreaterThan(5)
    const r = at('swim-refuted', 4000)
    expect((r.measures as { falsePositives: unknown[] }).falsePositives).toEqual([])
    expect(r.nodes.find((n) => n.id === 'n7')!.incarnation).toBe(1)
    expect(r.viewsOf('n7')).toEqual({ alive: 11 })
  })

  it('partition: all hold n7 dead at its moment, and alive again 10 s after the heal', () => {
    expect(at('swim-partition-dead').viewsOf('n7')).toEqual({ dead: 11 })
    expect(at('swim-partition-dead', 8000).viewsOf('n7')).toEqual({ alive: 11 })
  })

  it('join and restart: the newcomer and the restarted member are alive everywhere', () => {
    expect(at('swim-join', 2000).viewsOf('n13')).toEqual({ alive: 12 })
    const back = at('swim-restart', 5000)
    expect(back.viewsOf('n4')).toEqual({ alive: 11 })
    expect(back.nodes.find((n) => n.id === 'n4')!.incarnation).toBe(1)
  })

  it('heavy loss: Lifeguard declares fewer live members dead', () => {
    const falsePositives = (id: string) =>
      (at(id).measures as { falsePositives: unknown[] }).falsePositives.length
    expect(falsePositives('swim-lifeguard')).toBeLessThan(falsePositives('swim-heavy-loss'))
  })

  it('1,000 members: the suspicion of n7 has reached most members at its moment', () => {
    const r = at('swim-1000')
    expect(r.viewsOf('n7').suspect).toBeGreaterThan(900)
    expect(r.violations).toEqual([])
  }, 30_000)

  it('gossip: a larger fanout reaches more members by the same time', () => {
    expect(at('gossip-fanout', 600).informed).toBeGreaterThan(at('gossip-rumor', 600).informed)
    expect(at('gossip-rumor', 2000).informed).toBe(32)
    const thousand = at('gossip-1000')
    expect(thousand.informed).toBeGreaterThan(800)
    expect(thousand.informed).toBeLessThan(1000)
  })
})
