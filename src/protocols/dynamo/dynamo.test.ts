import { describe, expect, it } from 'vitest'
import { dynamo } from '.'
import { crash, dynamoScenario, get, heal, partition, put, restart } from './gallery/build'
import { runScenario } from '../../sim/summary'
import { checkClientHistory } from '../../check/client-history'
import { parseScenario } from '../../scenario/validate'
import { specLookup } from '../registry'
import type { Protocol } from '../../sim/protocol'
import type { Input, ParamValue } from '../../scenario/types'

const protocol = dynamo as unknown as Protocol

// With five nodes and eight tokens each, key x lives on n1, n3 and n5 (its preference
// list), and a sloppy quorum's stand-ins for it are n2, then n4.
function at(
  inputs: readonly Input[],
  t: number,
  params: Readonly<Record<string, ParamValue>> = {},
  variant?: 'no-read-repair' | 'lww-clock-skew',
) {
  const scenario = dynamoScenario(1, inputs, { params, ...(variant ? { variant } : {}) })
  const summary = runScenario(scenario, protocol, t)
  const node = (id: string) => summary.nodes.find((n) => n.id === id)! as Record<string, unknown>
  const values = (id: string, key = 'x') =>
    ((node(id).store as Record<string, { value: string }[]>)[key] ?? []).map((v) => v.value)
  const outputs = summary.history.map((h) => h.output)
  const linearizable = checkClientHistory(summary.history)?.result.linearizable ?? true
  return { ...summary, node, values, outputs, linearizable }
}

describe('Dynamo replicas at work', () => {
  it('start as replicas with their tokens on the ring', () => {
    const run = at([], 10)
    expect(run.nodes.map((n) => n.role)).toEqual(Array(5).fill('replica'))
    for (const n of run.nodes) expect((n as Record<string, unknown>).tokens).toHaveLength(8)
  })

  it('stores a put on the key’s preference list only, and a get reads it back', () => {
    const run = at([put(100, 'x', '1', 'n2'), get(400, 'x', 'n4')], 1000)
    for (const id of ['n1', 'n3', 'n5']) expect(run.values(id)).toEqual(['1'])
    for (const id of ['n2', 'n4']) expect(run.values(id)).toEqual([])
    expect(run.node('n1').store).toEqual({ x: [{ value: '1', clock: { n2: 1 } }] })
    expect(run.outputs).toEqual([null, '1'])
    expect(run.violations).toEqual([])
  })

  it('a later put through another coordinator descends from the first: no siblings', () => {
    const run = at([put(100, 'x', '1', 'n2'), put(400, 'x', '2', 'n4'), get(700, 'x')], 1000)
    expect(run.node('n1').store).toEqual({ x: [{ value: '2', clock: { n2: 1, n4: 1 } }] })
    expect(run.outputs).toEqual([null, null, '2'])
  })

  it('shows the coordinator’s role while it waits for replicas, and only then', () => {
    const roles = [100, 150, 1000].map((t) => at([put(100, 'x', '1', 'n2')], t).node('n2').role)
    expect(roles).toEqual(['replica', 'coordinator', 'replica'])
  })
})

describe('sloppy quorums and hinted handoff', () => {
  const cut = [partition(50, ['n1', 'n3']), put(100, 'x', '1', 'n2')]

  it('lets stand-ins keep hints for replicas cut off, and hands them back after the heal', () => {
    const during = at(cut, 900)
    expect(during.history[0]).toMatchObject({ outcome: 'ok' })
    expect(during.values('n1')).toEqual([])
    const hints = [during.node('n2').hints, during.node('n4').hints].flat() as { for: string }[]
    expect(hints.map((h) => h.for).sort()).toEqual(['n1', 'n3'])
    const after = at([...cut, heal(1000)], 3000)
    for (const id of ['n1', 'n3', 'n5']) expect(after.values(id)).toEqual(['1'])
    expect([after.node('n2').hints, after.node('n4').hints].flat()).toEqual([])
    expect(after.violations).toEqual([])
  })

  it('with a strict quorum no stand-in answers: the client must reach a side with W replicas', () => {
    const run = at(cut, 1400, { sloppy: false })
    expect(run.history[0]).toMatchObject({ outcome: 'ok' })
    expect(run.history[0]!.returnedAt).toBeGreaterThan(300)
    for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) expect(run.node(id).hints).toEqual([])
    expect([run.values('n1'), run.values('n3'), run.values('n5')]).toEqual([['1'], ['1'], []])
  })
})

describe('conflicts', () => {
  const split = [
    partition(50, ['n1', 'n2']),
    put(100, 'x', 'a', 'n2'),
    put(100, 'x', 'b', 'n4'),
    heal(800),
    get(1000, 'x', 'n5'),
  ]

  it('keeps concurrent puts on both sides of a partition as siblings, returned to the client', () => {
    const run = at(split, 2000)
    expect(run.outputs.at(-1)).toBe('a | b')
    expect(run.values('n5')).toEqual(['a', 'b'])
    expect(run.violations).toEqual([])
  })

  it('with last-writer-wins keeps one of them', () => {
    const run = at(split, 2000, { lww: true })
    expect(['a', 'b']).toContain(run.outputs.at(-1))
    expect(run.values('n5')).toHaveLength(1)
  })
})

describe('what quorums promise', () => {
  // n1 is cut off with the put's coordinator, so the put reaches only n1 (W = 1); a get
  // on the other side reads one replica (R = 1) that never saw it.
  const stale = [
    put(100, 'x', '1', 'n2'),
    partition(400, ['n1', 'n2']),
    put(500, 'x', '2', 'n2'),
    get(800, 'x', 'n4'),
  ]

  it('with R + W ≤ N a get can miss an acknowledged put: not linearizable', () => {
    const run = at(stale, 1200, { r: 1, w: 1, sloppy: false })
    expect(run.outputs).toEqual([null, null, '1'])
    expect(run.linearizable).toBe(false)
  })

  it('with ABD and majorities the same schedule stays linearizable', () => {
    const run = at(stale, 3000, { abd: true })
    expect(run.linearizable).toBe(true)
    expect(run.violations).toEqual([])
  })
})

describe('repair', () => {
  it('a get repairs a replica that missed a put', () => {
    const inputs = [partition(50, ['n5']), put(100, 'x', '1', 'n1'), heal(500), get(600, 'x', 'n5')]
    const before = at(inputs, 550, { antiEntropyMs: 60_000 })
    expect(before.values('n5')).toEqual([])
    const after = at(inputs, 900, { antiEntropyMs: 60_000 })
    expect(after.values('n5')).toEqual(['1'])
  })

  it('anti-entropy brings a replica up to date with no read at all', () => {
    const inputs = [partition(50, ['n5']), put(100, 'x', '1', 'n1'), heal(500)]
    expect(at(inputs, 3000, { antiEntropyMs: 200 }).values('n5')).toEqual(['1'])
    expect(at(inputs, 3000, { antiEntropyMs: 60_000 }).values('n5')).toEqual([])
  })
})

describe('membership', () => {
  it('a joining node takes the keys it now replicates, and the node it replaced lets them go', () => {
    const keys = ['x', 'y', 'z', 'a', 'b', 'k']
    const inputs: Input[] = [
      ...keys.map((key, i) => put(100 + 20 * i, key, String(i))),
      { at: 800, type: 'join' },
    ]
    const run = at(inputs, 3000)
    // With n6 on the ring, x lives on n1, n3, n6: n6 has it and n5 no longer.
    expect(run.values('n6', 'x')).toEqual(['0'])
    expect(run.values('n5', 'x')).toEqual([])
    expect(run.values('n6', 'b')).toEqual(['4'])
    expect(run.node('n6').role).toBe('replica')
    expect(run.violations).toEqual([])
  })

  it('after a leave the keys go to the node that takes its place', () => {
    const run = at([put(100, 'x', '1'), { at: 500, type: 'leave', node: 'n1' }], 2000)
    expect(run.node('n1')).toMatchObject({ up: false, role: 'left' })
    expect(run.values('n2')).toEqual(['1'])
    expect(run.violations).toEqual([])
  })
})

describe('crashes', () => {
  it('a replica keeps its store across a crash', () => {
    const run = at([put(100, 'x', '1'), crash(400, 'n1'), restart(600, 'n1')], 800)
    expect(run.values('n1')).toEqual(['1'])
  })
})

describe('parameters', () => {
  it('refuses quorums larger than the replicas, naming the parameter', () => {
    const scenario = dynamoScenario(1, [], { params: { n: 3, r: 4 } })
    expect(parseScenario(scenario, specLookup)).toEqual({
      ok: false,
      error: 'params.r: 4 is more than n = 3 replicas',
    })
  })
})

describe('a retried put', () => {
  it('writes the version its first attempt left behind, not a second one (ABD)', () => {
    // n2 writes x = 2 to n1 only (its writes to n3 and n5 are lost) and crashes; the client
    // retries elsewhere, and the retry finds x = 2 of c2 at n1.
    const inputs: Input[] = [
      put(100, 'x', '1', 'n2'),
      put(400, 'x', '2', 'n2'),
      { at: 470, type: 'drop', message: 23 },
      { at: 470, type: 'drop', message: 24 },
      crash(470, 'n2'),
    ]
    const run = at(inputs, 2000, { abd: true, antiEntropyMs: 60_000 })
    expect(run.history[1]).toMatchObject({ outcome: 'ok' })
    for (const id of ['n1', 'n3', 'n5']) {
      expect((run.node(id).store as Record<string, unknown>)['x']).toEqual([
        { value: '2', clock: { n2: 2 }, ts: 2 },
      ])
    }
  })
})

describe('an ABD get', () => {
  it('writes back what it read unless W replicas hold it, even when R replicas agree', () => {
    // Three nodes, R = 1, W = 3: n2 stores x = 2 itself, its writes to n1 and n3 are lost
    // and it crashes. Restarted, it reads x = 2 from itself alone; before answering it must
    // write x = 2 to n1 and n3, so that a get at n1 that reads only n1 cannot return x = 1.
    const inputs: Input[] = [
      put(100, 'x', '1', 'n1'),
      put(400, 'x', '2', 'n2'),
      { at: 420, type: 'drop', message: 14 },
      { at: 420, type: 'drop', message: 15 },
      crash(425, 'n2'),
      restart(500, 'n2'),
      get(600, 'x', 'n2'),
      get(800, 'x', 'n1'),
    ]
    const scenario = dynamoScenario(1, inputs, { nodes: 3, params: { abd: true, r: 1, w: 3 } })
    const run = runScenario(scenario, protocol, 1000)
    expect(run.history.filter((h) => h.op === 'get').map((h) => h.output)).toEqual(['2', '2'])
    expect(run.violations).toEqual([])
    expect(checkClientHistory(run.history)?.result.linearizable).toBe(true)
  })
})
