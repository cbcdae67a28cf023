import { describe, expect, it } from 'vitest'
import { startServer, startService } from './context'
import * as server from './server'
import * as service from './service'
import type { Effect } from '../../sim/protocol'
import type { Command, ServerContext, ServiceContext, View } from './types'

const ARGS = { pingMs: 50, deadPings: 5, durable: null }
const peersOf = (id: string) => ['n1', 'n2', 'n3', 'n4'].filter((p) => p !== id)
const fresh = (id: string, over: Partial<ServerContext> = {}): ServerContext => ({
  ...startServer({ id, peers: peersOf(id), ...ARGS }),
  ...over,
})
const vs = (over: Partial<ServiceContext> = {}): ServiceContext => ({
  ...startService({ id: 'n4', peers: peersOf('n4'), ...ARGS }),
  ...over,
})
const view = (num: number, primary: string, backup: string | null): View => ({
  num,
  primary,
  backup,
})
const sends = (effects: readonly Effect[]) =>
  effects.flatMap((e) => (e.type === 'send' ? [{ to: e.to, ...e.msg }] : []))
/** A message as it arrives, with its sender. */
const deliver = (msg: object, from: string) => ({ ...msg, from }) as never
const put = (key: string, value: string, client = 'c1'): Command => ({
  op: 'put',
  key,
  value,
  client,
  seq: 1,
})

/** The view service after `ids` pinged (view `pinged`, incarnation 1) and `ticks` ticks. */
function heard(c: ServiceContext, ids: readonly string[], pinged = 0, incarnation = 1) {
  let next = c
  for (const from of ids) {
    next = service.onPing(next, { type: 'Ping', view: pinged, incarnation, from }).context
  }
  return next
}
const tick = (c: ServiceContext, times = 1) => {
  let next = c
  for (let i = 0; i < times; i++) next = service.onTick(next).context
  return next
}

describe('the view service', () => {
  it('makes the first view of the two lowest servers that pinged', () => {
    const c = tick(heard(vs(), ['n3', 'n2']))
    expect(c.view).toEqual(view(1, 'n2', 'n3'))
    expect(c.acked).toBe(false)
  })

  it('answers each ping with its view, and counts a ping with it from its primary as the ack', () => {
    const c = tick(heard(vs(), ['n1', 'n2']))
    const out = service.onPing(c, { type: 'Ping', view: 1, incarnation: 1, from: 'n1' })
    expect(out.context.acked).toBe(true)
    expect(sends(out.effects)).toEqual([
      {
        to: 'n1',
        type: 'ViewReply',
        view: view(1, 'n1', 'n2'),
        acked: true,
        everAcked: true,
        incarnation: 1,
      },
    ])
    // The backup's ping acknowledges nothing.
    const backup = service.onPing(c, { type: 'Ping', view: 1, incarnation: 1, from: 'n2' })
    expect(backup.context.acked).toBe(false)
  })

  it('does not move past a view its primary has not acknowledged, once one was', () => {
    // View 1 is acknowledged; n1 dies before acknowledging view 2, which made n2 backup.
    let c = heard(tick(heard(vs(), ['n1'])), ['n1'], 1)
    c = tick(heard(c, ['n2']))
    expect(c.view).toEqual(view(2, 'n1', 'n2'))
    // n2 pings without the state transfer of view 2 (view 0): it must not take over.
    for (let i = 0; i < 10; i++) c = tick(heard(c, ['n2', 'n3'], 0))
    expect(c.view).toEqual(view(2, 'n1', 'n2'))
    // Once its pings say it has the transfer, it holds every acknowledged write.
    c = tick(heard(c, ['n2', 'n3'], 2))
    expect(c.view).toEqual(view(3, 'n2', 'n3'))
  })

  it('promotes the backup after deadPings ticks without the primary, taking the lowest idle', () => {
    let c = heard(tick(heard(vs(), ['n1', 'n2', 'n3'])), ['n1'], 1)
    for (let i = 0; i < 4; i++) c = tick(heard(c, ['n2', 'n3'], 1))
    expect(c.view.num).toBe(1)
    c = tick(heard(c, ['n2', 'n3'], 1))
    expect(c.view).toEqual(view(2, 'n2', 'n3'))
  })

  it('treats a primary that pings from a new incarnation as failed, and ignores an old one', () => {
    let c = heard(tick(heard(vs(), ['n1', 'n2', 'n3'])), ['n1'], 1)
    const stale = service.onPing(heard(c, ['n1'], 0, 2), {
      type: 'Ping',
      view: 1,
      incarnation: 1,
      from: 'n1',
    })
    expect(stale.effects).toEqual([])
    c = tick(heard(c, ['n1'], 0, 2))
    expect(c.view).toEqual(view(2, 'n2', 'n3'))
  })

  it('is stuck when primary and backup both die: it never makes a view without a primary', () => {
    // n1 and n2 ping for the last time at the same tick, so they are found dead together.
    let c = heard(tick(heard(vs(), ['n1', 'n2', 'n3'])), ['n1', 'n2'], 1)
    for (let i = 0; i < 10; i++) c = tick(heard(c, ['n3'], 1))
    expect(c.view).toEqual(view(1, 'n1', 'n2'))
  })

  it('starts afresh when a member of the first view fails before any view was acknowledged', () => {
    // n1 never pings again: it crashed before acknowledging view 1, so no client was answered.
    let c = tick(heard(vs(), ['n1', 'n2', 'n3']))
    for (let i = 0; i < 5; i++) c = tick(heard(c, ['n2', 'n3']))
    expect(c.view).toEqual(view(2, 'n2', 'n3'))
    expect(c.everAcked).toBe(false)
  })

  it('replaces a backup that fails before the primary acknowledged its view', () => {
    // View 1 is acknowledged; view 2 adds n2 as backup, and n2 dies before it has the state.
    let c = heard(tick(heard(vs(), ['n1'])), ['n1'], 1)
    c = tick(heard(c, ['n2']))
    expect(c.view).toEqual(view(2, 'n1', 'n2'))
    for (let i = 0; i < 5; i++) c = tick(heard(c, ['n1', 'n3'], 1))
    expect(c.view).toEqual(view(3, 'n1', 'n3'))
  })

  it('after a restart keeps its view, gives its members a grace period, takes no silent idle', () => {
    const kept = { view: view(3, 'n1', null), acked: true, primaryInc: 1, backupInc: 0 }
    let c = startService({
      id: 'n4',
      peers: peersOf('n4'),
      ...ARGS,
      durable: { kind: 'service', everAcked: true, ...kept },
    })
    c = tick(c, 2)
    expect(c.view).toEqual(view(3, 'n1', null))
    c = tick(heard(c, ['n1', 'n3'], 3))
    expect(c.view).toEqual(view(4, 'n1', 'n3'))
  })
})

/** n1 primary and n2 backup of view 1, both with the state, the view acknowledged. */
function pair() {
  const v1 = view(1, 'n1', 'n2')
  const reply = {
    type: 'ViewReply' as const,
    view: v1,
    acked: false,
    everAcked: false,
    incarnation: 1,
    from: 'n4',
  }
  const adopted = server.onViewReply(fresh('n1'), reply)
  const backup = server.onViewReply(fresh('n2'), reply).context
  const transfer = sends(adopted.effects)[0]!
  const synced = server.onTransfer(backup, deliver(transfer!, 'n1')).context
  const ready = server.onTransferReply(adopted.context, {
    type: 'StateTransferReply',
    view: 1,
    ok: true,
    from: 'n2',
  }).context
  const primary = server.onViewReply(ready, { ...reply, acked: true, everAcked: true }).context
  return { primary, backup: synced }
}

describe('a server', () => {
  it('as primary of the first view sends its backup its state, and acknowledges only after', () => {
    const v1 = view(1, 'n1', 'n2')
    const out = server.onViewReply(fresh('n1'), {
      type: 'ViewReply',
      view: v1,
      acked: false,
      everAcked: false,
      incarnation: 1,
      from: 'n4',
    })
    expect(out.context).toMatchObject({ hasData: true, backupReady: false, ackedNum: 0 })
    expect(sends(out.effects).map((m) => [m.to, m.type])).toEqual([['n2', 'StateTransfer']])
    expect(server.pingedView(out.context)).toBe(0)
    const { primary } = pair()
    expect(server.pingedView(primary)).toBe(1)
    expect(server.serving(primary)).toBe(true)
  })

  it('answers a client only after the backup applied the forward', () => {
    const { primary, backup } = pair()
    const took = server.onClientRequest(primary, {
      type: 'ClientRequest',
      client: 'c1',
      seq: 1,
      op: 'put',
      key: 'x',
      value: '1',
      from: 'c1',
    })
    const [fwd] = sends(took.effects)
    expect(fwd).toMatchObject({ to: 'n2', type: 'ForwardOp', view: 1, n: 1 })
    expect(took.context.store).toEqual({})
    const applied = server.onForward(backup, deliver(fwd!, 'n1'))
    expect(applied.context.store).toEqual({ x: '1' })
    const [ack] = sends(applied.effects)
    const done = server.onForwardReply(took.context, deliver(ack!, 'n2'))
    expect(done.context).toMatchObject({ store: { x: '1' }, versions: { x: 1 }, inflight: null })
    expect(sends(done.effects)).toEqual([
      { to: 'c1', type: 'ClientReply', client: 'c1', seq: 1, ok: true, output: null },
    ])
  })

  it('as backup refuses a forward from another view, or before its state transfer', () => {
    const { backup } = pair()
    const fwd = { type: 'ForwardOp' as const, view: 2, n: 1, command: put('x', '1'), from: 'n3' }
    expect(sends(server.onForward(backup, fwd).effects)[0]).toMatchObject({
      ok: false,
      reason: 'view',
    })
    const unsynced = { ...backup, synced: false }
    expect(sends(server.onForward(unsynced, { ...fwd, view: 1 }).effects)[0]).toMatchObject({
      ok: false,
      reason: 'sync',
    })
  })

  it('as backup applies a duplicated forward once, and a duplicated transfer not at all', () => {
    const { backup } = pair()
    const fwd = { type: 'ForwardOp' as const, view: 1, n: 1, command: put('x', '1'), from: 'n1' }
    const once = server.onForward(backup, fwd).context
    const twice = server.onForward(once, fwd)
    expect(twice.context).toBe(once)
    expect(sends(twice.effects)[0]).toMatchObject({ ok: true })
    const old = {
      type: 'StateTransfer' as const,
      view: 1,
      store: {},
      sessions: [],
      versions: {},
      applied: 0,
      from: 'n1',
    }
    expect(server.onTransfer(once, old).context.store).toEqual({ x: '1' })
    // A newer one (a backup that missed forwards) brings it up to the primary's state.
    const newer = { ...old, store: { x: '1', y: '2' }, versions: { x: 1, y: 1 }, applied: 3 }
    expect(server.onTransfer(once, newer).context).toMatchObject({
      store: { x: '1', y: '2' },
      applied: 3,
    })
  })

  it('redirects clients to the primary it knows; a primary without the data sends them away', () => {
    const { backup } = pair()
    const req = {
      type: 'ClientRequest' as const,
      client: 'c1',
      seq: 1,
      op: 'get' as const,
      key: 'x',
      value: null,
      from: 'c1',
    }
    expect(sends(server.onClientRequest(backup, req).effects)[0]).toMatchObject({
      ok: false,
      leader: 'n1',
    })
    // A restarted n1 finds view 1 already acknowledged: it acknowledged it in a past life.
    const restarted = server.onViewReply(fresh('n1', { incarnation: 2 }), {
      type: 'ViewReply',
      view: view(1, 'n1', 'n2'),
      acked: true,
      everAcked: true,
      incarnation: 2,
      from: 'n4',
    }).context
    expect(restarted.hasData).toBe(false)
    expect(server.pingedView(restarted)).toBe(0)
    expect(sends(server.onClientRequest(restarted, req).effects)[0]).toMatchObject({
      ok: false,
      leader: null,
    })
  })

  it('ignores a view answer meant for an earlier life of itself', () => {
    const c = fresh('n1', { incarnation: 3 })
    const out = server.onViewReply(c, {
      type: 'ViewReply',
      view: view(1, 'n1', 'n2'),
      acked: false,
      everAcked: false,
      incarnation: 2,
      from: 'n4',
    })
    expect(out.context).toBe(c)
  })

  it('as a deposed primary redirects its waiting clients to the new primary', () => {
    const { primary } = pair()
    const queued = { ...primary, queue: [{ client: 'c7', seq: 1, command: put('y', '2', 'c7') }] }
    const out = server.onViewReply(queued, {
      type: 'ViewReply',
      view: view(2, 'n2', 'n3'),
      acked: false,
      everAcked: true,
      incarnation: 1,
      from: 'n4',
    })
    expect(out.context).toMatchObject({ queue: [], hasData: false })
    expect(sends(out.effects)).toEqual([
      { to: 'c7', type: 'ClientReply', client: 'c7', seq: 1, ok: false, leader: 'n2' },
    ])
  })
})
