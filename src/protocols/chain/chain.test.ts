import { describe, expect, it } from 'vitest'
import { chain } from '.'
import { chainScenario, crash, get, put, restart } from './gallery/build'
import { runScenario } from '../../sim/summary'
import { checkClientHistory } from '../../check/client-history'
import type { Protocol } from '../../sim/protocol'

const protocol = chain as unknown as Protocol

function at(inputs: Parameters<typeof chainScenario>[1], t: number, nodes = 4) {
  const summary = runScenario(chainScenario(1, inputs, { nodes }), protocol, t)
  const node = (id: string) => summary.nodes.find((n) => n.id === id)!
  return { ...summary, node }
}

describe('a chain at work', () => {
  it('starts as head n1, middle n2, tail n3 and the master n4, all at version 1', () => {
    const run = at([], 10)
    expect(run.nodes.map((n) => n.role)).toEqual(['head', 'middle', 'tail', 'master'])
    for (const n of run.nodes) expect(n).toMatchObject({ version: 1, chain: ['n1', 'n2', 'n3'] })
  })

  it('passes writes down the chain and answers reads at the tail', () => {
    const run = at([put(300, 'x', '1', 'n1'), get(400, 'x', 'n2')], 600)
    for (const id of ['n1', 'n2', 'n3']) {
      expect(run.node(id)).toMatchObject({ store: { x: '1' }, last: 1, acked: 1 })
    }
    expect(run.history.map((h) => [h.op, h.outcome, h.output])).toEqual([
      ['put', 'ok', null],
      ['get', 'ok', '1'],
    ])
    expect(run.violations).toEqual([])
  })

  it('takes a crashed middle server out, and brings it back as the new tail', () => {
    const run = at(
      [put(300, 'x', '1'), crash(400, 'n2'), put(700, 'y', '2'), restart(900, 'n2')],
      700,
    )
    expect(run.node('n4')).toMatchObject({ version: 2, chain: ['n1', 'n3'] })
    const later = at(
      [put(300, 'x', '1'), crash(400, 'n2'), put(700, 'y', '2'), restart(900, 'n2')],
      1500,
    )
    expect(later.node('n4')).toMatchObject({ version: 3, chain: ['n1', 'n3', 'n2'] })
    expect(later.node('n2')).toMatchObject({ role: 'tail', store: { x: '1', y: '2' }, last: 2 })
    expect(later.node('n3')).toMatchObject({ role: 'middle' })
    expect(later.violations).toEqual([])
    expect(checkClientHistory(later.history)?.result.linearizable ?? true).toBe(true)
  })

  it('keeps the last server holding the data in the chain while it is down', () => {
    const inputs = [
      put(300, 'x', '1'),
      crash(400, 'n1'),
      crash(400, 'n2'),
      crash(400, 'n3'),
      restart(1000, 'n3'),
      restart(1100, 'n1'),
      get(1500, 'x'),
    ]
    const run = at(inputs, 900)
    expect(run.node('n4')).toMatchObject({ chain: ['n1'] })
    const later = at(inputs, 2500)
    expect(later.history.at(-1)).toMatchObject({ op: 'get', outcome: 'ok', output: '1' })
    expect(later.violations).toEqual([])
  })
})

describe('chain messages in words', () => {
  it('say what each message does, a configuration pushed or answering a heartbeat', () => {
    const say = chain.describeMessage!
    const members = [
      { id: 'n1', inc: 0, since: 1 },
      { id: 'n3', inc: 0, since: 2 },
    ]
    expect(say('n4', 'n1', { type: 'Config', version: 2, members, echo: null } as never)).toBe(
      'n4 tells n1 chain version 2: n1 → n3',
    )
    expect(
      say('n4', 'n1', { type: 'Config', version: 2, members, echo: { tick: 3, inc: 0 } } as never),
    ).toBe("n4 answers n1's heartbeat: chain version 2")
    expect(say('n3', 'n1', { type: 'Report', version: 2, last: 4, fresh: false } as never)).toBe(
      'n3 tells n1, its new predecessor, it has updates up to 4',
    )
    expect(say('n3', 'n2', { type: 'Ack', upTo: 4, version: 2 } as never)).toBe(
      'n3 acked update 4 to n2',
    )
    expect(say('n1', 'n4', { type: 'Heartbeat' } as never)).toBeNull()
  })
})
