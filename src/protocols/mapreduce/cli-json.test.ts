import { describe, expect, it } from 'vitest'
import { readScenarioFile } from '../../cli/load'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'
import { sequentialCount } from './text'

describe("a MapReduce node in the CLI's JSON", () => {
  const kernel = protocolLookup.get('mapreduce')!
  const scenario = readScenarioFile('examples/mapreduce.json')
  const node = (until: number, id: string) =>
    runScenario(scenario, kernel, until).nodes.find((n) => n.id === id)!

  it('shows the master’s tasks, and its output once the job is done', () => {
    const before = node(1000, 'n1')
    expect(Object.keys(before)).toEqual(['id', 'up', 'role', 'tasks'])
    expect((before['tasks'] as unknown[]).length).toBe(8)
    const after = node(4000, 'n1')
    expect(Object.keys(after)).toEqual(['id', 'up', 'role', 'tasks', 'output'])
    expect(after['output']).toEqual(sequentialCount())
    expect(after['tasks']).toContainEqual({ task: 'reduce 1', state: 'completed', workers: ['n2'] })
  })

  it('shows a worker’s map outputs and tasks, and a crashed worker as crashed', () => {
    expect(node(600, 'n2')).toMatchObject({ role: 'worker', up: true })
    expect(node(600, 'n2')['tasks']).toContainEqual({ task: 'map 1', state: 'completed' })
    expect(node(1000, 'n3')).toEqual({ id: 'n3', up: false, role: 'crashed', tasks: [] })
  })
})
