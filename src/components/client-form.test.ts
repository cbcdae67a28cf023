import { describe, expect, it } from 'vitest'
import { raftSpec } from '../protocols/raft/spec'
import { ANY_NODE, clientAction, needsValue } from './client-form'
import { describeOp, describeOutcome, describeTimes, newestFirst } from './client-format'
import type { ClientOp } from '../sim/world'

const ops = raftSpec.clientOps
const form = { op: 'put', key: 'x', value: '1', node: ANY_NODE }

describe('clientAction', () => {
  it('builds a put with its value and no node when any node will do', () => {
    expect(clientAction(form, ops)).toEqual({
      ok: true,
      action: { type: 'client', op: 'put', key: 'x', value: '1' },
    })
  })

  it('leaves the value out of a get, and names the node picked', () => {
    const check = clientAction({ ...form, op: 'get', node: 'n2' }, ops)
    expect(check).toEqual({ ok: true, action: { type: 'client', op: 'get', key: 'x', node: 'n2' } })
    expect(needsValue(ops, 'get')).toBe(false)
  })

  it('refuses what the scenario validator would refuse', () => {
    expect(clientAction({ ...form, key: '' }, ops).ok).toBe(false)
    expect(clientAction({ ...form, key: 'k'.repeat(101) }, ops).ok).toBe(false)
    expect(clientAction({ ...form, value: 'v'.repeat(1001) }, ops).ok).toBe(false)
    expect(clientAction({ ...form, op: 'cas' }, ops).ok).toBe(false)
    expect(clientAction({ ...form, key: 'k'.repeat(100), value: '' }, ops).ok).toBe(true)
  })
})

const op = (patch: Partial<ClientOp>): ClientOp => ({
  index: 0,
  client: 'c1',
  op: 'put',
  key: 'x',
  value: '1',
  invokedAt: 1500,
  returnedAt: null,
  outcome: 'pending',
  output: null,
  attempts: 1,
  target: 0,
  gen: 1,
  ...patch,
})

describe('client-format', () => {
  it('says what an operation asked and how it ended', () => {
    expect(describeOp(op({}))).toBe('put x=1')
    expect(describeOp(op({ op: 'get', value: null }))).toBe('get x')
    expect(describeOutcome(op({}))).toBe('pending')
    expect(describeOutcome(op({ outcome: 'ok' }))).toBe('ok')
    expect(describeOutcome(op({ op: 'get', value: null, outcome: 'ok', output: '1' }))).toBe(
      'ok: 1',
    )
    expect(describeOutcome(op({ outcome: 'timeout' }))).toBe('timed out (unknown)')
  })

  it('shows times in seconds with three decimals, and a dash until it returns', () => {
    expect(describeTimes(op({}))).toBe('1.500 s → — · 1 attempt')
    expect(describeTimes(op({ returnedAt: 1532.25, attempts: 3 }))).toBe(
      '1.500 s → 1.532 s · 3 attempts',
    )
  })

  it('lists the newest first without touching the original', () => {
    const list = [op({ index: 0 }), op({ index: 1 })]
    expect(newestFirst(list).map((o) => o.index)).toEqual([1, 0])
    expect(newestFirst(list, 1).map((o) => o.index)).toEqual([1])
    expect(list.map((o) => o.index)).toEqual([0, 1])
  })
})
