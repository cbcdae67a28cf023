import { describe, expect, it } from 'vitest'
import { readScenarioFile } from '../../cli/load'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'

describe("a SWIM member in the CLI's JSON", () => {
  const summary = runScenario(
    readScenarioFile('examples/swim.json'),
    protocolLookup.get('swim')!,
    6500,
  )
  const node = (id: string) => summary.nodes.find((n) => n.id === id)!

  it('has members { nN: alive | suspect | dead } in id order and its incarnation', () => {
    expect(Object.keys(node('n1'))).toEqual(['id', 'up', 'role', 'members', 'incarnation'])
    const members = node('n1')['members'] as Record<string, string>
    expect(Object.keys(members)).toEqual(Array.from({ length: 13 }, (_, i) => `n${i + 1}`))
    expect(members).toMatchObject({ n1: 'alive', n7: 'dead', n13: 'alive' })
    expect(node('n1')).toMatchObject({ role: 'alive', incarnation: 0 })
  })

  it('shows a crashed member as crashed, with the incarnation it keeps', () => {
    expect(node('n7')).toEqual({
      id: 'n7',
      up: false,
      role: 'crashed',
      members: {},
      incarnation: 0,
    })
  })

  it('reports detections and false positives as measures, not violations', () => {
    expect(summary.violations).toEqual([])
    const measures = summary.measures as {
      detections: { node: string; crashedAt: number; detectionMs: number }[]
      falsePositives: { node: string; by: string }[]
    }
    expect(measures.detections).toEqual([
      expect.objectContaining({ node: 'n7', crashedAt: 1000, detectionMs: expect.any(Number) }),
    ])
    // n3, cut off for 0.6 s (less than the suspicion timeout), is not among them; with 5 %
    // of messages lost, n11 declares the live n12 dead at 4.9 s.
    expect(measures.falsePositives).toEqual([{ node: 'n12', by: 'n11', at: 4865 }])
  })
})
