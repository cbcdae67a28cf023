import { describe, expect, it } from 'vitest'
import { createPbInvariants, ordinal } from './invariants'
import { startServer, startService } from './context'
import type { PbContext, ServerContext, ServiceContext, View } from './types'

const server = (id: string, over: Partial<ServerContext> = {}): ServerContext => ({
  ...startServer({
    id,
    peers: ['n1', 'n2', 'n3', 'n4'].filter((p) => p !== id),
    pingMs: 50,
    deadPings: 5,
    durable: null,
  }),
  ...over,
})

const service = (view: View, over: Partial<ServiceContext> = {}): ServiceContext => ({
  ...startService({ id: 'n4', peers: ['n1', 'n2', 'n3'], pingMs: 50, deadPings: 5, durable: null }),
  view,
  ...over,
})

const view = (num: number, primary: string, backup: string | null): View => ({
  num,
  primary,
  backup,
})

/** Steps nodes one at a time through the checker, as the kernel does. */
function checker() {
  const inv = createPbInvariants((s) => s as PbContext)
  const ghost = inv.init(4)
  const slots: { state: PbContext | null }[] = [1, 2, 3, 4].map(() => ({ state: null }))
  return (id: string, after: PbContext | null) => {
    const i = Number(id.slice(1)) - 1
    const before = slots[i]!.state
    slots[i]!.state = after
    return inv
      .check(ghost, 100, id, before, after, slots, [])
      .map((v) => `${v.invariant}: ${v.message}`)
  }
}

describe('primary-backup invariants', () => {
  const v1 = view(1, 'n1', 'n2')
  const v2 = view(2, 'n2', 'n3')

  it('stay quiet while a promoted backup holds every acknowledged write', () => {
    const step = checker()
    expect(step('n4', service(v1, { backupInc: 1 }))).toEqual([])
    step('n1', server('n1', { view: v1 }))
    step('n2', server('n2', { view: v1, versions: { x: 2 } }))
    expect(
      step('n1', server('n1', { view: v1, versions: { x: 2 }, served: 1, servedView: 1 })),
    ).toEqual([])
    expect(step('n4', service(v2, { backupInc: 1 }))).toEqual([])
  })

  it('Acknowledged Writes Survive: the promoted backup lacks a write the primary acknowledged', () => {
    const step = checker()
    step('n4', service(v1, { backupInc: 1 }))
    step('n2', server('n2', { view: v1, versions: { x: 1 } }))
    step('n1', server('n1', { view: v1 }))
    // The same value written twice: the write sequence tells them apart, the value cannot.
    step('n1', server('n1', { view: v1, versions: { x: 2 }, served: 1, servedView: 1 }))
    expect(step('n4', service(v2))).toEqual([
      'Acknowledged Writes Survive: n2 became primary of view 2 without the 2nd write to x, which n1 acknowledged in view 1 (n2 holds 1)',
    ])
  })

  it('Acknowledged Writes Survive: a replaced backup of an acknowledged view lacks a write', () => {
    const step = checker()
    step('n4', service(v1, { backupInc: 1 }))
    step('n4', service(v1, { backupInc: 1, acked: true }))
    step('n2', server('n2', { view: v1 }))
    step('n1', server('n1', { view: v1 }))
    step('n1', server('n1', { view: v1, versions: { x: 1 }, served: 1, servedView: 1 }))
    expect(step('n4', service(view(2, 'n1', 'n3')))).toEqual([
      'Acknowledged Writes Survive: view 2 started while n2, backup of view 1, lacked the 1st write to x, which n1 acknowledged in view 1 (n2 holds 0)',
    ])
  })

  it('does not hold the backup of a view never acknowledged to what it never received', () => {
    const step = checker()
    step('n4', service(v1, { backupInc: 1 }))
    step('n2', server('n2', { view: v1 }))
    step('n1', server('n1', { view: v1, versions: { x: 1 }, served: 1, servedView: 1 }))
    expect(step('n4', service(view(2, 'n1', 'n3')))).toEqual([])
  })

  it('does not hold a backup that restarted to what it lost: it knows it has no data', () => {
    const step = checker()
    step('n4', service(v1, { backupInc: 1 }))
    step('n1', server('n1', { view: v1 }))
    step('n1', server('n1', { view: v1, versions: { x: 1 }, served: 1, servedView: 1 }))
    step('n2', server('n2', { incarnation: 2 }))
    expect(step('n4', service(v2))).toEqual([])
  })

  it('One Primary per View: two servers answer clients in the same view', () => {
    const step = checker()
    step('n1', server('n1'))
    step('n2', server('n2'))
    expect(step('n1', server('n1', { served: 1, servedView: 3 }))).toEqual([])
    expect(step('n1', server('n1', { served: 2, servedView: 3 }))).toEqual([])
    expect(step('n2', server('n2', { served: 1, servedView: 3 }))).toEqual([
      'One Primary per View: n1 and n2 both acted as primary in view 3',
    ])
    expect(step('n2', server('n2', { served: 1, servedView: 4 }))).toEqual([])
  })

  it('counts a forward as acting as primary too', () => {
    const step = checker()
    step('n1', server('n1', { served: 1, servedView: 2 }))
    const command = { op: 'put' as const, key: 'x', value: '1', client: 'c1', seq: 1 }
    const inflight = { client: 'c1', seq: 1, command, n: 1 }
    expect(step('n3', server('n3', { view: view(2, 'n3', 'n2'), inflight }))).toEqual([
      'One Primary per View: n1 and n3 both acted as primary in view 2',
    ])
  })

  it('writes ordinals in English', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ])
  })
})
