import { describe, expect, it } from 'vitest'
import { primaryBackup } from '.'
import { crash, get, pbScenario, put, restart } from './gallery/build'
import { runScenario } from '../../sim/summary'
import { checkClientHistory } from '../../check/client-history'

interface Node {
  readonly id: string
  readonly up: boolean
  readonly role: string
  readonly view: number
  readonly primary: string | null
  readonly backup: string | null
  readonly store: Readonly<Record<string, string>>
}

function at(scenario: ReturnType<typeof pbScenario>, t: number) {
  const summary = runScenario(scenario, primaryBackup as never, t)
  const nodes = Object.fromEntries(summary.nodes.map((n) => [n.id, n as unknown as Node]))
  return { ...summary, nodes }
}

const roles = (nodes: Record<string, Node>) =>
  Object.values(nodes).map(
    (n) => `${n.id}: ${n.role}${n.up && n.view > 0 ? `, view ${n.view}` : ''}`,
  )

describe('primary-backup with a view service', () => {
  it('starts with no view, then the view service makes n1 primary and n2 backup of view 1', () => {
    const s = pbScenario(1, [])
    expect(roles(at(s, 0).nodes)).toEqual(['n1: idle', 'n2: idle', 'n3: idle', 'n4: view service'])
    expect(roles(at(s, 300).nodes)).toEqual([
      'n1: primary, view 1',
      'n2: backup, view 1',
      'n3: idle, view 1',
      'n4: view service, view 1',
    ])
  })

  it('serves puts and gets through the backup: both hold every write', () => {
    const s = pbScenario(1, [put(300, 'x', '1'), put(400, 'y', '2'), get(500, 'x')])
    const run = at(s, 1500)
    expect(run.nodes['n1']!.store).toEqual({ x: '1', y: '2' })
    expect(run.nodes['n2']!.store).toEqual({ x: '1', y: '2' })
    expect(run.nodes['n3']!.store).toEqual({})
    expect(run.history.map((h) => [h.op, h.outcome, h.output])).toEqual([
      ['put', 'ok', null],
      ['put', 'ok', null],
      ['get', 'ok', '1'],
    ])
    expect(run.violations).toEqual([])
  })

  it('fails over: the backup becomes primary, the idle server backup with a state transfer', () => {
    const s = pbScenario(1, [put(300, 'x', '1'), crash(600, 'n1'), put(1200, 'y', '2')])
    const run = at(s, 2000)
    expect(roles(run.nodes)).toEqual([
      'n1: crashed',
      'n2: primary, view 2',
      'n3: backup, view 2',
      'n4: view service, view 2',
    ])
    expect(run.nodes['n3']!.store).toEqual({ x: '1', y: '2' })
    expect(run.violations).toEqual([])
    expect(checkClientHistory(run.history)?.result.linearizable).toBe(true)
  })

  it('takes a restarted server back as a fresh idle one, and makes it backup when needed', () => {
    const s = pbScenario(1, [
      put(300, 'x', '1'),
      crash(600, 'n1'),
      restart(1000, 'n1'),
      crash(1500, 'n3'),
    ])
    const run = at(s, 2500)
    expect(roles(run.nodes)).toEqual([
      'n1: backup, view 3',
      'n2: primary, view 3',
      'n3: crashed',
      'n4: view service, view 3',
    ])
    expect(run.nodes['n1']!.store).toEqual({ x: '1' })
  })

  it('keeps its view numbering when the view service restarts, and stalls while it is down', () => {
    const s = pbScenario(1, [crash(300, 'n4'), crash(400, 'n1'), restart(1000, 'n4')])
    const down = at(s, 900)
    expect(down.nodes['n2']).toMatchObject({ role: 'backup', view: 1 })
    const run = at(s, 2000)
    expect(roles(run.nodes)).toEqual([
      'n1: crashed',
      'n2: primary, view 2',
      'n3: backup, view 2',
      'n4: view service, view 2',
    ])
  })
})
