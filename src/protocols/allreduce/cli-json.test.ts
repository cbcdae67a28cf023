import { describe, expect, it } from 'vitest'
import { readScenarioFile } from '../../cli/load'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'

describe("an all-reduce node in the CLI's JSON", () => {
  const scenario = readScenarioFile('examples/allreduce.json')
  const kernel = protocolLookup.get('allreduce')!
  const summary = runScenario(scenario, kernel, 10_000)
  const node = (id: string) => summary.nodes.find((n) => n.id === id)!

  it('has its step and its model vector, the same on every worker at the end', () => {
    expect(Object.keys(node('n1'))).toEqual(['id', 'up', 'role', 'step', 'vector'])
    expect(node('n1')).toMatchObject({ role: 'worker', step: 8 })
    expect(node('n1').vector).toHaveLength(12)
    for (const id of ['n2', 'n3', 'n4']) expect(node(id).vector).toEqual(node('n1').vector)
  })

  it('shows a crashed worker as crashed, with the checkpoint it keeps', () => {
    const during = runScenario(scenario, kernel, 1000)
    const n3 = during.nodes.find((n) => n.id === 'n3')!
    expect(n3).toMatchObject({ id: 'n3', up: false, role: 'crashed' })
    expect((n3.step as number) % 2).toBe(0)
    expect(n3.vector).toHaveLength(12)
  })

  it('measures bytes per node beside the clean-run figure, and when training finished', () => {
    expect(summary.violations).toEqual([])
    const m = summary.measures as {
      bytesSent: Record<string, number>
      bytesPerStep: Record<string, number>
      vectorBytes: number
      finishedAt: number
    }
    expect(m.vectorBytes).toBe(48)
    expect(m.bytesPerStep).toEqual({ n1: 72, n2: 72, n3: 72, n4: 72 })
    // n1 and n4 never wait on n3 with a send in flight: exactly 8 × 72 B.
    expect(m.bytesSent['n1']).toBe(576)
    expect(m.bytesSent['n2']).toBeGreaterThan(576)
    expect(m.finishedAt).toBeGreaterThan(1300)
  })
})
