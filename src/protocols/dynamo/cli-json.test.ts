import { describe, expect, it } from 'vitest'
import { crash, dynamoScenario, put } from './gallery/build'
import { protocolLookup } from '../registry'
import { runScenario } from '../../sim/summary'
import { tokenPoint } from './ring'

const dynamo = protocolLookup.get('dynamo')!

describe("a Dynamo node in the CLI's JSON", () => {
  const summary = runScenario(
    dynamoScenario(1, [put(100, 'x', '1', 'n2'), crash(600, 'n3')], { params: { vnodes: 4 } }),
    dynamo,
    700,
  )
  const node = (id: string) => summary.nodes.find((n) => n.id === id)!

  it('has its tokens in ring order and its store as { key: [{ value, clock }] }', () => {
    expect(Object.keys(node('n1'))).toEqual([
      'id',
      'up',
      'role',
      'tokens',
      'members',
      'store',
      'hints',
      'coordinating',
    ])
    const tokens = node('n1')['tokens'] as number[]
    expect([...tokens].sort((a, b) => a - b)).toEqual(
      [0, 1, 2, 3].map((v) => tokenPoint('n1', v)).sort((a, b) => a - b),
    )
    expect(node('n1')).toMatchObject({
      role: 'replica',
      members: ['n1', 'n2', 'n3', 'n4', 'n5'],
      store: { x: [{ value: '1', clock: { n2: 1 } }] },
      hints: [],
      coordinating: [],
    })
  })

  it('adds each version’s timestamp where last-writer-wins orders by it', () => {
    const lww = runScenario(
      dynamoScenario(1, [put(100, 'x', '1', 'n2')], { params: { lww: true } }),
      dynamo,
      500,
    )
    const store = lww.nodes.find((n) => n.id === 'n1')!['store'] as Record<string, unknown[]>
    expect(store['x']).toEqual([{ value: '1', clock: { n2: 1 }, ts: expect.any(Number) }])
  })

  it('keeps a crashed node’s store, from disk', () => {
    expect(node('n3')).toEqual({
      id: 'n3',
      up: false,
      role: 'crashed',
      tokens: [],
      store: { x: [{ value: '1', clock: { n2: 1 } }] },
      hints: [],
    })
  })
})
